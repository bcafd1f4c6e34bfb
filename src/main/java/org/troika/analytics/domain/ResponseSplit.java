package org.troika.analytics.domain;

/** Supported and noted counts of one review, and where they come from, so a chart can label them. */
public record ResponseSplit(int supported, int noted, Basis basis) {

    public enum Basis {
        /** Counted from the recommendations Troika holds, one per recommending State. */
        RECORDED,
        /** Reported by an official source, because Troika holds only part of the review. */
        OFFICIAL
    }
}
