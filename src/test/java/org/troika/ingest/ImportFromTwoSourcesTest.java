package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.state.StateRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.ingest.domain.FileReport;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.review.ReviewFacade;
import org.troika.support.OnH2;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/**
 * A review's recommendations given by two sources, Kazakhstan's 2010 Working Group report and UPR Info's rows for
 * it, are stored once: each row folds into the paragraph it restates, whichever file comes first.
 */
@OnH2
class ImportFromTwoSourcesTest {

    private static final Path REPORT_2010 = SharedData.report("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt");
    private static final Path UPR_INFO = SharedData.data("kazakhstan_upr.csv");

    /** What a paragraph holds once both sources are in, its response's source aside. */
    record Held(String text, List<String> states, Response response, Optional<Integer> actionCategory, Set<Label> labels) {
    }

    @Autowired
    ImportFacade imports;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
    }

    private FileReport importing(Path file) {
        return imports.importFiles(List.of(file), ImportOptions.defaults(), ImportProgress.NONE).get(0);
    }

    private List<Recommendation> review2010() {
        long id = reviews.find("KAZ", 7).orElseThrow().id();
        List<Recommendation> all = new ArrayList<>();
        recommendations.forEach(RecommendationFilter.ofReview(id), all::add);
        return all;
    }

    private static Map<String, Held> held(List<Recommendation> recs) {
        Map<String, Held> map = new HashMap<>();
        recs.forEach(r -> map.put(r.paragraph(), new Held(r.text(), r.recommendingStates(), r.response(), r.actionCategory(), new HashSet<>(r.labels()))));
        return map;
    }

    @Test
    void rows_imported_after_the_report_fold_into_its_paragraphs() {
        importing(REPORT_2010);
        List<Recommendation> reportAlone = review2010();

        FileReport rows = importing(UPR_INFO);

        List<Recommendation> both = review2010();
        assertThat(both).extracting(Recommendation::paragraph).containsExactlyInAnyOrderElementsOf(
                reportAlone.stream().map(Recommendation::paragraph).toList());
        assertThat(rows.notes()).anySatisfy(n -> assertThat(n).startsWith("KAZ-2010: ").contains("folded into them"));
        Map<String, Recommendation> before = new HashMap<>();
        reportAlone.forEach(r -> before.put(r.paragraph(), r));
        for (Recommendation r : both) {
            Recommendation report = before.get(r.paragraph());
            // The report's words and States stay; UPR Info adds its issues and action category.
            assertThat(r.text()).isEqualTo(report.text());
            assertThat(r.recommendingStates()).isEqualTo(report.recommendingStates());
            assertThat(r.labelValues(Taxonomy.UPR_INFO_ISSUE)).as(r.paragraph()).isNotEmpty();
            assertThat(r.actionCategory()).as(r.paragraph()).isPresent();
            if (report.response() == Response.PENDING) {
                assertThat(r.response()).as(r.paragraph()).isNotEqualTo(Response.PENDING);
                assertThat(r.responseSource()).contains("UPR Info export");
            } else {
                assertThat(r.response()).as(r.paragraph()).isEqualTo(report.response());
                assertThat(r.responseSource()).isEqualTo(report.responseSource());
            }
        }

        FileReport again = importing(UPR_INFO);
        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
    }

    @Test
    void rows_stored_before_the_report_are_folded_into_its_paragraphs_and_removed() {
        importing(REPORT_2010);
        importing(UPR_INFO);
        Map<String, Held> reportFirst = held(review2010());
        TestData.clean(jdbc);

        importing(UPR_INFO);
        FileReport report = importing(REPORT_2010);

        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("KAZ-2010: ").contains("removed"));
        assertThat(held(review2010())).isEqualTo(reportFirst);
    }

    @Test
    void rows_folded_in_when_the_report_comes_leave_the_paragraphs_other_labels_alone() throws Exception {
        // UPR Info's rows first; then OHCHR-style themes for one paragraph, keyed by its number; then the report.
        importing(UPR_INFO);
        ExtractedRecommendation first = new WorkingGroupReportExtractor(StateRegistry.bundled())
                .extract(Files.readString(REPORT_2010)).recommendations().get(0);
        Path themes = new SourceTable(List.of("state_under_review", "session", "paragraph", "text", "recommending_states", "response", "themes"),
                List.of(List.of("KAZ", "7", first.paragraph(), first.text(), String.join("; ", first.states()), "Pending", "Death penalty")))
                .write(dir.resolve("themes.csv"));
        importing(themes);

        importing(REPORT_2010);

        Recommendation paragraph = review2010().stream().filter(r -> r.paragraph().equals(first.paragraph())).findFirst().orElseThrow();
        assertThat(paragraph.labelValues(Taxonomy.UHRI_THEME)).containsExactly("Death penalty");
        assertThat(paragraph.labelValues(Taxonomy.UPR_INFO_ISSUE)).isNotEmpty();
    }

    @Test
    void a_report_imported_again_keeps_what_other_sources_added() {
        importing(REPORT_2010);
        importing(UPR_INFO);
        Map<String, Held> combined = held(review2010());

        FileReport again = importing(REPORT_2010);

        assertThat(again.updated()).isZero();
        assertThat(held(review2010())).isEqualTo(combined);
    }
}
