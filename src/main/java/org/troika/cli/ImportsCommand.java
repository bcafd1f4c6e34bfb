package org.troika.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.ingest.ImportFacade;
import org.troika.ingest.domain.ImportRun;
import org.troika.ingest.domain.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "imports", mixinStandardHelpOptions = true,
        description = {"The import log: every file given to the importer (command line, web page or API), when, by whom, "
                + "what it was read as and what became of it, latest first. With an id: that entry and every row or paragraph it refused."})
public class ImportsCommand implements Callable<Integer> {

    enum Format { JSON, TABLE }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Parameters(arity = "0..1", paramLabel = "ID", description = "One entry of the log, with its rejections.")
    Long id;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "How many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 100_000) {
            throw new UserException("--limit must be 1 to 100000; was " + limit);
        }
        try (ConfigurableApplicationContext context = Boot.context(data)) {
            ImportFacade imports = context.getBean(ImportFacade.class);
            PrintWriter out = spec.commandLine().getOut();
            ObjectMapper json = context.getBean(ObjectMapper.class);
            if (id == null) {
                List<ImportRun> runs = imports.recentRuns(limit);
                out.print(format == Format.JSON ? json.writerWithDefaultPrettyPrinter().writeValueAsString(runs) + "\n" : log(runs));
            } else {
                ImportRun run = imports.run(id).orElseThrow(() -> new UserException("no import with id " + id + " in the log"));
                out.print(format == Format.JSON ? json.writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n" : entry(run));
            }
            out.flush();
        }
        return 0;
    }

    static String log(List<ImportRun> runs) {
        if (runs.isEmpty()) {
            return "Nothing has been imported yet.\n";
        }
        TextTable table = new TextTable("Id", "When (UTC)", "By", "Outcome", "New", "Updated", "Unchanged", "Rejected", "File");
        for (ImportRun r : runs) {
            table.row(r.id(), WHEN.format(r.startedAt()), r.importedBy().orElse("-"), r.outcome(), r.inserted(), r.updated(),
                    r.unchanged(), r.rejected(), r.file());
        }
        return table.render();
    }

    static String entry(ImportRun run) {
        StringBuilder s = new StringBuilder();
        s.append("Import ").append(run.id()).append(": ").append(run.file()).append('\n')
                .append("  read as:   ").append(run.kind()).append('\n')
                .append("  when:      ").append(WHEN.format(run.startedAt())).append(" UTC\n")
                .append("  by:        ").append(run.importedBy().orElse("not recorded")).append('\n')
                .append("  outcome:   ").append(run.outcome()).append(": ").append(run.inserted()).append(" new, ").append(run.updated())
                .append(" updated, ").append(run.unchanged()).append(" unchanged, ").append(run.rejected()).append(" rejected\n")
                .append("  sha256:    ").append(run.sha256()).append('\n');
        run.error().ifPresent(e -> s.append("  error:     ").append(e).append('\n'));
        for (Rejection r : run.rejections()) {
            s.append("  rejected:  ").append(r.location()).append(": ").append(r.reason()).append('\n');
        }
        return s.toString();
    }
}
