package org.troika.recommendation.jdbc;

import java.util.List;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.recommendation.domain.Recommendation;

/**
 * Checks recommending States against the state table, as a foreign key did before they moved onto the
 * recommendation's row (migration V4). The table is reference data, written at start-up, so its codes are read
 * once, and again only when a code is missing from them.
 */
final class KnownStates {

    private final JdbcClient jdbc;
    private volatile Set<String> codes = Set.of();

    KnownStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void check(List<Recommendation> recommendations) {
        for (Recommendation r : recommendations) {
            for (String iso3 : r.recommendingStates()) {
                if (!codes.contains(iso3) && !reloaded().contains(iso3)) {
                    throw new DataIntegrityViolationException("Recommendation " + r.paragraph() + " of review " + r.review().key()
                            + ": unknown recommending State '" + iso3 + "' (not in the state table)");
                }
            }
        }
    }

    private Set<String> reloaded() {
        codes = Set.copyOf(jdbc.sql("SELECT TRIM(iso3) FROM state").query(String.class).list());
        return codes;
    }
}
