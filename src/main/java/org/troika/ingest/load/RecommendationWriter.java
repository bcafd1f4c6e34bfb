package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troika.ingest.domain.Rejection;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.SaveOutcome;

/**
 * Stores the recommendations of one file in chunks, through the recommendation facade. What a review
 * already holds is read once per review, so that unchanged recommendations are counted without being sent
 * again and corrections can name each field's old and new value. A paragraph given twice in one file is
 * rejected the second time.
 */
public final class RecommendationWriter {

    private static final int CHUNK = 2_000;
    private static final int CACHED_REVIEWS = 16;

    private final RecommendationFacade recommendations;
    private final FileTally tally;
    private final List<Recommendation> pending = new ArrayList<>(CHUNK);
    private final Map<Long, Set<String>> seen = new HashMap<>();
    private final Map<Long, Map<String, Recommendation>> stored = new LinkedHashMap<>(CACHED_REVIEWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Recommendation>> eldest) {
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

    public void add(Recommendation incoming, String where, Merge merge) {
        long review = incoming.review().id();
        Recommendation stored = seen.computeIfAbsent(review, k -> new HashSet<>()).contains(incoming.paragraph())
                ? null : storedOf(review).get(incoming.paragraph());
        put(stored == null ? incoming : merge.onto(stored, incoming), where);
    }

    private void put(Recommendation recommendation, String where) {
        long review = recommendation.review().id();
        if (!seen.computeIfAbsent(review, k -> new HashSet<>()).add(recommendation.paragraph())) {
            tally.reject(Rejection.at(where, "paragraph " + recommendation.paragraph() + " of review " + recommendation.review().key()
                    + " is given a second time in this file"));
            return;
        }
        Recommendation before = storedOf(review).get(recommendation.paragraph());
        if (before != null && before.contentHash().equals(recommendation.contentHash())) {
            tally.unchanged(1);
            return;
        }
        if (before != null) {
            tally.corrected(Corrections.between(before, recommendation));
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
        for (SaveOutcome outcome : recommendations.save(List.copyOf(pending))) {
            switch (outcome) {
                case SaveOutcome.Inserted i -> tally.inserted(1);
                case SaveOutcome.Updated u -> tally.updated(1);
                case SaveOutcome.Unchanged u -> tally.unchanged(1);
            }
        }
        pending.clear();
    }

    private Map<String, Recommendation> storedOf(long review) {
        Map<String, Recommendation> map = stored.get(review);
        if (map == null) {
            Map<String, Recommendation> loaded = new HashMap<>();
            recommendations.forEach(RecommendationFilter.ofReview(review), r -> loaded.put(r.paragraph(), r));
            stored.put(review, loaded);
            map = loaded;
        }
        return map;
    }
}
