package org.troika.recommendation.domain;

import java.util.Optional;

/** Which recommendations to list; every part is optional and the parts combine with AND. */
public record RecommendationFilter(Optional<String> stateUnderReview, Optional<Integer> cycle,
                                   Optional<String> recommendingState, Optional<Response> response,
                                   Optional<Long> reviewId) {

    public static RecommendationFilter all() {
        return new RecommendationFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static RecommendationFilter ofReview(long reviewId) {
        return all().withReview(reviewId);
    }

    public RecommendationFilter withReview(long id) {
        return new RecommendationFilter(stateUnderReview, cycle, recommendingState, response, Optional.of(id));
    }
}
