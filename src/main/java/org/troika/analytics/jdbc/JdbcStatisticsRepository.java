package org.troika.analytics.jdbc;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.analytics.domain.StateTotals;
import org.troika.analytics.domain.StatisticsRepository;

/** Two aggregate queries over the whole store, in SQL that H2 and PostgreSQL both run. */
public class JdbcStatisticsRepository implements StatisticsRepository {

    private final JdbcClient jdbc;

    public JdbcStatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, StateTotals> totalsByState() {
        Map<String, int[]> received = new HashMap<>();
        // Rows count one per recommending State, and a recommendation without one as one row (as countsForReview does); codes
        // are three letters joined by commas, so a list of n is 4n - 1 characters.
        jdbc.sql("""
                SELECT rv.state_iso3, COUNT(DISTINCT rv.id) AS reviews, COUNT(rec.id) AS paragraphs,
                       COALESCE(SUM(CASE WHEN rec.id IS NULL THEN 0 WHEN rec.recommending_states = '' THEN 1
                                         ELSE (CHAR_LENGTH(rec.recommending_states) + 1) / 4 END), 0) AS row_count
                FROM review rv
                LEFT JOIN recommendation rec ON rec.review_id = rv.id
                GROUP BY rv.state_iso3""")
                .query((ResultSet rs) -> {
                    received.put(rs.getString(1).trim(), new int[]{rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        // Recommending States are a list on each recommendation (ISO3 codes joined by commas, migration V4): counted here.
        Map<String, Integer> made = new HashMap<>();
        jdbc.sql("SELECT recommending_states FROM recommendation WHERE recommending_states <> ''")
                .query((ResultSet rs) -> {
                    for (String iso3 : new java.util.LinkedHashSet<>(List.of(rs.getString(1).split(",")))) {
                        made.merge(iso3, 1, Integer::sum);
                    }
                });
        Map<String, StateTotals> totals = new HashMap<>();
        received.forEach((iso3, r) -> totals.put(iso3, new StateTotals(r[0], r[1], r[2], made.getOrDefault(iso3, 0))));
        made.forEach((iso3, n) -> totals.putIfAbsent(iso3, new StateTotals(0, 0, 0, n)));
        return totals;
    }
}
