package org.troika.recommendation.domain;

/**
 * What Troika holds for a review. {@code rows} counts one per recommending State (as the UPR Info
 * database does); supported, noted and pending count rows too, so they compare with UPR Info figures.
 */
public record RecordedCounts(int paragraphs, int rows, int supported, int noted, int pending) {

    public static final RecordedCounts NONE = new RecordedCounts(0, 0, 0, 0, 0);
}
