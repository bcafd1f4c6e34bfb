package org.troika.analytics.domain;

import org.troika.state.State;

/** A State with what Troika holds about it: a line of the home page and of {@code /api/states}. */
public record StateOverview(State state, StateTotals totals) {
}
