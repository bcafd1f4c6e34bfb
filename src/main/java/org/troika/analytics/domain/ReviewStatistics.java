package org.troika.analytics.domain;

import java.util.Objects;
import java.util.Optional;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.review.domain.OfficialTotals;

/**
 * One review of a State in numbers: what an official source says it produced (when known) beside what
 * Troika holds. The components are exactly the fields of the {@code stats} JSON (CLI and API).
 *
 * @param official the official totals, empty when no source gives them
 * @param recorded paragraphs held, and rows (one per recommending State) by response
 */
public record ReviewStatistics(int cycle, int year, int session, Optional<OfficialTotals> official, RecordedCounts recorded) {

    public ReviewStatistics {
        Objects.requireNonNull(official, "official");
        Objects.requireNonNull(recorded, "recorded");
    }

    public Completeness completeness() {
        return Completeness.of(recorded.paragraphs(), official);
    }

    /**
     * Supported and noted for a chart: the recorded rows when the record is not known to be short,
     * else the official figures, which then describe the review better than a partial record.
     */
    public ResponseSplit responseSplit() {
        boolean partial = official.isPresent() && recorded.paragraphs() < official.get().total();
        return partial
                ? new ResponseSplit(official.get().supported(), official.get().noted(), ResponseSplit.Basis.OFFICIAL)
                : new ResponseSplit(recorded.supported(), recorded.noted(), ResponseSplit.Basis.RECORDED);
    }
}
