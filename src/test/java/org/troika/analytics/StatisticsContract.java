package org.troika.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.analytics.domain.StateOverview;
import org.troika.document.SourceDocumentFacade;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.review.ReviewFacade;
import org.troika.state.UnknownStateException;
import org.troika.support.TestData;
import org.troika.support.UprFixtures;

/** Figures over real data, checked against the per-cycle summary published beside it, on every database. */
abstract class StatisticsContract {

    @Autowired
    StatisticsFacade statistics;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    SourceDocumentFacade documents;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void realData() {
        TestData.clean(jdbc);
        UprFixtures fixtures = new UprFixtures(reviews, recommendations, documents);
        fixtures.kazakhstan();
        fixtures.slovenia();
    }

    @Test
    void kazakhstan_has_one_entry_per_review_with_the_published_cycle_totals() {
        List<ReviewStatistics> kaz = statistics.forState("KAZ");
        List<CSVRecord> summary = UprFixtures.csv("kazakhstan_upr_cycle_summary.csv");

        assertThat(kaz).extracting(ReviewStatistics::session).containsExactly(7, 20, 34, 48);
        assertThat(kaz).extracting(ReviewStatistics::year).containsExactly(2010, 2014, 2019, 2025);
        // Cycles 1 and 2: the summary counts UPR Info rows, one per recommending State, as RecordedCounts.rows does.
        for (int i = 0; i < 2; i++) {
            CSVRecord cycle = summary.get(i);
            RecordedCounts recorded = kaz.get(i).recorded();
            assertThat(recorded.rows()).isEqualTo(Integer.parseInt(cycle.get("n_recommendations")));
            assertThat(recorded.supported()).isEqualTo(Integer.parseInt(cycle.get("n_supported")));
            assertThat(recorded.noted()).isEqualTo(Integer.parseInt(cycle.get("n_noted")));
            assertThat(recorded.pending()).isZero();
            assertThat(kaz.get(i).official()).isEmpty();
        }
        assertThat(kaz.get(0).recorded().paragraphs()).isEqualTo(distinctTexts("7"));
        assertThat(kaz.get(1).recorded().paragraphs()).isEqualTo(distinctTexts("20"));
        // Cycles 3 and 4: official totals only, nothing recorded.
        assertThat(kaz.get(2).official()).hasValueSatisfying(o -> {
            assertThat(o.total()).isEqualTo(245);
            assertThat(o.supported()).isEqualTo(214);
            assertThat(o.noted()).isEqualTo(31);
        });
        assertThat(kaz.get(2).recorded()).isEqualTo(RecordedCounts.NONE);
        assertThat(kaz.get(2).completeness().wording()).isEqualTo("0 of 245 recorded");
        assertThat(kaz.get(3).completeness().wording()).isEqualTo("0 of 294 recorded");
    }

    private static int distinctTexts(String session) {
        Set<String> texts = new HashSet<>();
        for (CSVRecord row : UprFixtures.csv("kazakhstan_upr.csv")) {
            if (row.get("session").equals(session)) {
                texts.add(row.get("recommendation"));
            }
        }
        return texts.size();
    }

    @Test
    void overview_lists_all_195_states_those_with_data_first() {
        List<StateOverview> all = statistics.overview();

        assertThat(all).hasSize(195);
        assertThat(all.subList(0, 2)).extracting(o -> o.state().iso3()).containsExactlyInAnyOrder("KAZ", "SVN");
        assertThat(all.subList(2, 195)).allSatisfy(o -> assertThat(o.totals().reviews()).isZero());
        StateOverview kaz = statistics.overview("kaz");
        assertThat(kaz.totals().reviews()).isEqualTo(4);
        assertThat(kaz.totals().paragraphs()).isEqualTo(distinctTexts("7") + distinctTexts("20"));
        assertThat(kaz.totals().rows()).isEqualTo(129 + 198);
    }

    @Test
    void counts_recommendations_a_state_made_to_others() {
        // Kazakhstan made recommendations to Slovenia in 2019 and 2025; the OHCHR list names it in its own column.
        long madeToSlovenia = UprFixtures.csv("slovenia_upr_thematic_lists.csv").stream()
                .filter(r -> r.get("session").equals("34") || r.get("session").equals("48"))
                .filter(r -> r.get("recommending_states_parsed").contains("Kazakhstan")).count();

        assertThat(madeToSlovenia).isPositive();
        assertThat(statistics.overview("KAZ").totals().made()).isEqualTo(madeToSlovenia);
        // And Slovenia to Kazakhstan in 2010 and 2014: one UPR Info row per recommendation and State.
        long madeToKazakhstan = UprFixtures.csv("kazakhstan_upr.csv").stream()
                .filter(r -> r.get("recommending_iso3").equals("SVN")).count();
        assertThat(statistics.overview("SVN").totals().made()).isEqualTo(madeToKazakhstan);
    }

    @Test
    void an_unknown_state_is_named_in_the_error() {
        assertThatThrownBy(() -> statistics.forState("XYZ")).isInstanceOf(UnknownStateException.class).hasMessageContaining("'XYZ'");
    }
}
