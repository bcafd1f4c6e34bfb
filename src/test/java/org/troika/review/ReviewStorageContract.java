package org.troika.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.review.domain.OfficialTotals;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.state.UnknownStateException;
import org.troika.support.TestData;

/** How reviews are stored, the same on every database Troika runs on. */
abstract class ReviewStorageContract {

    @Autowired
    ReviewFacade reviews;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
    }

    /** Kazakhstan's first review, with the troika in the order the report names it. */
    private static Review kazakhstan2010() {
        return new Review(0, "KAZ", 7, 1, Optional.of(LocalDate.of(2010, 2, 12)), List.of("BGD", "CUB", "MUS"), ReviewDocuments.none(),
                Optional.empty());
    }

    private static Review kazakhstan2019(Optional<OfficialTotals> official) {
        return new Review(0, "KAZ", 34, 3, Optional.of(LocalDate.of(2019, 11, 7)), List.of(),
                ReviewDocuments.standard(34, "KAZ", "A/HRC/43/10"), official);
    }

    @Test
    void keeps_official_totals_with_their_source() {
        Review saved = reviews.save(kazakhstan2019(Optional.of(new OfficialTotals(245, 214, 31, "MFA via The Astana Times"))));

        Review found = reviews.find(saved.id()).orElseThrow();
        assertThat(found.official()).contains(new OfficialTotals(245, 214, 31, "MFA via The Astana Times"));
        assertThat(found.documents().nationalReport()).contains("A/HRC/WG.6/34/KAZ/1");
        assertThat(found.documents().addendum()).contains("A/HRC/43/10/Add.1");
        assertThat(found.cycle()).isEqualTo(3);
    }

    @Test
    void saving_the_same_state_and_session_again_updates_the_one_review() {
        Review first = reviews.save(kazakhstan2019(Optional.empty()));
        Review second = reviews.save(kazakhstan2019(Optional.of(new OfficialTotals(245, 214, 31, "MFA"))));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(reviews.forState("KAZ")).hasSize(1);
    }

    @Test
    void finds_a_review_by_the_key_users_type() {
        reviews.save(kazakhstan2019(Optional.empty()));

        assertThat(reviews.findByKey("KAZ-2019")).isPresent();
        assertThat(reviews.findByKey("kaz-2019")).isPresent();
        assertThat(reviews.findByKey("KAZ-2014")).isEmpty();
        assertThatThrownBy(() -> reviews.findByKey("Kazakhstan 2019")).hasMessageContaining("ISO3-YEAR");
    }

    @Test
    void keeps_the_troika_in_the_order_the_report_names_it() {
        Review saved = reviews.save(kazakhstan2010());

        assertThat(reviews.find(saved.id()).orElseThrow().troika()).containsExactly("BGD", "CUB", "MUS");
    }

    @Test
    void lists_every_review_with_its_own_troika() {
        reviews.save(kazakhstan2010());
        reviews.save(kazakhstan2019(Optional.empty()));
        reviews.save(new Review(0, "SVN", 34, 3, Optional.empty(), List.of("MEX", "NGA", "SAU"), ReviewDocuments.none(), Optional.empty()));

        assertThat(reviews.all()).extracting(r -> r.stateIso3() + "-" + r.session() + " " + r.troika())
                .containsExactly("KAZ-7 [BGD, CUB, MUS]", "KAZ-34 []", "SVN-34 [MEX, NGA, SAU]");
    }

    @Test
    void finds_a_review_by_its_working_group_report() {
        Review saved = reviews.save(kazakhstan2019(Optional.empty()));

        assertThat(reviews.findByWorkingGroupReport("A/HRC/43/10")).map(Review::id).contains(saved.id());
        assertThat(reviews.findByWorkingGroupReport("A/HRC/43/10/Add.1")).isEmpty();
        assertThat(reviews.findByWorkingGroupReport("A/HRC/28/10")).isEmpty();
    }

    @Test
    void rejects_unknown_states_and_sessions_of_another_cycle() {
        assertThatThrownBy(() -> reviews.save(new Review(0, "XYZ", 34, 3, Optional.empty(), List.of(), ReviewDocuments.none(), Optional.empty())))
                .isInstanceOf(UnknownStateException.class).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> reviews.save(new Review(0, "KAZ", 34, 2, Optional.empty(), List.of(), ReviewDocuments.none(), Optional.empty())))
                .hasMessageContaining("Session 34 belongs to cycle 3");
    }
}
