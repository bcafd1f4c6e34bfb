package org.troika.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.troika.recommendation.RecommendationBuilder.aRecommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.recommendation.domain.FieldChange;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.SaveOutcome;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.shared.Page;
import org.troika.shared.PageRequest;
import org.troika.support.TestData;

/** How recommendations are stored, the same on every database Troika runs on. */
abstract class RecommendationStorageContract {

    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    ReviewRef kaz2010;

    @BeforeEach
    void kazakhstanFirstCycle() {
        TestData.clean(jdbc);
        Review review = reviews.save(new Review(0, "KAZ", 7, 1, Optional.of(LocalDate.of(2010, 2, 12)),
                List.of("BGD", "CUB", "MUS"), ReviewDocuments.standard(7, "KAZ", "A/HRC/14/10"), Optional.empty()));
        kaz2010 = new ReviewRef(review.id(), "KAZ", 7, 1, 2010);
    }

    @Test
    void saving_nothing_is_harmless() {
        assertThat(recommendations.save(List.of())).isEmpty();
    }

    @Test
    void stores_a_joint_recommendation_with_its_states_in_order() {
        recommendations.save(List.of(aRecommendation().in(kaz2010).paragraph("95.3").by("SVN", "KOR")
                .labelled(Taxonomy.UPR_INFO_ISSUE, "Disabilities").actionCategory(3).build()));

        var stored = recommendations.find(RecommendationFilter.all(), new PageRequest(0, 10)).items();

        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.paragraph()).isEqualTo("95.3");
            assertThat(r.recommendingStates()).containsExactly("SVN", "KOR");
            assertThat(r.labelValues(Taxonomy.UPR_INFO_ISSUE)).containsExactly("Disabilities");
            assertThat(r.actionCategory()).contains(3);
            assertThat(r.review().year()).isEqualTo(2010);
            assertThat(r.review().cycle()).isEqualTo(1);
        });
    }

    @Test
    void a_recommendation_of_a_review_not_stored_fails_the_save_and_stores_none_of_it() {
        List<Recommendation> some = withAnUnstoredReviewInTheSecondChunk();

        assertThatThrownBy(() -> recommendations.save(some)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(recommendations.count(RecommendationFilter.all())).isZero();
    }

    @Test
    void a_transaction_that_will_roll_back_learns_of_a_failed_save_when_it_flushes() {
        // A dry run: it rolls back whatever happens, so only flushing tells it whether its writes would have been stored.
        // Its second save is like an import's later chunks: the transaction's data version was raised by the first.
        List<Recommendation> some = withAnUnstoredReviewInTheSecondChunk();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            recommendations.save(List.of(aRecommendation().in(kaz2010).paragraph("95.0").by("FRA").build()));
            recommendations.save(some);
            status.flush();
            status.setRollbackOnly();
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(recommendations.count(RecommendationFilter.all())).isZero();
    }

    @Test
    void deleting_several_deletes_those_stored_and_names_them() {
        List<Long> ids = recommendations.save(List.of(
                        aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").build(),
                        aRecommendation().in(kaz2010).paragraph("95.2").by("FRA").build(),
                        aRecommendation().in(kaz2010).paragraph("95.3").by("FRA").build()))
                .stream().map(o -> ((SaveOutcome.Inserted) o).id()).toList();
        long notStored = ids.stream().mapToLong(Long::longValue).max().orElseThrow() + 1000;

        assertThat(recommendations.delete(List.of(ids.get(0), ids.get(2), notStored))).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(recommendations.find(RecommendationFilter.all(), new PageRequest(0, 10)).items())
                .extracting(Recommendation::id).containsExactly(ids.get(1));
    }

    /** 3,000 recommendations, one of a review not stored in the second chunk the store writes (it writes 2,000 at a time). */
    private List<Recommendation> withAnUnstoredReviewInTheSecondChunk() {
        ReviewRef missing = new ReviewRef(kaz2010.id() + 1000, "KAZ", 7, 1, 2010);
        return numbered(3000, i -> i == 2500 ? missing : kaz2010);
    }

    /** Recommendations 95.1 to 95.n, each worded apart, by France, to the review {@code reviewOf} gives for its number. */
    private static List<Recommendation> numbered(int n, IntFunction<ReviewRef> reviewOf) {
        List<Recommendation> numbered = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            numbered.add(aRecommendation().in(reviewOf.apply(i)).paragraph("95." + i).text("Recommendation number " + i).by("FRA").build());
        }
        return numbered;
    }

    @Test
    void saving_the_same_recommendation_again_changes_nothing() {
        var first = recommendations.save(List.of(aRecommendation().in(kaz2010).by("FRA").build()));
        var second = recommendations.save(List.of(aRecommendation().in(kaz2010).by("FRA").build()));

        assertThat(first).singleElement().isInstanceOf(SaveOutcome.Inserted.class);
        assertThat(second).singleElement().isInstanceOf(SaveOutcome.Unchanged.class);
        assertThat(recommendations.count(RecommendationFilter.all())).isEqualTo(1);
    }

    @Test
    void a_corrected_recommendation_is_updated_in_place_and_says_what_changed() {
        var inserted = recommendations.save(List.of(aRecommendation().in(kaz2010).by("FRA").supported().build()));
        var corrected = recommendations.save(List.of(aRecommendation().in(kaz2010).by("FRA", "DEU").noted().build()));

        assertThat(corrected).singleElement().isInstanceOfSatisfying(SaveOutcome.Updated.class, u -> {
            assertThat(u.id()).isEqualTo(((SaveOutcome.Inserted) inserted.get(0)).id());
            assertThat(u.changedFields()).containsExactly("recommending States", "response");
            assertThat(u.changes()).contains(new FieldChange("response", "Supported", "Noted"));
        });
        assertThat(recommendations.find(u(corrected)).orElseThrow().recommendingStates()).containsExactly("FRA", "DEU");
    }

    @Test
    void a_save_says_in_order_what_became_of_each_recommendation_and_stores_each_correction_with_its_hash() {
        recommendations.save(List.of(aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").supported().build(),
                aRecommendation().in(kaz2010).paragraph("95.2").by("FRA").supported().build(),
                aRecommendation().in(kaz2010).paragraph("95.3").by("FRA").supported().build()));
        List<Recommendation> corrections = List.of(aRecommendation().in(kaz2010).paragraph("95.2").by("FRA").noted().build(),
                aRecommendation().in(kaz2010).paragraph("95.3").by("DEU").supported().build());

        var outcomes = recommendations.save(List.of(corrections.get(0), aRecommendation().in(kaz2010).paragraph("95.4").by("FRA").build(),
                aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").supported().build(), corrections.get(1)));

        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName() + " " + o.paragraph())
                .containsExactly("Updated 95.2", "Unchanged 95.1", "Updated 95.3", "Inserted 95.4");
        assertThat(((SaveOutcome.Updated) outcomes.get(0)).changedFields()).containsExactly("response");
        assertThat(((SaveOutcome.Updated) outcomes.get(2)).changedFields()).containsExactly("recommending States");
        assertThat(recommendations.save(corrections)).allSatisfy(o -> assertThat(o).isInstanceOf(SaveOutcome.Unchanged.class));
    }

    @Test
    void a_caller_that_compared_gives_the_stored_versions_and_the_others_are_inserted() {
        var first = recommendations.save(List.of(aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").supported().build(),
                aRecommendation().in(kaz2010).paragraph("95.2").by("FRA").supported().build()));
        List<Recommendation> stored = recommendations.findAll(first.stream().map(o -> ((SaveOutcome.Inserted) o).id()).toList());

        var outcomes = recommendations.save(List.of(aRecommendation().in(kaz2010).paragraph("95.3").by("FRA").build(),
                aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").noted().build()), stored);

        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName() + " " + o.paragraph()).containsExactly("Updated 95.1", "Inserted 95.3");
        assertThat(((SaveOutcome.Updated) outcomes.get(0)).changes()).containsExactly(new FieldChange("response", "Supported", "Noted"));
        assertThat(recommendations.count(RecommendationFilter.all())).isEqualTo(3);
    }

    private static long u(List<SaveOutcome> outcomes) {
        return ((SaveOutcome.Updated) outcomes.get(0)).id();
    }

    @Test
    void filters_by_recommending_state_and_response_and_pages() {
        recommendations.save(List.of(
                aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").supported().build(),
                aRecommendation().in(kaz2010).paragraph("95.2").by("FRA", "DEU").noted().build(),
                aRecommendation().in(kaz2010).paragraph("95.3").by("DEU").noted().build()));

        var filter = new RecommendationFilter(Optional.of("KAZ"), Optional.of(1), Optional.of("DEU"), Optional.of(Response.NOTED), Optional.empty());
        Page<?> first = recommendations.find(filter, new PageRequest(0, 1));

        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items()).hasSize(1);
        assertThat(first.hasNext()).isTrue();
    }

    @Test
    void counts_one_row_per_recommending_state_as_upr_info_does() {
        recommendations.save(List.of(
                aRecommendation().in(kaz2010).paragraph("95.1").by("FRA").supported().build(),
                aRecommendation().in(kaz2010).paragraph("95.2").by("FRA", "DEU").noted().build(),
                aRecommendation().in(kaz2010).paragraph("95.3").by("DEU").pending().build()));

        assertThat(recommendations.countsForReview(kaz2010.id())).isEqualTo(new RecordedCounts(3, 4, 1, 2, 1));
    }

    @Test
    void exports_every_match_however_many() {
        recommendations.save(numbered(2500, i -> kaz2010));

        List<String> seen = new ArrayList<>();
        recommendations.forEach(RecommendationFilter.all(), r -> seen.add(r.paragraph()));

        assertThat(seen).hasSize(2500).doesNotHaveDuplicates();
    }
}
