package org.troika.review.domain;

/**
 * What an official source says a review produced, when Troika does not (yet) hold every recommendation.
 * Lets every view say "120 of 245 recorded" instead of pretending to be complete.
 */
public record OfficialTotals(int total, int supported, int noted, String source) {

    public OfficialTotals {
        if (total < 0 || supported < 0 || noted < 0) {
            throw new IllegalArgumentException("Official totals cannot be negative");
        }
        if (supported + noted > total) {
            throw new IllegalArgumentException("Supported (" + supported + ") and noted (" + noted + ") exceed the total " + total);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Official totals need the source that reports them");
        }
    }
}
