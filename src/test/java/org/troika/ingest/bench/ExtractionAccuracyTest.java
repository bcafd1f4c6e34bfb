package org.troika.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.troika.ingest.extract.AddendumResponse;
import org.troika.ingest.extract.AddendumResponseExtractor;
import org.troika.ingest.extract.AddendumResponses;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.ingest.read.DocumentReaders;
import org.troika.state.StateRegistry;

/**
 * The accuracy floor of extraction on the labelled reports of {@link BenchmarkReports}, so that a change that
 * makes extraction worse fails the build. The full figures are in docs/benchmarks.md.
 */
class ExtractionAccuracyTest {

    private static final double FLOOR = 0.995;
    private static final StateRegistry REGISTRY = StateRegistry.bundled();
    private static List<DocumentScore> scores;

    @BeforeAll
    static void extractEveryLabelledReport() throws IOException {
        WorkingGroupReportExtractor extractor = new WorkingGroupReportExtractor(REGISTRY);
        AccuracyScorer scorer = new AccuracyScorer(LabelErrata.bundled());
        scores = BenchmarkReports.all(REGISTRY).stream().map(report -> {
            Extraction extraction = extractor.extract(DocumentReaders.read(report.text()).text());
            Optional<Extraction> responded = report.addendum().map(a -> new AddendumResponseExtractor(REGISTRY)
                    .extract(DocumentReaders.read(a).text()).applyTo(extraction));
            return scorer.score(report, extraction, responded);
        }).toList();
    }

    @Test
    void finds_the_recommending_states_of_at_least_995_in_1000_recommendations_of_every_report() {
        assertThat(scores).allSatisfy(s -> assertThat(s.states().ratio())
                .as("%s recommending States %s", s.report().symbol(), s.states().percent()).isGreaterThanOrEqualTo(FLOOR));
    }

    @Test
    void numbers_and_words_paragraphs_exactly_as_the_thematic_lists_do() {
        assertThat(scores).filteredOn(s -> s.report().numbered()).hasSize(2).allSatisfy(s -> {
            assertThat(s.paragraphs().ratio()).as("%s paragraph numbers %s", s.report().symbol(), s.paragraphs().percent()).isEqualTo(1.0);
            assertThat(s.texts().ratio()).as("%s texts %s", s.report().symbol(), s.texts().percent()).isGreaterThanOrEqualTo(FLOOR);
        });
    }

    @Test
    void finds_a_recommendation_for_every_upr_info_row_with_the_reports_own_words() {
        assertThat(scores).filteredOn(s -> !s.report().numbered()).hasSize(4).allSatisfy(s -> {
            assertThat(s.paragraphs().ratio()).as("%s matched by a row %s", s.report().symbol(), s.paragraphs().percent()).isEqualTo(1.0);
            assertThat(s.texts().ratio()).as("%s words %s", s.report().symbol(), s.texts().percent()).isGreaterThanOrEqualTo(FLOOR);
            // UPR Info edits wordings ("Recommended that ...", "nondiscriminatory" for "non.discriminatory"): as published, words agree less often.
            assertThat(s.textsAsLabelled().ratio()).as("%s words as published %s", s.report().symbol(), s.textsAsLabelled().percent())
                    .isGreaterThanOrEqualTo(0.9);
        });
    }

    @Test
    void reads_responses_as_the_labels_record_them() {
        Tally stated = scores.stream().map(DocumentScore::responses).reduce(Tally.NONE, Tally::plus);
        Tally afterAddendum = scores.stream().map(DocumentScore::afterAddendum).reduce(Tally.NONE, Tally::plus);

        assertThat(stated.ratio()).as("responses stated in the reports %s", stated.percent()).isGreaterThanOrEqualTo(FLOOR);
        assertThat(afterAddendum.total()).isEqualTo(215);
        assertThat(afterAddendum.ratio()).as("responses after the addendum %s", afterAddendum.percent()).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void reads_the_second_cycle_addendum_as_the_thematic_list_records_it() throws IOException {
        LabelledReport report = BenchmarkReports.secondCycleAddendum(REGISTRY);
        AddendumResponses responses = new AddendumResponseExtractor(REGISTRY).extract(DocumentReaders.read(report.text()).text());

        Tally agreed = Tally.NONE;
        for (Label label : report.labels()) {
            AddendumResponse a = responses.byParagraph().get(label.paragraph());
            agreed = agreed.add(a != null && label.response().equals(Optional.of(a.response())));
        }

        assertThat(agreed.total()).isEqualTo(163);
        assertThat(agreed.ratio()).as("second-cycle addendum %s", agreed.percent()).isGreaterThanOrEqualTo(FLOOR);
    }
}
