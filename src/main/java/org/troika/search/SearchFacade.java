package org.troika.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.search.domain.IndexComparison;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchIndex;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.WordedAlike;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.state.StateRegistry;

/**
 * Full-text and faceted search over all recommendations, for the web pages, the API and the CLI. The database is the
 * truth and the index is derived from it: it is opened when first needed, compared with the database record by
 * record before the first search (and rebuilt if it cannot be read), and kept in step by {@link SearchIndexUpdater}.
 */
public class SearchFacade implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchFacade.class);
    private static final int CHUNK = 500;
    /** Past this share of differing records, indexing everything afresh is quicker than updating one by one. */
    private static final double REBUILD_SHARE = 0.5;
    private static final long UNCHECKED = -1;
    /** How many of the most similar are read to find those worded alike: enough for both kinds after the floor. */
    private static final int ALIKE_READ = 60;

    private final Supplier<SearchIndex> opener;
    private final RecommendationFacade recommendations;
    private final StateRegistry states;
    private SearchIndex index;
    /** The data version the index is known to agree with; {@link #UNCHECKED} until it is compared with the database. */
    private long followedVersion = UNCHECKED;

    public SearchFacade(Supplier<SearchIndex> opener, RecommendationFacade recommendations, StateRegistry states) {
        this.opener = opener;
        this.recommendations = recommendations;
        this.states = states;
    }

    public SearchResult search(SearchRequest request) {
        return ready().search(request);
    }

    /**
     * Searches the index with its own words for about this long (see {@link SearchIndex#warmUp}), so that a server's
     * first users do not wait for the JVM to compile the search code; returns how many searches ran.
     */
    public long warmUp(Duration budget) {
        return ready().warmUp(budget);
    }

    /** Recommendations worded most like this one, best first. */
    public List<SearchHit> similar(long id, int limit) {
        return ready().similar(id, limit);
    }

    /**
     * Those worded most like this recommendation: to its State in its other reviews, and to other States, at most
     * {@code shown} of each (see {@link WordedAlike#of}).
     */
    public WordedAlike wordedAlike(Recommendation recommendation, int shown) {
        return WordedAlike.of(similar(recommendation.id(), ALIKE_READ), recommendation.review().stateIso3(),
                recommendation.review().session(), shown);
    }

    /** Every hit of the request, in its order and without a cap, read from the database in chunks. */
    public void forEachHit(SearchRequest request, Consumer<Recommendation> consumer) {
        List<Long> chunk = new ArrayList<>(CHUNK);
        ready().forEachHit(request, id -> {
            chunk.add(id);
            if (chunk.size() == CHUNK) {
                emit(chunk, consumer);
                chunk.clear();
            }
        });
        emit(chunk, consumer);
    }

    private void emit(List<Long> ids, Consumer<Recommendation> consumer) {
        Map<Long, Recommendation> byId = new HashMap<>();
        recommendations.findAll(ids).forEach(r -> byId.put(r.id(), r));
        for (long id : ids) {
            Recommendation r = byId.get(id);
            if (r != null) {
                consumer.accept(r);
            }
        }
    }

    /**
     * Brings these recommendations in the index up to date with the database: re-read, re-indexed or removed. Should
     * that fail, the next search first compares the whole index with the database again.
     */
    public synchronized void update(Collection<Long> saved, Collection<Long> deleted, long dataVersion) {
        try {
            SearchIndex open = open();
            if (!open.writable()) {
                // Another process (a server) writes this index; the data version this write raised tells it to catch up.
                return;
            }
            if (open.needsRebuild() && followedVersion == UNCHECKED) {
                // A fresh index lacks everything, not just these: the first search rebuilds it whole.
                return;
            }
            List<Recommendation> found = recommendations.findAll(saved);
            Set<Long> present = new HashSet<>();
            List<IndexedRecommendation> changed = new ArrayList<>(found.size());
            for (Recommendation r : found) {
                present.add(r.id());
                changed.add(IndexedRecommendation.of(r, states));
            }
            List<Long> gone = new ArrayList<>(deleted);
            saved.stream().filter(id -> !present.contains(id)).forEach(gone::add);
            open.update(changed, gone);
            // Only the very next version: after a gap (writes of another process) the next search compares first.
            if (dataVersion == followedVersion + 1) {
                followedVersion = dataVersion;
            }
        } catch (RuntimeException e) {
            followedVersion = UNCHECKED;
            throw e;
        }
    }

    /**
     * Compares the index with the database record by record and mends what differs: re-indexes the recommendations
     * it lacks or holds in an older version, removes those the database no longer has.
     */
    public synchronized IndexComparison.Difference synchronise() {
        SearchIndex open = open();
        IndexComparison.Difference difference = compare(open);
        if (difference.none()) {
            return difference;
        }
        if (difference.stale().size() > REBUILD_SHARE * Math.max(1, difference.databaseCount())) {
            rebuildOpen(open);
        } else {
            for (int from = 0; from < difference.stale().size(); from += CHUNK) {
                List<Long> ids = difference.stale().subList(from, Math.min(difference.stale().size(), from + CHUNK));
                open.update(recommendations.findAll(ids).stream().map(r -> IndexedRecommendation.of(r, states)).toList(), List.of());
            }
            open.update(List.of(), difference.orphans());
        }
        log.info("Search index brought up to date: {} recommendations re-indexed, {} removed",
                difference.stale().size(), difference.orphans().size());
        return difference;
    }

    /** Indexes every recommendation of the database afresh; returns how many. */
    public synchronized long rebuild() {
        long version = recommendations.dataVersion();
        long count = rebuildOpen(open());
        followedVersion = version;
        return count;
    }

    private long rebuildOpen(SearchIndex open) {
        long start = System.nanoTime();
        long count = open.rebuild(sink -> recommendations.forEach(RecommendationFilter.all(),
                r -> sink.accept(IndexedRecommendation.of(r, states))));
        log.info("Search index rebuilt: {} recommendations in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        return count;
    }

    /**
     * Opens the index and makes sure it agrees with the database: compared record by record before the first
     * search, and again whenever the data version shows writes the index did not follow.
     */
    public synchronized SearchIndex ready() {
        SearchIndex open = open();
        // Read before comparing: a write during the comparison raises it again and is caught by the next search.
        long version = recommendations.dataVersion();
        if (version == followedVersion) {
            return open;
        }
        if (!open.writable()) {
            requireAgreement(open);
        } else if (open.needsRebuild() && followedVersion == UNCHECKED) {
            rebuildOpen(open);
        } else {
            // First search, writes of another process (an import beside a running server), or a failed update here.
            synchronise();
        }
        followedVersion = version;
        return open;
    }

    /**
     * An index another process (a server) writes can be searched here only while it agrees with the database: this
     * process cannot mend it, and the server mends it before its own next search.
     */
    private void requireAgreement(SearchIndex open) {
        IndexComparison.Difference difference = compare(open);
        if (!difference.none()) {
            throw new IllegalStateException("The search index is kept by another Troika process (a server?) and does not hold the "
                    + "latest changes yet (" + (difference.stale().size() + difference.orphans().size()) + " recommendations "
                    + "differ): search through that server, which brings its index up to date first, or stop it and search again");
        }
    }

    private IndexComparison.Difference compare(SearchIndex open) {
        IndexComparison comparison = new IndexComparison(open.versions());
        recommendations.forEachVersion(comparison::accept);
        return comparison.difference();
    }

    private synchronized SearchIndex open() {
        if (index == null) {
            index = opener.get();
        }
        return index;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
        // Whatever happens to the folder while closed, the next opening checks it again.
        followedVersion = UNCHECKED;
    }
}
