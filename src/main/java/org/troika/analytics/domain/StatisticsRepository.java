package org.troika.analytics.domain;

import java.util.Map;

/** Read-only counts across the whole store, in one pass rather than a query per review. */
public interface StatisticsRepository {

    /** Totals keyed by ISO3, for every State that has a review or made a recommendation. */
    Map<String, StateTotals> totalsByState();
}
