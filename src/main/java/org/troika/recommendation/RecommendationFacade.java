package org.troika.recommendation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.troika.recommendation.domain.Fingerprints;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.RecommendationRepository;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.recommendation.domain.SaveOutcome;
import org.troika.shared.Page;
import org.troika.shared.PageRequest;

/** The one way in to recommendations for the web pages, the API, the CLI and the importers. */
@Service
public class RecommendationFacade {

    private final RecommendationRepository repository;
    private final ApplicationEventPublisher events;

    public RecommendationFacade(RecommendationRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** Stores recommendations (insert, correct in place, or leave alone) and tells listeners what changed. */
    @Transactional
    public List<SaveOutcome> save(List<Recommendation> recommendations) {
        return changed(repository.saveAll(recommendations));
    }

    /**
     * As {@link #save(List)}, for a caller that has compared the recommendations with what is stored in this
     * transaction: the stored version of each one that is stored (an importer merges a file's row onto it first);
     * the others are inserted without looking again (see RecommendationRepository).
     */
    @Transactional
    public List<SaveOutcome> save(List<Recommendation> recommendations, Collection<Recommendation> storedVersions) {
        return changed(repository.saveAll(recommendations, storedVersions));
    }

    /** Tells listeners (the search index) what was inserted or updated. */
    private List<SaveOutcome> changed(List<SaveOutcome> outcomes) {
        Set<Long> changed = new HashSet<>();
        for (SaveOutcome o : outcomes) {
            switch (o) {
                case SaveOutcome.Inserted i -> changed.add(i.id());
                case SaveOutcome.Updated u -> changed.add(u.id());
                case SaveOutcome.Unchanged ignored -> { }
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new RecommendationsChanged(changed, Set.of(), raisedDataVersion()));
        }
        return outcomes;
    }

    /**
     * The data version raised once per transaction: what a reader of the version must learn is that the transaction
     * wrote, not how many calls it made. An import saves a hundred chunks in one transaction, and a statement after
     * each would wait for the chunk the database is still storing (PostgreSQL's COPY ends while the next one is
     * prepared).
     */
    private long raisedDataVersion() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return repository.raiseDataVersion();
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof RaisedDataVersion raised) {
                return raised.version();
            }
        }
        long version = repository.raiseDataVersion();
        TransactionSynchronizationManager.registerSynchronization(new RaisedDataVersion(version));
        return version;
    }

    /** Kept with the transaction's synchronizations, so that it ends with the transaction. */
    private record RaisedDataVersion(long version) implements TransactionSynchronization {
    }

    @Transactional
    public boolean delete(long id) {
        return !delete(List.of(id)).isEmpty();
    }

    /** Deletes those of these recommendations that are stored, with one change event for them all; returns their ids. */
    @Transactional
    public Set<Long> delete(Collection<Long> ids) {
        Set<Long> deleted = repository.delete(ids);
        if (!deleted.isEmpty()) {
            events.publishEvent(new RecommendationsChanged(Set.of(), deleted, raisedDataVersion()));
        }
        return deleted;
    }

    /**
     * A number every committed write of recommendations raises, whichever process made it: a derived view that
     * remembers the version it last followed knows, with this one read, whether it missed writes.
     */
    @Transactional(readOnly = true)
    public long dataVersion() {
        return repository.dataVersion();
    }

    @Transactional(readOnly = true)
    public Optional<Recommendation> find(long id) {
        return repository.find(id);
    }

    /** The stored ones among these ids, in id order; ids no longer stored are left out. */
    @Transactional(readOnly = true)
    public List<Recommendation> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** Every stored id with a version that changes whenever the recommendation or its review changes, in id order. */
    @Transactional(readOnly = true)
    public void forEachVersion(ObjLongConsumer<String> consumer) {
        repository.forEachVersion(consumer);
    }

    @Transactional(readOnly = true)
    public Page<Recommendation> find(RecommendationFilter filter, PageRequest page) {
        return repository.find(filter, page);
    }

    @Transactional(readOnly = true)
    public void forEach(RecommendationFilter filter, Consumer<Recommendation> consumer) {
        repository.forEach(filter, consumer);
    }

    @Transactional(readOnly = true)
    public long count(RecommendationFilter filter) {
        return repository.count(filter);
    }

    /** What is stored under these recommendations' review and paragraph, for importers to compare a file with. */
    @Transactional(readOnly = true)
    public Fingerprints fingerprints(Collection<Recommendation> recommendations) {
        return repository.fingerprints(recommendations);
    }

    /** Every stored key with a dot, as a report's paragraph numbers have ("98.12"), and its review's id; no texts. */
    @Transactional(readOnly = true)
    public void forEachNumberedParagraph(ObjLongConsumer<String> consumer) {
        repository.forEachNumberedParagraph(consumer);
    }

    @Transactional(readOnly = true)
    public RecordedCounts countsForReview(long reviewId) {
        return repository.countsForReview(reviewId);
    }
}
