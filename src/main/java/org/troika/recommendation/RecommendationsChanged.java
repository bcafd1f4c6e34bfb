package org.troika.recommendation;

import java.util.Set;

/**
 * Published after recommendations were written, so derived views (the search index) can follow.
 *
 * @param dataVersion the data version this write raised the database to (see {@link RecommendationFacade#dataVersion()})
 */
public record RecommendationsChanged(Set<Long> savedIds, Set<Long> deletedIds, long dataVersion) {

    public RecommendationsChanged {
        savedIds = Set.copyOf(savedIds);
        deletedIds = Set.copyOf(deletedIds);
    }
}
