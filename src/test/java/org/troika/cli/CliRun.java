package org.troika.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.document.SourceDocumentFacade;
import org.troika.recommendation.RecommendationFacade;
import org.troika.review.ReviewFacade;
import org.troika.support.UprFixtures;
import picocli.CommandLine;

/** One in-process run of the {@code troika} command line: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun troika(String... args) {
        CommandLine cli = TroikaCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A data folder under {@code dir} holding the real UPR fixtures, stored through the application; returns its path. */
    static String dataFolderWithUprFixtures(Path dir) {
        DataOptions options = new DataOptions();
        options.data = dir.resolve("data");
        try (ConfigurableApplicationContext context = Boot.context(options)) {
            new UprFixtures(context.getBean(ReviewFacade.class), context.getBean(RecommendationFacade.class),
                    context.getBean(SourceDocumentFacade.class)).loadOnce();
        }
        return options.data.toString();
    }
}
