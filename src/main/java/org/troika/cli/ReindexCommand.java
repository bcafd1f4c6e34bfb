package org.troika.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.search.SearchFacade;
import org.troika.search.SearchIndexLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index (DIR/index) from the database. Never needed for correctness: the index "
                + "follows every write and is checked against the database when opened; this starts it afresh.")
public class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Boot.context(data)) {
            long start = System.nanoTime();
            long count = context.getBean(SearchFacade.class).rebuild();
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Indexed %d %s in %.1f s into %s%n", count, count == 1 ? "recommendation" : "recommendations", seconds,
                    context.getBean(SearchIndexLocation.class).folder());
            out.flush();
        }
        return 0;
    }
}
