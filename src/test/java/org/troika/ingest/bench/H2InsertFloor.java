package org.troika.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;

/**
 * How fast H2 itself takes a first import's rows, with no Troika code in the way: the benchmark's number of
 * recommendations (real texts from the UPR Info export) inserted into the real schema (Flyway's migrations) of a
 * fresh H2 file database, in one transaction, with the statement the repository uses (INSERT ... SELECT FROM UNNEST
 * of column arrays, 2,000 rows a statement), then committed. It is the floor under {@link ImportBenchmark}'s H2
 * figure: what no change to the importer can go below.
 * <pre>scripts/bench-run.sh org.troika.ingest.bench.H2InsertFloor [--rows N] [--export CSV] [--without-review-key]</pre>
 * {@code --without-review-key} drops the foreign key to the review (and with it H2's index for it) first, to show
 * what that integrity costs; Troika keeps it.
 */
public final class H2InsertFloor {

    private static final int REVIEWS = 400;
    private static final int CHUNK = 2_000;

    private H2InsertFloor() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 194_523;
        Path export = Path.of("../shared/data/upr_recommendations.csv");
        boolean withoutReviewKey = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--export" -> export = Path.of(args[++i]);
                case "--without-review-key" -> withoutReviewKey = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --rows N, --export CSV, --without-review-key");
            }
        }
        List<String> texts = GeneratedUprInfoExport.realRows(export).stream().map(r -> r.get("recommendation")).toList();
        Path folder = Files.createTempDirectory("troika-h2-floor");
        String url = "jdbc:h2:file:" + folder.resolve("troika").toAbsolutePath();
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            try (Connection con = DriverManager.getConnection(url, "sa", "")) {
                long[] reviews = reviews(con);
                if (withoutReviewKey) {
                    dropReviewKey(con);
                }
                con.setAutoCommit(false);
                long start = System.nanoTime();
                insert(con, reviews, texts, rows);
                long inserted = System.nanoTime();
                con.commit();
                long committed = System.nanoTime();
                double seconds = (committed - start) / 1e9;
                System.out.printf(Locale.ROOT, "H2 %s, %,d rows%s: insert %.2f s, commit %.2f s, total %.2f s = %,.0f rows/s (%.2f of 50,000)%n",
                        org.h2.engine.Constants.FULL_VERSION, rows, withoutReviewKey ? ", without the foreign key to the review" : "",
                        (inserted - start) / 1e9, (committed - inserted) / 1e9, seconds, rows / seconds, rows / seconds / 50_000);
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /** Twenty made-up States, each reviewed in twenty sessions: the benchmark file's 400 reviews. */
    private static long[] reviews(Connection con) throws Exception {
        try (Statement s = con.createStatement()) {
            for (int i = 0; i < 20; i++) {
                String code = "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
                s.execute("INSERT INTO state (iso3, iso2, m49, name, formal_name, un_member) VALUES ('" + code + "', '"
                        + code.substring(1) + "', '9" + String.format(Locale.ROOT, "%02d", i) + "', 'State " + code + "', 'State " + code + "', TRUE)");
                s.execute("INSERT INTO upr_session (session_number, cycle) VALUES (" + (i + 1) + ", " + (i / 5 + 1) + ")");
            }
            long[] ids = new long[REVIEWS];
            for (int i = 0; i < REVIEWS; i++) {
                s.execute("INSERT INTO review (state_iso3, session_number) VALUES ('Q" + (char) ('A' + i / 20 / 26) + (char) ('A' + i / 20 % 26)
                        + "', " + (i % 20 + 1) + ")", Statement.RETURN_GENERATED_KEYS);
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
            return ids;
        }
    }

    private static void dropReviewKey(Connection con) throws Exception {
        try (Statement s = con.createStatement();
             var rs = s.executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                     + " WHERE TABLE_NAME = 'RECOMMENDATION' AND CONSTRAINT_TYPE = 'FOREIGN KEY'")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            for (String key : keys) {
                con.createStatement().execute("ALTER TABLE recommendation DROP CONSTRAINT \"" + key + "\"");
            }
            con.createStatement().execute("DROP INDEX IF EXISTS recommendation_review");
        }
    }

    /** The rows in chunks, each one statement as JdbcRecommendationRepository sends it on H2. */
    private static void insert(Connection con, long[] reviews, List<String> texts, int rows) throws Exception {
        try (PreparedStatement ps = con.prepareStatement("""
                INSERT INTO recommendation (review_id, paragraph, text, response, response_source, source_symbol,
                  action_category, content_hash, recommending_states, labels)
                SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
                  CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS INTEGER ARRAY),
                  CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY))""")) {
            int perReview = (rows + REVIEWS - 1) / REVIEWS;
            for (int from = 0; from < rows; from += CHUNK) {
                int n = Math.min(CHUNK, rows - from);
                Object[][] columns = new Object[10][n];
                for (int j = 0; j < n; j++) {
                    int row = from + j;
                    columns[0][j] = reviews[row / perReview];
                    columns[1][j] = "UPRINFO-" + row;
                    columns[2][j] = texts.get(row % texts.size());
                    columns[3][j] = "SUPPORTED";
                    columns[4][j] = "UPR Info export";
                    columns[5][j] = null;
                    columns[6][j] = 1 + row % 5;
                    columns[7][j] = String.format(Locale.ROOT, "%064x", (long) row * 2_654_435_761L);
                    columns[8][j] = "FRA";
                    columns[9][j] = "UPR_INFO_ISSUE:Torture and other CID treatment";
                }
                String[] types = {"BIGINT", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR"};
                for (int c = 0; c < 10; c++) {
                    ps.setArray(c + 1, con.createArrayOf(types[c], columns[c]));
                }
                ps.executeUpdate();
            }
        }
    }
}
