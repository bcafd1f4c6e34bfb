package org.troika.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.review.domain.OfficialTotals;

class CompletenessTest {

    private static final Optional<OfficialTotals> KAZ_2019 = Optional.of(new OfficialTotals(245, 214, 31, "MFA"));

    @Test
    void names_recorded_against_the_official_total() {
        assertThat(Completeness.of(120, KAZ_2019).wording()).isEqualTo("120 of 245 recorded");
        assertThat(Completeness.of(0, KAZ_2019).wording()).isEqualTo("0 of 245 recorded");
        assertThat(Completeness.of(120, KAZ_2019).confirmedComplete()).isFalse();
    }

    @Test
    void says_all_only_when_the_official_total_is_reached() {
        assertThat(Completeness.of(245, KAZ_2019).wording()).isEqualTo("all 245 recorded");
        assertThat(Completeness.of(245, KAZ_2019).confirmedComplete()).isTrue();
    }

    @Test
    void more_than_the_official_total_gives_both_numbers_without_claiming_completeness() {
        Completeness c = Completeness.of(250, KAZ_2019);
        assertThat(c.wording()).isEqualTo("250 recorded; official total 245");
        assertThat(c.confirmedComplete()).isFalse();
    }

    @Test
    void without_an_official_total_says_what_is_held_and_that_it_is_unchecked() {
        assertThat(Completeness.of(129, Optional.empty()).wording()).isEqualTo("129 recorded; no official total known");
        assertThat(Completeness.of(0, Optional.empty()).wording()).isEqualTo("none recorded; no official total known");
        assertThat(Completeness.of(129, Optional.empty()).confirmedComplete()).isFalse();
    }

    @Test
    void a_chart_uses_official_figures_when_the_record_is_short_and_says_so() {
        var partial = new ReviewStatistics(3, 2019, 34, KAZ_2019, new RecordedCounts(3, 3, 2, 1, 0));
        var whole = new ReviewStatistics(1, 2010, 7, Optional.empty(), new RecordedCounts(129, 129, 122, 7, 0));

        assertThat(partial.responseSplit()).isEqualTo(new ResponseSplit(214, 31, ResponseSplit.Basis.OFFICIAL));
        assertThat(whole.responseSplit()).isEqualTo(new ResponseSplit(122, 7, ResponseSplit.Basis.RECORDED));
    }
}
