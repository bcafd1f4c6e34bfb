package org.troika.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;

/**
 * The two report excerpts in src/test/resources/ingest/reports, texts that lost their line breaks. Expected
 * values are read off the texts: Tuvalu's paragraph 67 lists 17 recommendations and paragraph 68 ten;
 * South Africa's paragraph 124 lists 151.
 */
class ExcerptReportsExtractionTest {

    private final WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(StateRegistry.bundled());

    @Test
    void reads_tuvalus_first_review_with_several_states_per_paragraph() throws IOException {
        Extraction e = extractor.extract(resource("A_HRC_10_84_Tuvalu_UPR_WG_report_2009_excerpt.txt"));

        assertThat(e.recommendations()).hasSize(17 + 10);
        assertThat(e.problems()).isEmpty();
        ExtractedRecommendation first = e.recommendations().get(0);
        assertThat(first.paragraph()).isEqualTo("67.1");
        assertThat(first.states()).containsExactly("BRA", "CHE", "ITA", "CAN", "MEX", "SVN", "AUS", "FRA");
        // 67.15: Switzerland, the Philippines, and the Maldives for two clauses.
        assertThat(e.recommendations().get(14).states()).containsExactly("CHE", "PHL", "MDV");
        assertThat(e.recommendations().get(16).response()).contains(Response.SUPPORTED);
        assertThat(e.recommendations().get(17).paragraph()).isEqualTo("68.1");
        assertThat(e.recommendations().get(17).response()).isEmpty();
        assertThat(e.facts()).isEqualTo(new ReportFacts(Optional.of("A/HRC/10/84"), Optional.of("TUV"), Optional.of(3),
                Optional.of(LocalDate.of(2008, 12, 11)), List.of("AZE", "QAT", "ZMB"), Optional.of("A/HRC/WG.6/3/TUV/1"),
                Optional.of("A/HRC/WG.6/3/TUV/2"), Optional.of("A/HRC/WG.6/3/TUV/3")));
    }

    @Test
    void reads_south_africas_second_review_numbered_with_trailing_dots() throws IOException {
        Extraction e = extractor.extract(resource("A_HRC_21_16_South_Africa_UPR_WG_report_2012_excerpt.txt"));

        assertThat(e.recommendations()).hasSize(151);
        assertThat(e.problems()).isEmpty();
        assertThat(e.recommendations().get(30).paragraph()).isEqualTo("124.31");
        assertThat(e.recommendations().get(30).states()).containsExactly("VEN");
        assertThat(e.recommendations().get(5).stateNames()).containsExactly("Palestine");
        assertThat(e.recommendations().get(118).stateNames()).containsExactly("Côte d’Ivoire");
        assertThat(e.facts().troika()).containsExactly("CZE", "MDV", "CMR");
        assertThat(e.facts().reviewDate()).contains(LocalDate.of(2012, 5, 31));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExcerptReportsExtractionTest.class.getResourceAsStream("/ingest/reports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
