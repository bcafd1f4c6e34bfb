package org.troika.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

/**
 * The four Working Group reports in ../shared, read whole. Expected numbers are the reports' own: the last
 * recommendation of each list as printed (A/HRC/14/10: 95.1-95.102 and 97.1-97.26; A/HRC/28/10: 124.47,
 * 125.96, 126.51; A/HRC/43/15: 121.58 and 122.157; A/HRC/59/15: 140.254).
 */
class SharedReportsExtractionTest {

    private final WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(StateRegistry.bundled());

    @Test
    void reads_every_recommendation_of_kazakhstans_first_review() throws IOException {
        Extraction e = extract("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt");

        assertThat(e.recommendations()).hasSize(102 + 26);
        assertThat(e.problems()).isEmpty();
        Map<String, ExtractedRecommendation> byParagraph = byParagraph(e);
        // Item 96 of paragraph 95 follows item 95 although paragraph 96 is next; item 102 ends the list with a full stop.
        assertThat(byParagraph).containsKeys("95.95", "95.96", "95.97", "95.102", "97.1", "97.26").doesNotContainKeys("96.1", "95.103");
        assertThat(byParagraph.get("95.96").text()).startsWith("To continue its efforts to inform its citizens").endsWith("(Kuwait)");
        assertThat(byParagraph.get("95.96").response()).contains(Response.SUPPORTED);
        assertThat(byParagraph.get("97.26").response()).isEmpty();
        assertThat(byParagraph.get("95.67").states()).containsExactly("GBR");
        assertThat(byParagraph.get("95.82").states()).containsExactly("VEN");
    }

    @Test
    void reads_every_recommendation_of_kazakhstans_second_review() throws IOException {
        Extraction e = extract("A_HRC_28_10_Kazakhstan_UPR_WG_report_2014.txt");

        assertThat(e.recommendations()).hasSize(47 + 96 + 51);
        assertThat(e.problems()).isEmpty();
        Map<String, ExtractedRecommendation> byParagraph = byParagraph(e);
        assertThat(byParagraph.get("125.9").states()).containsExactly("PRT", "URY", "ARG");
        assertThat(byParagraph.get("124.37").stateNames()).containsExactly("Iran (Islamic republic of)");
        assertThat(byParagraph.get("126.51").response()).contains(Response.NOTED);
        assertThat(e.facts().session()).contains(20);
    }

    @Test
    void reads_every_recommendation_of_slovenias_third_and_fourth_reviews() throws IOException {
        Extraction third = extract("A_HRC_43_15_Slovenia_UPR_WG_report_2019.txt");
        Extraction fourth = extract("A_HRC_59_15_Slovenia_UPR_WG_report_2025.txt");

        assertThat(third.recommendations()).hasSize(58 + 157);
        assertThat(fourth.recommendations()).hasSize(254);
        assertThat(third.problems()).isEmpty();
        assertThat(fourth.problems()).isEmpty();
        assertThat(byParagraph(fourth).get("140.48").states()).containsExactly("TUR");
        assertThat(fourth.facts().troika()).containsExactly("DOM", "ZAF", "THA");
        assertThat(fourth.facts().nationalReport()).contains("A/HRC/WG.6/48/SVN/1");
    }

    private Extraction extract(String report) throws IOException {
        return extractor.extract(Files.readString(SharedData.report(report)));
    }

    private static Map<String, ExtractedRecommendation> byParagraph(Extraction e) {
        return e.recommendations().stream().collect(Collectors.toMap(ExtractedRecommendation::paragraph, Function.identity()));
    }
}
