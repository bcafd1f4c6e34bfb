package org.troika.analytics.domain;

import java.util.Optional;
import org.troika.review.domain.OfficialTotals;

/**
 * How much of a review Troika holds, said the same way everywhere: recommendations (paragraphs)
 * recorded against the official total when one is known. Never claims completeness it cannot show.
 */
public sealed interface Completeness {

    /** The words every view uses, e.g. "120 of 245 recorded". */
    String wording();

    /** True only when an official total confirms that every recommendation is recorded. */
    default boolean confirmedComplete() {
        return this instanceof Complete;
    }

    static Completeness of(int paragraphs, Optional<OfficialTotals> official) {
        if (official.isEmpty()) {
            return new Unverified(paragraphs);
        }
        int total = official.get().total();
        if (paragraphs == total) {
            return new Complete(total);
        }
        return paragraphs < total ? new Partial(paragraphs, total) : new MoreThanOfficial(paragraphs, total);
    }

    /** Fewer recorded than the official total: "120 of 245 recorded". */
    record Partial(int recorded, int officialTotal) implements Completeness {
        @Override
        public String wording() {
            return recorded + " of " + officialTotal + " recorded";
        }
    }

    /** As many recorded as the official total: "all 245 recorded". */
    record Complete(int officialTotal) implements Completeness {
        @Override
        public String wording() {
            return "all " + officialTotal + " recorded";
        }
    }

    /** More recorded than the official total, which then likely counts on another basis; say both numbers. */
    record MoreThanOfficial(int recorded, int officialTotal) implements Completeness {
        @Override
        public String wording() {
            return recorded + " recorded; official total " + officialTotal;
        }
    }

    /** No official total to compare with: say what is held, and that it is unchecked. */
    record Unverified(int recorded) implements Completeness {
        @Override
        public String wording() {
            return recorded == 0 ? "none recorded; no official total known"
                    : recorded + " recorded; no official total known";
        }
    }
}
