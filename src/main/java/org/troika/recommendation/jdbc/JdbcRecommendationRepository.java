package org.troika.recommendation.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.recommendation.domain.Fingerprint;
import org.troika.recommendation.domain.Fingerprints;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.RecommendationRepository;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.SaveOutcome;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.shared.Page;
import org.troika.shared.PageRequest;
import org.troika.shared.jdbc.DataVersionTable;

/** Recommendations in SQL that H2 and PostgreSQL both run; writes go in JDBC batches, since imports are large. */
public class JdbcRecommendationRepository implements RecommendationRepository {

    private static final int CHUNK = 1000;
    private static final int INSERT_CHUNK = 2000;
    /** Ids per DELETE ... IN (...): well under what either database takes in one list. */
    private static final int DELETE_CHUNK = 1000;
    /**
     * UPR Info's rows of a recommendation: one per recommending State, one where none is named. Every code is
     * three letters (KnownStates), so "FRA,DEU" (7 characters) is two.
     */
    private static final String STATE_ROWS = "CASE WHEN rec.recommending_states = '' THEN 1 ELSE (CHAR_LENGTH(rec.recommending_states) + 1) / 4 END";
    private static final String COLUMNS = """
            SELECT rec.id, rec.review_id, rec.paragraph, rec.text, rec.response, rec.response_source, rec.source_symbol,
                   rec.action_category, rec.recommending_states, rec.labels, rv.state_iso3, rv.session_number, s.cycle,
                   CAST(COALESCE(EXTRACT(YEAR FROM rv.review_date), EXTRACT(YEAR FROM s.first_day), 0) AS INTEGER) AS review_year
            FROM recommendation rec
            JOIN review rv ON rv.id = rec.review_id
            JOIN upr_session s ON s.session_number = rv.session_number
            """;

    private final JdbcClient jdbc;
    private final DataVersionTable dataVersion;
    private final JdbcTemplate template;
    private final KnownStates states;
    private volatile Boolean postgres;
    private volatile String idSequence;

