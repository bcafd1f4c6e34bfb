package org.troika.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.analytics.StatisticsFacade;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.review.domain.OfficialTotals;
import org.troika.state.State;
import org.troika.state.StateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Figures per review of one State under review: official totals (when a source gives them) "
                + "beside the recommendations Troika holds, and how complete the record is.",
                "Rows, supported, noted and pending count one per recommending State, as the UPR Info database does."})
public class StatsCommand implements Callable<Integer> {

    enum Format { JSON, TABLE }

    @Mixin
    DataOptions data;

    @Option(names = "--state", required = true, paramLabel = "ISO3", description = "State under review, e.g. KAZ.")
    String state;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        State underReview = StateRegistry.bundled().require(state);
        try (ConfigurableApplicationContext context = Boot.context(data)) {
            List<ReviewStatistics> stats = context.getBean(StatisticsFacade.class).forState(underReview.iso3());
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.println(context.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(stats));
            } else {
                out.print(table(underReview, stats));
            }
            out.flush();
        }
        return 0;
    }

    static String table(State state, List<ReviewStatistics> stats) {
        if (stats.isEmpty()) {
            return "No review of " + state.name() + " (" + state.iso3() + ") is stored.\n";
        }
        TextTable table = new TextTable("Cycle", "Year", "Session", "Official", "Off. supported", "Off. noted",
                "Recorded", "Rows", "Supported", "Noted", "Pending", "Completeness");
        StringBuilder sources = new StringBuilder();
        for (ReviewStatistics s : stats) {
            var o = s.official();
            var r = s.recorded();
            table.row(s.cycle(), s.year(), s.session(), o.map(OfficialTotals::total).map(String::valueOf).orElse("-"),
                    o.map(OfficialTotals::supported).map(String::valueOf).orElse("-"),
                    o.map(OfficialTotals::noted).map(String::valueOf).orElse("-"),
                    r.paragraphs(), r.rows(), r.supported(), r.noted(), r.pending(), s.completeness().wording());
            o.ifPresent(t -> sources.append("  cycle ").append(s.cycle()).append(" (").append(s.year()).append("): ")
                    .append(t.source()).append('\n'));
        }
        return state.name() + " (" + state.iso3() + "), " + stats.size() + (stats.size() == 1 ? " review" : " reviews") + "\n\n"
                + table.render()
                + "\nRecorded: recommendations (report paragraphs) held. Rows, Supported, Noted, Pending: one per recommending State.\n"
                + (sources.isEmpty() ? "" : "Official totals from:\n" + sources);
    }
}
