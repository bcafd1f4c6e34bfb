package org.troika.recommendation;

import java.util.Set;

/** Published after recommendations were written, so derived views (the search index) can follow. */
public record RecommendationsChanged(Set<Long> savedIds, Set<Long> deletedIds) {

    public RecommendationsChanged {
        savedIds = Set.copyOf(savedIds);
        deletedIds = Set.copyOf(deletedIds);
    }
}
