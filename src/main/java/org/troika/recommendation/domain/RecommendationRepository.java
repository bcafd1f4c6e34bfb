package org.troika.recommendation.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.troika.shared.Page;
import org.troika.shared.PageRequest;

/** Where recommendations are kept. Implementations must be transactional per call of the caller's choosing. */
public interface RecommendationRepository {

    /**
     * Stores the recommendations of one review, keyed by paragraph: new paragraphs are inserted,
     * changed ones updated in place, identical ones left alone.
     */
    List<SaveOutcome> saveAll(List<Recommendation> recommendations);

    Optional<Recommendation> find(long id);

    Page<Recommendation> find(RecommendationFilter filter, PageRequest page);

    /** Every match in a stable order, without loading them all at once (exports have no cap). */
    void forEach(RecommendationFilter filter, Consumer<Recommendation> consumer);

    long count(RecommendationFilter filter);

    RecordedCounts countsForReview(long reviewId);

    boolean delete(long id);

    /** Id, paragraph and content hash of every recommendation of a review, in one query. */
    java.util.List<Fingerprint> fingerprints(long reviewId);
}
