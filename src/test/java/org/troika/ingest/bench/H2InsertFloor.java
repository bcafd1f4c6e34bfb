package org.troika.ingest.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;
import org.troika.support.SharedData;

/**
 * How fast H2 itself takes a first import's rows, with no Troika code in the way: the benchmark's number of
 * recommendations (real texts from the UPR Info export) inserted into the real schema (Flyway's migrations) of a
 * fresh H2 file database opened as the application opens it, in one transaction, with the statement the repository
 * sends on H2 (INSERT ... SELECT FROM UNNEST of column arrays, 2,000 rows a statement, the new ids read back), then
 * committed. It is the floor under {@link ImportBenchmark}'s H2 figure: what no change to the importer can go below.
 * <pre>scripts/bench-run.sh org.troika.ingest.bench.H2InsertFloor [--rows N] [--without-review-key]</pre>
 * {@code --without-review-key} drops the foreign key to the review (and with it H2's index for it) first, to show
 * what that integrity costs; Troika keeps it.
 */
public final class H2InsertFloor {

    /** The recommendations ImportBenchmark's 200,000-row file holds (UPR Info gives joint recommendations a row per State). */
    private static final int BENCHMARK_RECOMMENDATIONS = 194_523;
    private static final int STATES = 20;
    private static final int SESSIONS = 20;
    /** As JdbcRecommendationRepository's INSERT_CHUNK. */
    private static final int CHUNK = 2_000;
    private static final String[] TYPES = {"BIGINT", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER", "VARCHAR",
            "VARCHAR", "VARCHAR"};

    private H2InsertFloor() {
    }

    public static void main(String[] args) throws Exception {
        int rows = BENCHMARK_RECOMMENDATIONS;
        boolean withoutReviewKey = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--without-review-key" -> withoutReviewKey = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --rows N, --without-review-key");
            }
        }
        List<String> texts = GeneratedUprInfoExport.realRows(SharedData.data("upr_recommendations.csv")).stream()
                .map(r -> r.get("recommendation")).toList();
        Path folder = Files.createTempDirectory("troika-h2-floor");
        String url = applicationUrl(folder);
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
                System.out.printf(Locale.ROOT, "H2 %s, %,d rows%s: insert %.2f s, commit %.2f s, total %.2f s = %,.0f rows/s (%.2f of %,.0f)%n",
                        org.h2.engine.Constants.FULL_VERSION, rows, withoutReviewKey ? ", without the foreign key to the review" : "",
                        (inserted - start) / 1e9, (committed - inserted) / 1e9, seconds, rows / seconds, rows / seconds / ImportBenchmark.GOAL,
                        ImportBenchmark.GOAL);
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    /** The application's own H2 URL (application.properties), its data folder made {@code folder}. */
    private static String applicationUrl(Path folder) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = H2InsertFloor.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties.getProperty("spring.datasource.url").replace("${troika.data-dir}", folder.toAbsolutePath().toString());
    }

    /** Made-up States, each reviewed in as many sessions: the benchmark file's 400 reviews. */
    private static long[] reviews(Connection con) throws Exception {
        try (Statement s = con.createStatement()) {
            for (int i = 0; i < STATES; i++) {
                s.execute("INSERT INTO state (iso3, iso2, m49, name, formal_name, un_member) VALUES ('" + stateCode(i) + "', '"
                        + stateCode(i).substring(1) + "', '9" + String.format(Locale.ROOT, "%02d", i) + "', 'State " + i + "', 'State " + i + "', TRUE)");
            }
            for (int session = 1; session <= SESSIONS; session++) {
                s.execute("INSERT INTO upr_session (session_number, cycle) VALUES (" + session + ", " + ((session - 1) / 5 + 1) + ")");
            }
            long[] ids = new long[STATES * SESSIONS];
            for (int i = 0; i < ids.length; i++) {
                s.execute("INSERT INTO review (state_iso3, session_number) VALUES ('" + stateCode(i / SESSIONS) + "', " + (i % SESSIONS + 1) + ")",
                        Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
            return ids;
        }
    }

    private static String stateCode(int i) {
        return "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }

    private static void dropReviewKey(Connection con) throws Exception {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = con.getMetaData().getImportedKeys(null, null, "recommendation")) {
            while (rs.next()) {
                keys.add(rs.getString("FK_NAME"));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("recommendation has no foreign key to drop: is this the application's schema?");
        }
        try (Statement s = con.createStatement()) {
            for (String key : keys) {
                s.execute("ALTER TABLE recommendation DROP CONSTRAINT \"" + key + "\"");
            }
            s.execute("DROP INDEX IF EXISTS recommendation_review");
        }
    }

    /** The rows in chunks, each one statement as JdbcRecommendationRepository sends it on H2, the new ids read back. */
    private static void insert(Connection con, long[] reviews, List<String> texts, int rows) throws Exception {
        try (PreparedStatement ps = con.prepareStatement("""
                SELECT id, review_id, paragraph FROM NEW TABLE (
                  INSERT INTO recommendation (review_id, paragraph, text, response, response_source, source_symbol,
                    action_category, content_hash, recommending_states, labels)
                  SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
                    CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS INTEGER ARRAY),
                    CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY)))""")) {
            int perReview = (rows + reviews.length - 1) / reviews.length;
            for (int from = 0; from < rows; from += CHUNK) {
                int n = Math.min(CHUNK, rows - from);
                Object[][] columns = new Object[TYPES.length][n];
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
                for (int c = 0; c < TYPES.length; c++) {
                    ps.setArray(c + 1, con.createArrayOf(TYPES[c], columns[c]));
                }
                try (ResultSet ids = ps.executeQuery()) {
                    while (ids.next()) {
                        ids.getLong(1);
                    }
                }
            }
        }
    }
}
