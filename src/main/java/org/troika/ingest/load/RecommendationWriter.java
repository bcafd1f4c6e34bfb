package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troika.ingest.domain.Correction;
import org.troika.ingest.domain.Rejection;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Fingerprint;
import org.troika.recommendation.domain.SaveOutcome;

/**
 * Stores the recommendations of one file in chunks, through the recommendation facade. What a review
 * already holds is read once per review, so that unchanged recommendations are counted without being sent
 * again; a correction's stored version is loaded once, merged with the file's row and handed to the store, whose
 * outcome names each field's old and new value. A paragraph given twice in one file is rejected the second time.
 */
public final class RecommendationWriter {

    private static final int CHUNK = 2_000;
    private static final int CACHED_REVIEWS = 16;

    private final RecommendationFacade recommendations;
    private final FileTally tally;
    private final List<Recommendation> pending = new ArrayList<>(CHUNK);
    /** The stored versions of the pending corrections, loaded once: to merge onto, and for the store to compare with. */
    private final Map<Long, Recommendation> corrected = new HashMap<>();
    private final Map<Long, Set<String>> seen = new HashMap<>();
    private final Map<Long, Map<String, Fingerprint>> stored = new LinkedHashMap<>(CACHED_REVIEWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Fingerprint>> eldest) {
            return size() > CACHED_REVIEWS;
        }
    };

    public RecommendationWriter(RecommendationFacade recommendations, FileTally tally) {
        this.recommendations = recommendations;
        this.tally = tally;
    }

    public void add(Recommendation recommendation, String where) {
        add(recommendation, where, Merge.REPLACE);
    }


    /** A recommendation stored before is merged with the incoming one; only then is it compared. */
    public void add(Recommendation incoming, String where, Merge merge) {
        long review = incoming.review().id();
        if (!seen.computeIfAbsent(review, k -> new HashSet<>()).add(incoming.paragraph())) {
            tally.reject(Rejection.at(where, "paragraph " + incoming.paragraph() + " of review " + incoming.review().key()
                    + " is given a second time in this file"));
            return;
        }
        Fingerprint stored = storedOf(review).get(incoming.paragraph());
        Recommendation recommendation = incoming;
        if (stored != null) {
            if (stored.contentHash().equals(incoming.contentHash())) {
                tally.unchanged(1);
                return;
            }
            Recommendation before = recommendations.find(stored.id()).orElseThrow();
            recommendation = merge.onto(before, incoming);
            if (before.contentHash().equals(recommendation.contentHash())) {
                tally.unchanged(1);
                return;
            }
            corrected.put(before.id(), before);
        }
        pending.add(recommendation);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        for (SaveOutcome outcome : recommendations.save(List.copyOf(pending), corrected.values())) {
            switch (outcome) {
                case SaveOutcome.Inserted i -> tally.inserted(1);
                case SaveOutcome.Updated u -> {
                    tally.updated(1);
                    String review = corrected.get(u.id()).review().key();
                    tally.corrected(u.changes().stream().map(c -> Correction.of(review, u.paragraph(), c)).toList());
                }
                case SaveOutcome.Unchanged u -> tally.unchanged(1);
            }
        }
        pending.clear();
        corrected.clear();
    }

    private Map<String, Fingerprint> storedOf(long review) {
        Map<String, Fingerprint> map = stored.get(review);
        if (map == null) {
            map = new HashMap<>();
            for (Fingerprint f : recommendations.fingerprints(review)) {
                map.put(f.paragraph(), f);
            }
            stored.put(review, map);
        }
        return map;
    }
}
