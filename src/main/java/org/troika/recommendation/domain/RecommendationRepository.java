package org.troika.recommendation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.troika.shared.Page;
import org.troika.shared.PageRequest;

/** Where recommendations are kept. Implementations must be transactional per call of the caller's choosing. */
public interface RecommendationRepository {

    /**
     * Stores the recommendations of one review, keyed by paragraph: new paragraphs are inserted,
     * changed ones updated in place, identical ones left alone.
     */
    List<SaveOutcome> saveAll(List<Recommendation> recommendations);

    /**
     * As {@link #saveAll(List)}, for a caller that has already compared the recommendations with what is stored, in
     * this transaction (an importer, which merges a file's row onto the stored recommendation): it gives the stored
     * version of each one that is stored, and the others are inserted without looking again. Were one stored after
     * all, the key's unique constraint refuses the insert.
     */
    List<SaveOutcome> saveAll(List<Recommendation> recommendations, Collection<Recommendation> storedVersions);

    Optional<Recommendation> find(long id);

    /** The stored ones among these ids, in id order; ids no longer stored are left out. */
    List<Recommendation> findAll(Collection<Long> ids);

    /**
     * Every stored recommendation's id with a version string that changes whenever anything about it changes,
     * its review's State, session and date included; in id order. Lets derived views (the search index) check
     * that they are up to date without loading every recommendation.
     */
    void forEachVersion(ObjLongConsumer<String> consumer);

    Page<Recommendation> find(RecommendationFilter filter, PageRequest page);

    /** Every match in a stable order, without loading them all at once (exports have no cap). */
    void forEach(RecommendationFilter filter, Consumer<Recommendation> consumer);

    long count(RecommendationFilter filter);

    RecordedCounts countsForReview(long reviewId);

    /** Deletes those of these recommendations that are stored; returns their ids. */
    Set<Long> delete(Collection<Long> ids);

    /** Raises the data version within the caller's transaction and returns the new value. */
    long raiseDataVersion();

    /** How many writes of recommendations have been committed, as a number that only grows. */
    long dataVersion();

    /** Id, paragraph and content hash of what is stored under these recommendations' review and paragraph. */
    Fingerprints fingerprints(Collection<Recommendation> recommendations);

    /**
     * Every stored key that has a dot, as a report's paragraph numbers do ("98.12") and databases' row ids do not, with
     * its review's id: one pass for all reviews.
     */
    void forEachNumberedParagraph(ObjLongConsumer<String> consumer);
}
