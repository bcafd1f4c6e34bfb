package org.troika.analytics.jdbc;

import java.sql.ResultSet;
import java.util.HashMap;
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
        // Rows count one per recommending State, and a recommendation without one as one row (as countsForReview does).
        jdbc.sql("""
                SELECT rv.state_iso3, COUNT(DISTINCT rv.id) AS reviews, COUNT(rec.id) AS paragraphs,
                       COALESCE(SUM(CASE WHEN rec.id IS NULL THEN 0 WHEN n.states IS NULL THEN 1 ELSE n.states END), 0) AS row_count
                FROM review rv
                LEFT JOIN recommendation rec ON rec.review_id = rv.id
                LEFT JOIN (SELECT recommendation_id, COUNT(*) AS states FROM recommendation_state GROUP BY recommendation_id) n
                  ON n.recommendation_id = rec.id
                GROUP BY rv.state_iso3""")
                .query((ResultSet rs) -> {
                    received.put(rs.getString(1).trim(), new int[]{rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        Map<String, Integer> made = new HashMap<>();
        jdbc.sql("SELECT state_iso3, COUNT(DISTINCT recommendation_id) FROM recommendation_state GROUP BY state_iso3")
                .query((ResultSet rs) -> {
                    made.put(rs.getString(1).trim(), rs.getInt(2));
                });
        Map<String, StateTotals> totals = new HashMap<>();
        received.forEach((iso3, r) -> totals.put(iso3, new StateTotals(r[0], r[1], r[2], made.getOrDefault(iso3, 0))));
        made.forEach((iso3, n) -> totals.putIfAbsent(iso3, new StateTotals(0, 0, 0, n)));
        return totals;
    }
}
