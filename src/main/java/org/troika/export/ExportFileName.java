package org.troika.export;

import java.util.Locale;
import org.troika.recommendation.domain.RecommendationFilter;

/** A file name that says what an export holds: troika-recommendations-KAZ-cycle2-by-FRA-noted.csv. */
public final class ExportFileName {

    private ExportFileName() {
    }

    public static String of(RecommendationFilter filter, ExportFormat format) {
        StringBuilder name = new StringBuilder("troika-recommendations");
        filter.stateUnderReview().ifPresent(s -> name.append('-').append(s));
        filter.cycle().ifPresent(c -> name.append("-cycle").append(c));
        filter.recommendingState().ifPresent(s -> name.append("-by-").append(s));
        filter.response().ifPresent(r -> name.append('-').append(r.name().toLowerCase(Locale.ROOT)));
        filter.reviewId().ifPresent(id -> name.append("-review").append(id));
        return name.append('.').append(format.extension()).toString();
    }
}
