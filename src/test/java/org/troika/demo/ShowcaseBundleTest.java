package org.troika.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.document.SourceDocumentFacade;
import org.troika.ingest.bundle.Bundle;
import org.troika.ingest.bundle.BundleLoader;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.recommendation.domain.Response;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.support.OnH2;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/** The showcase data that `./troika demo` loads, checked against the UPR Info rows it is meant to match. */
@OnH2
class ShowcaseBundleTest {

    @Autowired
    BundleLoader loader;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    SourceDocumentFacade documents;
    @Autowired
    JdbcClient jdbc;

    private UprInfoRows uprInfo;

    @BeforeEach
    void loadShowcase() throws Exception {
        TestData.clean(jdbc);
        try (InputStream in = getClass().getResourceAsStream("/demo/kazakhstan-upr.json")) {
            loader.load(loader.read(in, "kazakhstan-upr.json"));
        }
        uprInfo = UprInfoRows.read(SharedData.data("kazakhstan_upr.csv"));
    }

    private RecordedCounts recorded(int session) {
        Review review = reviews.find("KAZ", session).orElseThrow();
        return recommendations.countsForReview(review.id());
    }

    private long uprInfoRows(int session, String response) {
        return uprInfo.ofSession(session).stream().filter(r -> response == null || r.response().equals(response)).count();
    }

    @Test
    void the_2010_review_matches_the_upr_info_rows_one_for_one() {
        RecordedCounts counts = recorded(7);

        assertThat(counts.rows()).isEqualTo(uprInfoRows(7, null));
        assertThat(counts.supported()).isEqualTo(uprInfoRows(7, "Supported"));
        assertThat(counts.noted()).isEqualTo(uprInfoRows(7, "Noted"));
        assertThat(counts.pending()).isZero();
    }

    @Test
    void the_2014_review_has_every_upr_info_row_and_follows_the_report_where_the_two_disagree() {
        RecordedCounts counts = recorded(20);
        // The report lists 126.27 (Austria) among the recommendations that "did not enjoy the support of
        // Kazakhstan"; UPR Info records that row as supported. Troika keeps the report's word.
        var disputed = recommendations.find(RecommendationFilter.ofReview(reviews.find("KAZ", 20).orElseThrow().id()),
                new org.troika.shared.PageRequest(0, 1000)).items().stream().filter(r -> r.paragraph().equals("126.27")).findFirst().orElseThrow();
        assertThat(disputed.text()).startsWith("Put in place measures to guarantee the exclusion by the judiciary of evidence obtained under torture");
        assertThat(disputed.recommendingStates()).containsExactly("AUT");
        assertThat(disputed.response()).isEqualTo(Response.NOTED);
        assertThat(disputed.responseSource()).contains("A/HRC/28/10");
        assertThat(uprInfo.ofSession(20)).filteredOn(r -> r.stateIso3().equals("AUT") && r.text().contains("evidence obtained under torture"))
                .singleElement().satisfies(r -> assertThat(r.response()).isEqualTo("Supported"));

        assertThat(counts.rows()).isEqualTo(uprInfoRows(20, null));
        assertThat(counts.supported()).isEqualTo(uprInfoRows(20, "Supported") - 1);
        assertThat(counts.noted()).isEqualTo(uprInfoRows(20, "Noted") + 1);
    }

    @Test
    void the_2019_and_2025_reviews_carry_official_totals_and_say_how_little_is_recorded() {
        Review y2019 = reviews.find("KAZ", 34).orElseThrow();
        Review y2025 = reviews.find("KAZ", 48).orElseThrow();

        assertThat(y2019.official()).hasValueSatisfying(o -> {
            assertThat(o.total()).isEqualTo(245);
            assertThat(o.supported()).isEqualTo(214);
            assertThat(o.noted()).isEqualTo(31);
            assertThat(o.source()).contains("Astana Times");
        });
        assertThat(y2025.official()).hasValueSatisfying(o -> assertThat(List.of(o.total(), o.supported(), o.noted())).containsExactly(294, 259, 35));
        assertThat(recommendations.countsForReview(y2019.id())).isEqualTo(RecordedCounts.NONE);
        assertThat(y2019.documents().workingGroupReport()).contains("A/HRC/43/10");
    }

    @Test
    void reviews_carry_the_troika_and_dates_the_reports_give() {
        assertThat(reviews.find("KAZ", 7).orElseThrow().troika()).containsExactly("BGD", "CUB", "MUS");
        assertThat(reviews.find("KAZ", 20).orElseThrow().troika()).containsExactly("DEU", "KWT", "ZAF");
        assertThat(reviews.forState("KAZ")).extracting(reviews::year).containsExactly(2010, 2014, 2019, 2025);
    }

    @Test
    void the_five_seed_documents_come_with_verbatim_statements() {
        var docs = documents.forState("KAZ");

        assertThat(docs).hasSize(5);
        for (var doc : docs) {
            var statements = documents.statements(doc.id());
            assertThat(statements).as(doc.title()).isNotEmpty();
            statements.forEach(s -> assertThat(doc.body().substring(s.startOffset(), s.endOffset())).isEqualTo(s.text()));
        }
    }

    @Test
    void loading_twice_changes_nothing() throws Exception {
        long before = recommendations.count(RecommendationFilter.all());
        BundleLoader.Loaded again;
        try (InputStream in = getClass().getResourceAsStream("/demo/kazakhstan-upr.json")) {
            again = loader.load(loader.read(in, "kazakhstan-upr.json"));
        }

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(recommendations.count(RecommendationFilter.all())).isEqualTo(before);
        assertThat(documents.all()).hasSize(5);
    }

    @Test
    void the_shipped_bundle_is_what_the_builder_makes_from_the_documents_today() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Bundle rebuilt = DemoBundleBuilder.build(new ArrayList<>());
        JsonNode shipped;
        try (InputStream in = getClass().getResourceAsStream("/demo/kazakhstan-upr.json")) {
            shipped = json.readTree(in);
        }

        JsonNode expected = json.valueToTree(rebuilt);
        assertThat((Object) expected).as("run scripts/build-demo-bundle.sh").isEqualTo(shipped);
    }
}
