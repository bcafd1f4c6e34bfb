package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.support.OnH2;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/** Working Group reports, with their addenda: recommendations from the report's own paragraphs, responses from both. */
@OnH2
class ImportReportsTest {

    private static final Path ADDENDUM_2020 = Path.of("src/test/resources/ingest/addenda/A_HRC_43_15_Add_1_Slovenia_2020_excerpt.txt");

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

    private List<FileReport> importing(ImportOptions options, Path... files) {
        return imports.importFiles(List.of(files), options, ImportProgress.NONE);
    }

    private List<Recommendation> all() {
        List<Recommendation> all = new ArrayList<>();
        recommendations.forEach(RecommendationFilter.all(), all::add);
        return all;
    }

    @Test
    void a_report_with_its_addendum_gives_every_recommendation_the_position_ohchr_lists() {
        Path report = SharedData.report("A_HRC_43_15_Slovenia_UPR_WG_report_2019.txt");
        // OHCHR's thematic list of the same review (session 34) is the independent record of paragraphs and positions.
        SourceTable list = SourceTable.read(SharedData.data("slovenia_upr_thematic_lists.csv"));
        Map<String, Response> positions = new HashMap<>();
        for (int i = 0; i < list.rows().size(); i++) {
            if (list.cell(i, "session").equals("34")) {
                positions.put(list.cell(i, "paragraph"), Response.parse(list.cell(i, "position")).orElseThrow());
            }
        }

        List<FileReport> reports = importing(ImportOptions.defaults(), report, ADDENDUM_2020);

        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).outcome()).isEqualTo(FileOutcome.IMPORTED);
        assertThat(reports.get(0).kind()).isEqualTo("Working Group report A/HRC/43/15 with addendum");
        Review review = reviews.find("SVN", 34).orElseThrow();
        assertThat(review.documents().workingGroupReport()).contains("A/HRC/43/15");
        assertThat(review.documents().addendum()).contains("A/HRC/43/15/Add.1");
        List<Recommendation> stored = all();
        assertThat(stored).hasSize(positions.size());
        for (Recommendation r : stored) {
            assertThat(r.response()).as(r.paragraph()).isEqualTo(positions.get(r.paragraph()));
            assertThat(r.sourceSymbol()).contains("A/HRC/43/15");
        }
        assertThat(stored).filteredOn(r -> r.responseSource().equals(java.util.Optional.of("A/HRC/43/15/Add.1"))).isNotEmpty();
    }

    @Test
    void the_review_comes_from_the_report_itself() {
        // README, the showcase table: A/HRC/14/10 is Kazakhstan's review of 12 February 2010, session 7, troika
        // "Bangladesh, Cuba and Mauritius" (paragraph 2 of the report).
        importing(ImportOptions.defaults(), SharedData.report("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt"));

        Review review = reviews.find("KAZ", 7).orElseThrow();
        assertThat(review.date()).contains(LocalDate.of(2010, 2, 12));
        assertThat(review.troika()).containsExactly("BGD", "CUB", "MUS");
        assertThat(review.documents().workingGroupReport()).contains("A/HRC/14/10");
        assertThat(all()).isNotEmpty().allSatisfy(r -> assertThat(r.review().id()).isEqualTo(review.id()));
    }

    @Test
    void a_report_in_word_or_html_imports_as_its_text_does() throws IOException {
        Path text = SharedData.report("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt");
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        Path docx = dir.resolve("A_HRC_14_10.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(docx)) {
            lines.forEach(line -> doc.createParagraph().createRun().setText(line));
            doc.write(out);
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
        lines.forEach(line -> html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n"));
        Path page = Files.writeString(dir.resolve("A_HRC_14_10.html"), html.append("</body></html>\n"));
        List<String> asText = importedAs(text);

        assertThat(asText).isNotEmpty();
        assertThat(importedAs(docx)).isEqualTo(asText);
        assertThat(importedAs(page)).isEqualTo(asText);
    }

    /** Paragraph, text, States and response of what the file imports into an empty database. */
    private List<String> importedAs(Path file) {
        TestData.clean(jdbc);
        assertThat(importing(ImportOptions.defaults(), file).get(0).outcome()).isEqualTo(FileOutcome.IMPORTED);
        return all().stream().map(r -> r.paragraph() + " " + r.recommendingStates() + " " + r.response() + " " + r.text()).sorted().toList();
    }

    @Test
    void a_review_given_that_contradicts_the_report_is_refused() {
        Path report = SharedData.report("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt");

        FileReport refused = importing(ImportOptions.defaults().forReview("SVN-2010"), report).get(0);

        assertThat(refused.error()).get().asString().isEqualTo(report + ": the report is about the review of KAZ, not of SVN as --review or --state say");
        assertThat(all()).isEmpty();
    }

    @Test
    void importing_a_report_again_changes_nothing() {
        Path report = SharedData.report("A_HRC_28_10_Kazakhstan_UPR_WG_report_2014.txt");
        FileReport first = importing(ImportOptions.defaults(), report).get(0);

        FileReport again = importing(ImportOptions.defaults(), report).get(0);

        assertThat(again.unchanged()).isEqualTo(first.inserted()).isPositive();
        assertThat(again.inserted() + again.updated()).isZero();
    }

    @Test
    void a_paragraph_naming_an_unknown_state_is_rejected_with_its_line() throws IOException {
        Path paragraphs = Files.writeString(dir.resolve("paragraphs.txt"), """
                118.7 Ratify the Convention (Argentina);
                118.8 Adopt a law on the matter (Freedonia);
                """, StandardCharsets.UTF_8);

        FileReport strict = importing(ImportOptions.defaults().forReview("KAZ-2019").forSession(34), paragraphs).get(0);
        FileReport lenient = importing(ImportOptions.defaults().forReview("KAZ-2019").forSession(34).skippingBadRows(), paragraphs).get(0);

        assertThat(strict.outcome()).isEqualTo(FileOutcome.REJECTED);
        assertThat(strict.rejections()).extracting(Object::toString).containsExactly(paragraphs
                + ":2: paragraph 118.8: unknown recommending State 'Freedonia' (add the name to reference/states.tsv if it is a State)");
        assertThat(lenient.inserted()).isEqualTo(1);
        assertThat(all()).extracting(Recommendation::paragraph).containsExactly("118.7");
    }

    @Test
    void paragraphs_without_their_report_need_the_review() throws IOException {
        Path paragraphs = Files.writeString(dir.resolve("paragraphs.txt"), "118.7 Ratify the Convention (Argentina);\n");

        FileReport report = importing(ImportOptions.defaults(), paragraphs).get(0);

        assertThat(report.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(report.error()).get().asString().startsWith(paragraphs + ": ").contains("give --review ISO3-YEAR");
        assertThat(all()).isEmpty();
    }

    @Test
    void a_year_with_several_sessions_asks_for_the_session() throws IOException {
        Path paragraphs = Files.writeString(dir.resolve("paragraphs.txt"), "118.7 Ratify the Convention (Argentina);\n");

        FileReport report = importing(ImportOptions.defaults().forReview("KAZ-2019"), paragraphs).get(0);

        assertThat(report.error()).get().asString().contains("--session N");
    }

    @Test
    void an_addendum_published_later_answers_the_review_its_report_filled() {
        Path report = SharedData.report("A_HRC_43_15_Slovenia_UPR_WG_report_2019.txt");
        importing(ImportOptions.defaults(), report, ADDENDUM_2020);
        Map<String, Recommendation> together = new HashMap<>();
        all().forEach(r -> together.put(r.paragraph(), r));
        TestData.clean(jdbc);

        importing(ImportOptions.defaults(), report);
        long pendingBefore = all().stream().filter(r -> r.response() == Response.PENDING).count();
        FileReport later = importing(ImportOptions.defaults(), ADDENDUM_2020).get(0);

        assertThat(later.outcome()).isEqualTo(FileOutcome.IMPORTED);
        assertThat(later.kind()).isEqualTo("addendum A/HRC/43/15/Add.1 to a stored review");
        assertThat(pendingBefore).isPositive();
        assertThat(later.updated()).isEqualTo(pendingBefore);
        List<Recommendation> stored = all();
        assertThat(stored).hasSize(together.size());
        for (Recommendation r : stored) {
            Recommendation expected = together.get(r.paragraph());
            assertThat(r.response()).as(r.paragraph()).isEqualTo(expected.response());
            assertThat(r.responseSource()).as(r.paragraph()).isEqualTo(expected.responseSource());
        }
        assertThat(reviews.find("SVN", 34).orElseThrow().documents().addendum()).contains("A/HRC/43/15/Add.1");

        FileReport again = importing(ImportOptions.defaults(), ADDENDUM_2020).get(0);
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(stored.size());
    }

    @Test
    void an_addendum_whose_review_is_not_stored_is_refused_and_stores_nothing() {
        FileReport report = importing(ImportOptions.defaults(), ADDENDUM_2020).get(0);

        assertThat(report.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(report.error()).get().asString().startsWith(ADDENDUM_2020 + ": no stored review has the Working Group report A/HRC/43/15")
                .contains("--review");
        assertThat(reviews.all()).isEmpty();
    }

    @Test
    void an_addendum_for_another_state_than_the_review_named_is_refused() {
        importing(ImportOptions.defaults(), SharedData.report("A_HRC_14_10_Kazakhstan_UPR_WG_report_2010.txt"));

        FileReport report = importing(ImportOptions.defaults().forReview("KAZ-2010"), ADDENDUM_2020).get(0);

        assertThat(report.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(report.error()).get().asString().contains("answers the review of SVN, not of KAZ");
    }
}
