package org.troika.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.ImportFacade;
import org.troika.ingest.ImportOptions;
import org.troika.ingest.ImportProgress;
import org.troika.ingest.domain.FileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Store recommendations and documents from files. What each file is, is read from its content: a UPR Working "
                + "Group report (PDF, Word, HTML or text), with its addendum given alongside for the responses (or later, on its own, for a stored review); a table (CSV, TSV, "
                + "XLSX, JSON) as UPR Info, OHCHR's UHRI thematic lists or Troika's own export write it, or of another shape "
                + "described by --mapping; a Troika bundle (JSON); or, with --doc-type, a statement, press release or NGO report, "
                + "stored as a source document with its statements.",
                "Each file is imported in one transaction: a file with a bad row imports nothing (unless --skip-bad-rows), and "
                + "importing the same file again changes nothing. Rejected rows are listed on standard error with their place. "
                + "See docs/import.md.",
                "Exit codes: 0 imported; 1 imported, but rows were rejected (--skip-bad-rows); 2 a file was refused."})
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--review", paramLabel = "ISO3-YEAR", description = "The review the files belong to, where they do not say it, e.g. KAZ-2019.")
    String review;

    @Option(names = "--state", paramLabel = "ISO3", description = "The State under review, where the files do not name it (UHRI thematic lists).")
    String state;

    @Option(names = "--session", paramLabel = "N", description = "The Working Group session, where --review's year had several.")
    Integer session;

    @Option(names = "--dry-run", description = "Read and check everything, report what would change, store nothing.")
    boolean dryRun;

    @Option(names = "--skip-bad-rows", description = "Import the good rows of a file with bad ones, and list the bad ones (default: all or nothing).")
    boolean skipBadRows;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Mapping file (YAML or properties) naming the columns of a table of another shape.")
    Path mapping;

    @Option(names = "--doc-type", paramLabel = "TYPE", description = "Store documents as source documents of this type: ${COMPLETION-CANDIDATES}.")
    DocumentType docType;

    @Option(names = "--title", description = "Title of the source document (default: its first line).")
    String title;

    @Option(names = "--author", description = "Author of the source document.")
    String author;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the source document (default: the first date near its top).")
    String date;

    @Option(names = "--url", description = "Where the source document was published.")
    String url;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ImportOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileReport> reports;
        try (ConfigurableApplicationContext context = Boot.context(data)) {
            ImportProgress progress = System.console() != null ? new ProgressBar(err) : ImportProgress.NONE;
            reports = context.getBean(ImportFacade.class).importFiles(files, options, progress);
        }
        int exit = 0;
        for (FileReport report : reports) {
            ImportSummary.print(report, out, err);
            exit = Math.max(exit, ImportSummary.exitCode(report, skipBadRows));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private ImportOptions options() {
        return new ImportOptions(Optional.ofNullable(review), Optional.ofNullable(state), Optional.ofNullable(session), dryRun,
                skipBadRows, Optional.ofNullable(mapping), ImportOptions.DocumentOptions.given(Optional.ofNullable(docType),
                Optional.ofNullable(title), Optional.ofNullable(author), Optional.ofNullable(date), Optional.ofNullable(url)),
                Optional.of("command line (" + System.getProperty("user.name", "unknown user") + ")"));
    }
}
