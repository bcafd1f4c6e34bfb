package org.troika.analytics.domain;

/**
 * What Troika holds about one State, both ways round.
 *
 * @param reviews    reviews of the State stored
 * @param paragraphs recommendations made to it (one per report paragraph)
 * @param rows       the same counted once per recommending State, as UPR Info does
 * @param made       recommendations it made to other States
 */
public record StateTotals(int reviews, int paragraphs, int rows, int made) {

    public static final StateTotals NONE = new StateTotals(0, 0, 0, 0);

    public boolean hasData() {
        return reviews > 0 || made > 0;
    }
}
