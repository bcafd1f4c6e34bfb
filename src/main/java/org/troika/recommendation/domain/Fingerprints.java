package org.troika.recommendation.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Fingerprints of stored recommendations, found by review and paragraph: what an incoming recommendation is compared with. */
public final class Fingerprints {

    private static final Fingerprints NONE = new Fingerprints(Map.of());

    private final Map<Long, Map<String, Fingerprint>> byReview;

    private Fingerprints(Map<Long, Map<String, Fingerprint>> byReview) {
        this.byReview = byReview;
    }

    public static Fingerprints of(Collection<Fingerprint> fingerprints) {
        if (fingerprints.isEmpty()) {
            return NONE;
        }
        Map<Long, Map<String, Fingerprint>> byReview = new HashMap<>();
        for (Fingerprint f : fingerprints) {
            byReview.computeIfAbsent(f.reviewId(), k -> new HashMap<>()).put(f.paragraph(), f);
        }
        return new Fingerprints(byReview);
    }

    /** What is stored under this recommendation's review and paragraph; null when nothing is. */
    public Fingerprint held(Recommendation recommendation) {
        if (byReview.isEmpty()) {
            // A first import's reviews hold nothing: no id boxed per recommendation for it.
            return null;
        }
        Map<String, Fingerprint> review = byReview.get(recommendation.review().id());
        return review == null ? null : review.get(recommendation.paragraph());
    }
}
