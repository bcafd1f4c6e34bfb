package org.troika.export;

import java.util.function.Consumer;
import org.troika.recommendation.domain.Recommendation;

/** Recommendations handed over one by one, so an export never holds the whole set in memory. */
@FunctionalInterface
public interface RecommendationSource {

    void forEach(Consumer<Recommendation> consumer);
}
