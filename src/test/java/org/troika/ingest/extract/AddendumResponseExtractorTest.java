package org.troika.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;

/**
 * Responses read from real addenda (excerpts in src/test/resources/ingest/addenda, see SOURCES.md). The
 * expected counts are the addenda's own: A/HRC/43/15/Add.1 paragraph 2 ("124 are now supported and 33
 * noted"), A/HRC/28/15/Add.1 paragraph 2 ("accepts 142 recommendations ... notes 21 recommendations").
 */
class AddendumResponseExtractorTest {

    private final AddendumResponseExtractor extractor = new AddendumResponseExtractor(StateRegistry.bundled());

    @Test
    void reads_supported_and_noted_lists_with_their_ranges() throws IOException {
        AddendumResponses a = extractor.extract(resource("A_HRC_43_15_Add_1_Slovenia_2020_excerpt.txt"));

        assertThat(a.symbol()).contains("A/HRC/43/15/Add.1");
        assertThat(a.stateIso3()).contains("SVN");
        assertThat(a.responses()).filteredOn(r -> r.response() == Response.SUPPORTED).hasSize(124);
        assertThat(a.responses()).filteredOn(r -> r.response() == Response.NOTED).hasSize(33);
        Map<String, AddendumResponse> byParagraph = a.byParagraph();
        // "122.17-18", "122.62-" broken before "66", "122.34- 35", "122.141-144,122.146" and "122.2-10".
        assertThat(byParagraph).containsKeys("122.17", "122.18", "122.62", "122.63", "122.66", "122.34", "122.35", "122.144", "122.146")
                .doesNotContainKeys("3", "4", "5", "122.158");
        assertThat(byParagraph.get("122.67").response()).isEqualTo(Response.NOTED);
        assertThat(byParagraph.get("122.66").response()).isEqualTo(Response.SUPPORTED);
        assertThat(byParagraph.get("122.2").response()).isEqualTo(Response.NOTED);
        assertThat(byParagraph.get("122.10").response()).isEqualTo(Response.NOTED);
        assertThat(byParagraph.get("122.10").source()).isEqualTo("A/HRC/43/15/Add.1");
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void takes_counts_and_cross_references_for_no_response() throws IOException {
        AddendumResponses a = extractor.extract(resource("A_HRC_28_15_Add_1_Slovenia_2015_excerpt.txt"));

        // "The Government of Slovenia accepts 142 recommendations ... notes 21 recommendations": 21 is accepted in paragraph 3.
        assertThat(a.byParagraph().get("115.21").response()).isEqualTo(Response.SUPPORTED);
        // "Rec. 30  See recommendation 24." and "See information on recommendations 6–13" state no position.
        assertThat(a.responses()).hasSize(142 + 21);
        assertThat(a.problems()).isEmpty();
    }

    @Test
    void counts_bare_serial_numbers_in_the_paragraph_its_note_names() throws IOException {
        AddendumResponses a = extractor.extract(resource("A_HRC_28_15_Add_1_Slovenia_2015_excerpt.txt"));

        // Note 1: "The serial numbers of recommendations follow the list in paragraph 115".
        assertThat(a.byParagraph()).containsKeys("115.1", "115.5", "115.150", "115.151", "115.152", "115.163");
        assertThat(a.byParagraph().get("115.6").response()).isEqualTo(Response.NOTED);
        assertThat(a.byParagraph().get("115.152").response()).isEqualTo(Response.SUPPORTED);
    }

    @Test
    void reads_a_first_cycle_answer_table_row_by_row() throws IOException {
        AddendumResponses a = extractor.extract(resource("A_HRC_14_15_Add_1_Slovenia_2010_excerpt.txt"));
        Map<String, AddendumResponse> byParagraph = a.byParagraph();

        assertThat(byParagraph.get("2").response()).isEqualTo(Response.SUPPORTED);
        assertThat(byParagraph).containsKeys("5", "6", "7", "8", "9", "40", "41", "42", "43", "44");
        assertThat(byParagraph.get("84").response()).isEqualTo(Response.NOTED);
        assertThat(byParagraph.get("88").response()).isEqualTo(Response.NOTED);
        assertThat(byParagraph.get("2").partly()).isFalse();
    }

    @Test
    void takes_an_answer_that_accepts_one_part_and_refuses_another_for_support_in_part() throws IOException {
        // Row 32: "Slovenia accepts the recommendation regarding the treatment of those responsible for domestic
        // violence ... Slovenia cannot accept the recommendation to promulgate a law on domestic violence".
        AddendumResponse row = extractor.extract(resource("A_HRC_14_15_Add_1_Slovenia_2010_excerpt.txt")).byParagraph().get("32");

        assertThat(row.response()).isEqualTo(Response.SUPPORTED);
        assertThat(row.partly()).isTrue();
    }

    @Test
    void reports_rows_that_state_no_clear_position() throws IOException {
        AddendumResponses a = extractor.extract(resource("A_HRC_14_15_Add_1_Slovenia_2010_excerpt.txt"));

        // Row 1: "Slovenia cannot, at this point in time, make a definitive statement."
        assertThat(a.byParagraph()).doesNotContainKeys("1", "15");
        assertThat(a.problems()).extracting(ExtractionProblem::paragraph).containsExactly("1", "15");
    }

    @Test
    void fills_in_the_responses_the_report_left_pending() throws IOException {
        String report = """
                II. Conclusions and/or recommendations
                    122. The following recommendations will be examined by Slovenia, which will
                    provide responses in due time, but no later than the forty-third session of the Human
                    Rights Council:
                          122.1     Complete the process of ratification of the Optional Protocol to the
                          International Covenant on Economic, Social and Cultural Rights (Senegal);
                          122.2    Ratify the International Convention on the Protection of the Rights of
                          All Migrant Workers and Members of Their Families (Bangladesh) (Egypt);
                """;
        Extraction extraction = new WorkingGroupReportExtractor(StateRegistry.bundled()).extract(report);

        Extraction responded = extractor.extract(resource("A_HRC_43_15_Add_1_Slovenia_2020_excerpt.txt")).applyTo(extraction);

        assertThat(responded.recommendations()).extracting(ExtractedRecommendation::response)
                .containsExactly(Optional.of(Response.SUPPORTED), Optional.of(Response.NOTED));
        // The excerpt answers 155 more recommendations than this two-recommendation report holds.
        assertThat(responded.problems()).hasSize(157 - 2).allMatch(p -> p.message().endsWith("which the report does not contain"));
    }

    @Test
    void matches_a_bare_serial_number_to_the_recommendation_still_open() {
        Extraction report = new Extraction(ReportFacts.unknown(), List.of(
                new ExtractedRecommendation("86.5", "Ratify the Convention (Spain)", List.of("ESP"), List.of("Spain"), Optional.of(Response.SUPPORTED), 1),
                new ExtractedRecommendation("87.5", "Ratify the Convention (Peru)", List.of("PER"), List.of("Peru"), Optional.empty(), 2)), List.of());
        AddendumResponses addendum = new AddendumResponses(Optional.of("A/HRC/14/15/Add.1"), Optional.of("SVN"),
                List.of(new AddendumResponse("5", Response.NOTED, false, "A/HRC/14/15/Add.1", 60)), List.of());

        Extraction responded = addendum.applyTo(report);

        assertThat(responded.recommendations()).extracting(ExtractedRecommendation::response)
                .containsExactly(Optional.of(Response.SUPPORTED), Optional.of(Response.NOTED));
        assertThat(responded.problems()).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AddendumResponseExtractorTest.class.getResourceAsStream("/ingest/addenda/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
