package org.troika.state.web;

import java.util.List;
import java.util.Optional;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.review.domain.OfficialTotals;
import org.troika.review.domain.Review;
import org.troika.web.DocumentLink;
import org.troika.web.StateRef;

/** A review with its figures, troika and documents. */
public record ReviewView(Review review, ReviewStatistics stats, List<StateRef> troika, List<DocumentLink> documents) {

    public Optional<String> officialSource() {
        return stats.official().map(OfficialTotals::source);
    }
}