    public JdbcRecommendationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.dataVersion = new DataVersionTable(jdbc);
        this.template = template;
        this.states = new KnownStates(jdbc);
    }

    @Override
    public List<SaveOutcome> saveAll(List<Recommendation> recommendations) {
        PostgresCopy.awaitEnd();
        return store(recommendations, fingerprints(recommendations), this::findAll);
    }

    @Override
    public List<SaveOutcome> saveAll(List<Recommendation> recommendations, Collection<Recommendation> storedVersions) {
        PostgresCopy.awaitEnd();
        return store(recommendations, Fingerprints.of(storedVersions.stream().map(Fingerprint::of).toList()), changed -> storedVersions);
    }

    /** A stored recommendation that differs from the incoming one: its outcome goes to {@code at} of its review's outcomes. */
    private record Change(Recommendation recommendation, long id, String contentHash, List<SaveOutcome> outcomes, int at) {
    }

    /**
     * Inserts what has no fingerprint, updates what differs from its stored version, leaves the rest; each
     * recommendation with a fingerprint is hashed once. The stored versions of those that differ are loaded
     * (or given) together, before any is updated, to tell each field's old and new value.
     */
    private List<SaveOutcome> store(List<Recommendation> recommendations, Fingerprints stored,
                                    Function<List<Long>, Collection<Recommendation>> storedVersions) {
        states.check(recommendations);
        Map<Long, List<Recommendation>> byReview = new LinkedHashMap<>();
        recommendations.forEach(r -> byReview.computeIfAbsent(r.review().id(), k -> new ArrayList<>()).add(r));
        Map<Long, List<SaveOutcome>> outcomes = new LinkedHashMap<>();
        List<Recommendation> fresh = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        byReview.forEach((reviewId, list) -> {
            List<SaveOutcome> done = new ArrayList<>(list.size());
            outcomes.put(reviewId, done);
            for (Recommendation r : list) {
                Fingerprint s = stored.held(r);
                if (s == null) {
                    fresh.add(r);
                    continue;
                }
                String hash = r.contentHash();
                if (s.contentHash().equals(hash)) {
                    done.add(new SaveOutcome.Unchanged(s.id(), r.paragraph()));
                } else {
                    changes.add(new Change(r, s.id(), hash, done, done.size()));
                    done.add(null);
                }
            }
        });
        if (!changes.isEmpty()) {
            Map<Long, Recommendation> loaded = new HashMap<>();
            storedVersions.apply(changes.stream().map(Change::id).toList()).forEach(v -> loaded.put(v.id(), v));
            for (Change c : changes) {
                update(c.recommendation().withId(c.id()), c.contentHash());
                c.outcomes().set(c.at(), new SaveOutcome.Updated(c.id(), c.recommendation().paragraph(),
                        loaded.get(c.id()).changesTo(c.recommendation())));
            }
        }
        // New recommendations of all the reviews go in together: a bulk import writes a few large batches, not one per review.
        for (int from = 0; from < fresh.size(); from += INSERT_CHUNK) {
            List<Recommendation> chunk = fresh.subList(from, Math.min(fresh.size(), from + INSERT_CHUNK));
            List<Long> ids = insertRows(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                outcomes.get(chunk.get(i).review().id()).add(new SaveOutcome.Inserted(ids.get(i), chunk.get(i).paragraph()));
            }
        }
        List<SaveOutcome> all = new ArrayList<>(recommendations.size());
        outcomes.values().forEach(all::addAll);
        return all;
    }

    /**
     * On PostgreSQL the ids are taken from the identity's sequence first, in one query, and the rows go in with
     * COPY (PostgresCopy), whose end the server works on while the importer prepares the next rows; measured in
     * docs/benchmarks.md, "Bulk import".
     */
    private List<Long> insertRows(List<Recommendation> chunk) {
        if (postgres()) {
            // The sequence's name is looked up once: pg_get_serial_sequence for every row made this query ten times slower.
            List<Long> ids = jdbc.sql("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :n)")
                    .param("sequence", idSequence()).param("n", chunk.size()).query(Long.class).list();
            List<Object[]> rows = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                Recommendation r = chunk.get(i);
                rows.add(new Object[]{ids.get(i), r.review().id(), r.paragraph(), r.text(), r.response().name(),
                        r.responseSource().orElse(null), r.sourceSymbol().orElse(null), r.actionCategory().orElse(null), r.contentHash(),
                        ListColumns.states(r.recommendingStates()), ListColumns.labels(r.labels())});
            }
            PostgresCopy.copy(template.getDataSource(), "recommendation", "id, review_id, paragraph, text, response, response_source,"
                    + " source_symbol, action_category, content_hash, recommending_states, labels", rows);
            return ids;
        }
        return insertRowsOnH2(chunk);
    }

    /**
     * H2: the chunk is one statement, its columns sent as arrays and unnested, instead of a JDBC batch that H2 runs as
     * one execution per row (measured in docs/benchmarks.md, "Bulk import"). The new ids come back with their keys
     * (NEW TABLE), so they are matched to the rows by review and paragraph, not by the order in which they return.
     */
    private List<Long> insertRowsOnH2(List<Recommendation> chunk) {
        int n = chunk.size();
        Long[] reviews = new Long[n];
        String[] paragraphs = new String[n];
        String[] texts = new String[n];
        String[] responses = new String[n];
        String[] responseSources = new String[n];
        String[] sourceSymbols = new String[n];
        Integer[] categories = new Integer[n];
        String[] hashes = new String[n];
        String[] states = new String[n];
        String[] labels = new String[n];
        Map<Long, Map<String, Integer>> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Recommendation r = chunk.get(i);
            reviews[i] = r.review().id();
            paragraphs[i] = r.paragraph();
            texts[i] = r.text();
            responses[i] = r.response().name();
            responseSources[i] = r.responseSource().orElse(null);
            sourceSymbols[i] = r.sourceSymbol().orElse(null);
            categories[i] = r.actionCategory().orElse(null);
            hashes[i] = r.contentHash();
            states[i] = ListColumns.states(r.recommendingStates());
            labels[i] = ListColumns.labels(r.labels());
            position.computeIfAbsent(reviews[i], k -> new HashMap<>()).put(paragraphs[i], i);
        }
        Long[] ids = new Long[n];
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT id, review_id, paragraph FROM NEW TABLE (
                      INSERT INTO recommendation (review_id, paragraph, text, response, response_source, source_symbol,
                        action_category, content_hash, recommending_states, labels)
                      SELECT * FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),
                        CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS INTEGER ARRAY),
                        CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY)))""");
            ps.setArray(1, con.createArrayOf("BIGINT", reviews));
            ps.setArray(2, con.createArrayOf("VARCHAR", paragraphs));
            ps.setArray(3, con.createArrayOf("VARCHAR", texts));
            ps.setArray(4, con.createArrayOf("VARCHAR", responses));
            ps.setArray(5, con.createArrayOf("VARCHAR", responseSources));
            ps.setArray(6, con.createArrayOf("VARCHAR", sourceSymbols));
            ps.setArray(7, con.createArrayOf("INTEGER", categories));
            ps.setArray(8, con.createArrayOf("VARCHAR", hashes));
            ps.setArray(9, con.createArrayOf("VARCHAR", states));
            ps.setArray(10, con.createArrayOf("VARCHAR", labels));
            return ps;
        }, (ResultSet rs) -> {
            ids[position.get(rs.getLong(2)).get(rs.getString(3))] = rs.getLong(1);
        });
        for (int i = 0; i < n; i++) {
            if (ids[i] == null) {
                throw new IllegalStateException("Database returned no id for recommendation " + paragraphs[i] + " of review " + reviews[i]);
            }
        }
        return List.of(ids);
    }

    private String idSequence() {
        String name = idSequence;
        if (name == null) {
            name = jdbc.sql("SELECT pg_get_serial_sequence('recommendation', 'id')").query(String.class).single();
            idSequence = name;
        }
        return name;
    }

    private boolean postgres() {
        Boolean pg = postgres;
        if (pg == null) {
            pg = template.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres"));
            postgres = pg;
        }
        return pg;
    }

    private void update(Recommendation r, String contentHash) {
        jdbc.sql("""
                UPDATE recommendation SET text = :text, response = :response, response_source = :rsrc, source_symbol = :sym,
                  action_category = :cat, content_hash = :hash, recommending_states = :states, labels = :labels WHERE id = :id""")
                .param("text", r.text()).param("response", r.response().name())
                .param("rsrc", r.responseSource().orElse(null)).param("sym", r.sourceSymbol().orElse(null))
                .param("cat", r.actionCategory().orElse(null)).param("hash", contentHash)
                .param("states", ListColumns.states(r.recommendingStates())).param("labels", ListColumns.labels(r.labels()))
                .param("id", r.id())
                .update();
    }

    @Override
    public Optional<Recommendation> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE rec.id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public List<Recommendation> findAll(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        List<Recommendation> found = new ArrayList<>(sorted.size());
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<Long> chunk = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
            found.addAll(jdbc.sql(COLUMNS + " WHERE rec.id IN (:ids) ORDER BY rec.id").param("ids", chunk).query(this::map).list());
        }
        return found;
    }

    @Override
    public void forEachVersion(ObjLongConsumer<String> consumer) {
        // As Recommendation.version(): the content hash covers the recommendation and its children; State,
        // session and year come from the review.
        String sql = """
                        SELECT rec.id, rec.content_hash, rv.state_iso3, rv.session_number,
                          CAST(COALESCE(EXTRACT(YEAR FROM rv.review_date), EXTRACT(YEAR FROM s.first_day), 0) AS INTEGER) AS review_year
                        FROM recommendation rec
                        JOIN review rv ON rv.id = rec.review_id
                        JOIN upr_session s ON s.session_number = rv.session_number
                        ORDER BY rec.id""";
        // A fetch size, so that PostgreSQL streams the rows instead of loading a million at once.
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setFetchSize(CHUNK);
            return ps;
        }, (ResultSet rs) -> {
            consumer.accept(rs.getString(2) + "|" + rs.getString(3).trim() + "|" + rs.getInt(4) + "|" + rs.getInt(5), rs.getLong(1));
        });
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(RecommendationFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        f.stateUnderReview().ifPresent(v -> {
            sql.append(" AND rv.state_iso3 = :sur");
            params.put("sur", v);
        });
        f.cycle().ifPresent(v -> {
            sql.append(" AND s.cycle = :cycle");
            params.put("cycle", v);
        });
        f.response().ifPresent(v -> {
            sql.append(" AND rec.response = :response");
            params.put("response", v.name());
        });
        f.reviewId().ifPresent(v -> {
            sql.append(" AND rec.review_id = :review");
            params.put("review", v);
        });
        f.recommendingState().ifPresent(v -> {
            // Codes are three letters between commas: ",FRA," is found only where FRA is one of them.
            sql.append(" AND POSITION(:by IN ',' || rec.recommending_states || ',') > 0");
            params.put("by", "," + v + ",");
        });
        return new Where(sql.toString(), params);
    }

    @Override
    public Page<Recommendation> find(RecommendationFilter filter, PageRequest page) {
        Where w = where(filter);
        List<Recommendation> items = jdbc.sql(COLUMNS + w.sql() + " ORDER BY rv.session_number, rv.state_iso3, rec.id"
                        + " LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(w.params()).query(this::map).list();
        return new Page<>(items, page.page(), page.size(), count(filter));
    }

    @Override
    public void forEach(RecommendationFilter filter, Consumer<Recommendation> consumer) {
        Where w = where(filter);
        long last = 0;
        while (true) {
            Map<String, Object> params = new HashMap<>(w.params());
            params.put("after", last);
            List<Recommendation> chunk = jdbc.sql(COLUMNS + w.sql() + " AND rec.id > :after ORDER BY rec.id LIMIT " + CHUNK)
                    .params(params).query(this::map).list();
            chunk.forEach(consumer);
            if (chunk.size() < CHUNK) {
                return;
            }
            last = chunk.get(chunk.size() - 1).id();
        }
    }

    @Override
    public long count(RecommendationFilter filter) {
        Where w = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM recommendation rec JOIN review rv ON rv.id = rec.review_id"
                        + " JOIN upr_session s ON s.session_number = rv.session_number" + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    @Override
    public RecordedCounts countsForReview(long reviewId) {
        int paragraphs = jdbc.sql("SELECT COUNT(*) FROM recommendation WHERE review_id = :id").param("id", reviewId)
                .query(Integer.class).single();
        if (paragraphs == 0) {
            return RecordedCounts.NONE;
        }
        // A row per recommending State; a recommendation without one still counts as one row.
        Map<String, Integer> rows = new HashMap<>();
        jdbc.sql("""
                SELECT rec.response, SUM(""" + STATE_ROWS + """
                ) AS row_count
                FROM recommendation rec
                WHERE rec.review_id = :id GROUP BY rec.response""").param("id", reviewId)
                .query((ResultSet rs) -> {
                    rows.put(rs.getString("response"), rs.getInt("row_count"));
                });
        int supported = rows.getOrDefault("SUPPORTED", 0);
        int noted = rows.getOrDefault("NOTED", 0);
        int pending = rows.getOrDefault("PENDING", 0);
        return new RecordedCounts(paragraphs, supported + noted + pending, supported, noted, pending);
    }

    @Override
    public void forEachNumberedParagraph(ObjLongConsumer<String> consumer) {
        PostgresCopy.awaitEnd();
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT review_id, paragraph FROM recommendation WHERE paragraph LIKE '%.%'");
            ps.setFetchSize(CHUNK);
            return ps;
        }, (ResultSet rs) -> {
            consumer.accept(rs.getString(2), rs.getLong(1));
        });
    }

    /**
     * One index lookup per recommendation, its keys sent as two arrays: H2 uses only the first column of the unique
     * index for {@code review_id = ? AND paragraph IN (...)} and compared every row of the review with every paragraph.
     */
    @Override
    public Fingerprints fingerprints(Collection<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            return Fingerprints.of(List.of());
        }
        PostgresCopy.awaitEnd();
        Long[] reviews = recommendations.stream().map(r -> r.review().id()).toArray(Long[]::new);
        String[] paragraphs = recommendations.stream().map(Recommendation::paragraph).toArray(String[]::new);
        return Fingerprints.of(template.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT r.id, r.review_id, r.paragraph, r.content_hash
                    FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY)) AS k(review_id, paragraph)
                    JOIN recommendation r ON r.review_id = k.review_id AND r.paragraph = k.paragraph""");
            ps.setArray(1, con.createArrayOf("BIGINT", reviews));
            ps.setArray(2, con.createArrayOf("VARCHAR", paragraphs));
            return ps;
        }, (rs, n) -> new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))));
    }

    @Override
    public Set<Long> delete(Collection<Long> ids) {
        Set<Long> deleted = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += DELETE_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + DELETE_CHUNK));
            deleted.addAll(jdbc.sql("SELECT id FROM recommendation WHERE id IN (:ids)").param("ids", chunk).query(Long.class).list());
            jdbc.sql("DELETE FROM recommendation WHERE id IN (:ids)").param("ids", chunk).update();
        }
        return deleted;
    }

    @Override
    public long raiseDataVersion() {
        PostgresCopy.awaitEnd();
        return dataVersion.raise();
    }

    @Override
    public long dataVersion() {
        return dataVersion.current();
    }

    private Recommendation map(ResultSet rs, int row) throws SQLException {
        ReviewRef review = new ReviewRef(rs.getLong("review_id"), rs.getString("state_iso3").trim(),
                rs.getInt("session_number"), rs.getInt("cycle"), rs.getInt("review_year"));
        Integer category = rs.getObject("action_category", Integer.class);
        return new Recommendation(rs.getLong("id"), review, rs.getString("paragraph"), rs.getString("text"),
                ListColumns.states(rs.getString("recommending_states")), Response.valueOf(rs.getString("response")),
                Optional.ofNullable(rs.getString("response_source")), Optional.ofNullable(rs.getString("source_symbol")),
                Optional.ofNullable(category), ListColumns.labels(rs.getString("labels")));
    }
}
