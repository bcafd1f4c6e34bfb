package org.troika.search.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;

/**
 * The same records in PostgreSQL, searched with its own full-text search: a stored tsvector ('english'
 * configuration: stemming, stop words) with a GIN index, loaded with COPY. A search returns what Troika's does: the
 * top 20 by ts_rank with ts_headline snippets, the total, and the facet counts over all hits.
 */
final class PostgresFullText implements AutoCloseable {

    private static final String FACETS = String.join("\n", List.of(
            "UNION ALL (SELECT 'state', state, count(*) FROM hits GROUP BY 2 ORDER BY 3 DESC LIMIT 20)",
            "UNION ALL (SELECT 'group', state_group, count(*) FROM hits GROUP BY 2 ORDER BY 3 DESC LIMIT 20)",
            "UNION ALL (SELECT 'by', b, count(*) FROM hits, unnest(by_states) b GROUP BY 2 ORDER BY 3 DESC LIMIT 20)",
            "UNION ALL (SELECT 'bygroup', g, count(*) FROM hits, unnest(by_groups) g GROUP BY 2 ORDER BY 3 DESC LIMIT 20)",
            "UNION ALL (SELECT 'cycle', cycle::text, count(*) FROM hits GROUP BY 2)",
            "UNION ALL (SELECT 'session', session::text, count(*) FROM hits GROUP BY 2)",
            "UNION ALL (SELECT 'year', year::text, count(*) FROM hits GROUP BY 2)",
            "UNION ALL (SELECT 'response', response, count(*) FROM hits GROUP BY 2)",
            "UNION ALL (SELECT 'theme', t, count(*) FROM hits, unnest(themes) t GROUP BY 2 ORDER BY 3 DESC LIMIT 20)",
            "UNION ALL (SELECT 'sdg', s, count(*) FROM hits, unnest(sdgs) s GROUP BY 2 ORDER BY 3 DESC LIMIT 20)",
            "UNION ALL (SELECT 'action', action::text, count(*) FROM hits GROUP BY 2)",
            "UNION ALL (SELECT 'source', source, count(*) FROM hits GROUP BY 2)"));

    private final Connection connection;

    PostgresFullText(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
    }

    /** Creates the table, loads the records with COPY, then builds the indexes; returns seconds for load and for indexes. */
    double[] load(long count, LongFunction<IndexedRecommendation> records) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_recommendation");
            s.execute("""
                    CREATE TABLE bench_recommendation (id BIGINT PRIMARY KEY, text TEXT NOT NULL, state CHAR(3), state_group TEXT,
                      by_states TEXT[], by_groups TEXT[], cycle INT, session INT, year INT, response TEXT, themes TEXT[],
                      sdgs TEXT[], action INT, source TEXT)""");
        }
        long start = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        int chunk = 20_000;
        for (long from = 0; from < count; from += chunk) {
            StringBuilder rows = new StringBuilder(chunk * 400);
            for (long i = from; i < Math.min(count, from + chunk); i++) {
                row(rows, records.apply(i));
            }
            copy.copyIn("COPY bench_recommendation FROM STDIN", (Reader) new StringReader(rows.toString()));
        }
        double loaded = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE bench_recommendation ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED");
            s.execute("CREATE INDEX bench_recommendation_tsv ON bench_recommendation USING GIN (tsv)");
            s.execute("CREATE INDEX bench_recommendation_state ON bench_recommendation (state)");
            s.execute("CREATE INDEX bench_recommendation_by ON bench_recommendation USING GIN (by_states)");
            s.execute("VACUUM ANALYZE bench_recommendation");
        }
        return new double[]{loaded, (System.nanoTime() - start) / 1e9};
    }

    /** Runs one query as Troika's search would: page, total and facet counts. Returns the total. */
    long search(BenchQuery q) throws SQLException {
        String match = q.tsquery() == null ? "TRUE" : "tsv @@ " + q.tsquery();
        String where = match + (q.where().isEmpty() ? "" : " AND " + q.where());
        String rank = q.tsquery() == null ? "0" : "ts_rank(tsv, " + q.tsquery() + ")";
        String headline = q.tsquery() == null ? "left(text, 200)" : "ts_headline('english', text, " + q.tsquery() + ")";
        long total = -1;
        try (Statement s = connection.createStatement()) {
            try (ResultSet top = s.executeQuery("SELECT id, " + headline + " FROM (SELECT id, text, " + rank
                    + " AS r FROM bench_recommendation WHERE " + where + " ORDER BY r DESC, id LIMIT 20) t ORDER BY r DESC, id")) {
                while (top.next()) {
                    top.getString(2);
                }
            }
            try (ResultSet facets = s.executeQuery("WITH hits AS MATERIALIZED (SELECT state, state_group, by_states, by_groups, cycle, "
                    + "session, year, response, themes, sdgs, action, source FROM bench_recommendation WHERE " + where + ")\n"
                    + "SELECT 'total', NULL, count(*) FROM hits\n" + FACETS)) {
                while (facets.next()) {
                    if (facets.getString(1).equals("total")) {
                        total = facets.getLong(3);
                    }
                }
            }
        }
        return total;
    }

    private static void row(StringBuilder out, IndexedRecommendation r) {
        out.append(r.id()).append('\t');
        text(out, r.text()).append('\t');
        out.append(r.stateUnderReview()).append('\t');
        text(out, first(r.values(SearchField.GROUP))).append('\t');
        array(out, r.values(SearchField.BY)).append('\t');
        array(out, r.values(SearchField.BY_GROUP)).append('\t');
        out.append(r.cycle()).append('\t').append(r.session()).append('\t').append(r.year()).append('\t');
        out.append(r.response()).append('\t');
        array(out, r.values(SearchField.THEME)).append('\t');
        array(out, r.values(SearchField.SDG)).append('\t');
        out.append(r.values(SearchField.ACTION).isEmpty() ? "\\N" : r.values(SearchField.ACTION).get(0)).append('\t');
        out.append(first(r.values(SearchField.SOURCE))).append('\n');
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** COPY's text format: backslash, tab and line breaks escaped. */
    private static StringBuilder text(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** An array literal, each element quoted, inside COPY's text format. */
    private static StringBuilder array(StringBuilder out, List<String> values) {
        out.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String quoted = '"' + values.get(i).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            text(out, quoted);
        }
        return out.append('}');
    }

    String version() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1).toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
