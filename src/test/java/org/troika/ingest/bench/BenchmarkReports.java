package org.troika.ingest.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

/**
 * The labelled Working Group reports of the accuracy benchmark: three States under review, four UPR cycles,
 * first-cycle "1." lists inside paragraph 95, second-cycle "124.1" lists, the PDF-converted layouts of 2019
 * and 2025 and two texts that lost their line breaks. The four reports in ../shared are read from there; the
 * two excerpts in src/test/resources/ingest/reports are described in the SOURCES.md beside them.
 */
final class BenchmarkReports {

    private BenchmarkReports() {
    }

    static List<LabelledReport> all(StateRegistry registry) throws IOException {
        Labels labels = new Labels(registry);
        Path kazakhstan = SharedData.data("kazakhstan_upr.csv");
        Path uprInfo = SharedData.data("upr_recommendations.csv");
        Path thematic = SharedData.data("slovenia_upr_thematic_lists.csv");
        return List.of(
                new LabelledReport("A/HRC/10/84", "Tuvalu 2009 (cycle 1, excerpt, no line breaks)",
                        resource("reports/A_HRC_10_84_Tuvalu_UPR_WG_report_2009_excerpt.txt"), "UPR Info",
                        labels.uprInfo(uprInfo, "TUV", "3"), Optional.empty()),
                new LabelledReport("A/HRC/14/10", "Kazakhstan 2010 (cycle 1)",
                        SharedData.report("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt"), "UPR Info",
                        labels.uprInfo(kazakhstan, "KAZ", "7"), Optional.empty()),
                new LabelledReport("A/HRC/21/16", "South Africa 2012 (cycle 2, excerpt, no line breaks)",
                        resource("reports/A_HRC_21_16_South_Africa_UPR_WG_report_2012_excerpt.txt"), "UPR Info",
                        labels.uprInfo(uprInfo, "ZAF", "13"), Optional.empty()),
                new LabelledReport("A/HRC/28/10", "Kazakhstan 2014 (cycle 2)",
                        SharedData.report("A_HRC_28_10_Kazakhstan_UPR_WG_report_2014.txt"), "UPR Info",
                        labels.uprInfo(kazakhstan, "KAZ", "20"), Optional.empty()),
                new LabelledReport("A/HRC/43/15", "Slovenia 2019 (cycle 3)",
                        SharedData.report("A_HRC_43_15_Slovenia_UPR_WG_report_2019.txt"), "OHCHR thematic list",
                        labels.thematicList(thematic, "3"), Optional.of(resource("addenda/A_HRC_43_15_Add_1_Slovenia_2020_excerpt.txt"))),
                new LabelledReport("A/HRC/59/15", "Slovenia 2025 (cycle 4)",
                        SharedData.report("A_HRC_59_15_Slovenia_UPR_WG_report_2025.txt"), "OHCHR thematic list",
                        labels.thematicList(thematic, "4"), Optional.empty()));
    }

    /** The addendum whose responses the thematic list of Slovenia's second cycle cites (its report is not at hand). */
    static LabelledReport secondCycleAddendum(StateRegistry registry) throws IOException {
        Labels labels = new Labels(registry);
        return new LabelledReport("A/HRC/28/15/Add.1", "Slovenia 2015 addendum (cycle 2)",
                resource("addenda/A_HRC_28_15_Add_1_Slovenia_2015_excerpt.txt"), "OHCHR thematic list",
                labels.thematicList(SharedData.data("slovenia_upr_thematic_lists.csv"), "2"), Optional.empty());
    }

    static Path resource(String name) {
        URL url = BenchmarkReports.class.getResource("/ingest/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource /ingest/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
