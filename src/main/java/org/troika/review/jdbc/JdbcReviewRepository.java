package org.troika.review.jdbc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.troika.review.domain.OfficialTotals;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.review.domain.ReviewRepository;
import org.troika.shared.jdbc.DataVersionTable;

public class JdbcReviewRepository implements ReviewRepository {

    private static final String SELECT = """
            SELECT r.*, s.cycle FROM review r JOIN upr_session s ON s.session_number = r.session_number
            """;

    private final JdbcClient jdbc;

    public JdbcReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Review save(Review review) {
        // Only the id and date of a stored review are needed here: an import creates hundreds of reviews, each checked first.
        Optional<StoredDate> existing = jdbc.sql("SELECT id, review_date FROM review WHERE state_iso3 = :iso3 AND session_number = :s")
                .param("iso3", review.stateIso3()).param("s", review.session())
                .query((rs, n) -> new StoredDate(rs.getLong("id"), Optional.ofNullable(rs.getDate("review_date")).map(Date::toLocalDate)))
                .optional();
        if (existing.isEmpty()) {
            KeyHolder keys = new GeneratedKeyHolder();
            bind(jdbc.sql("""
                    INSERT INTO review (state_iso3, session_number, review_date, national_report, compilation,
                      stakeholders_summary, wg_report, addendum, official_total, official_supported, official_noted, official_source)
                    VALUES (:iso3, :session, :date, :nr, :comp, :sum, :wg, :add, :total, :sup, :noted, :src)"""), review)
                    .param("iso3", review.stateIso3()).param("session", review.session())
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            insertTroika(id, review.troika());
            // What was inserted is what is stored: no need to read it back.
            return new Review(id, review.stateIso3(), review.session(), review.cycle(), review.date(), review.troika(),
                    review.documents(), review.official());
        }
        long id = existing.get().id();
        bind(jdbc.sql("""
                UPDATE review SET review_date = :date, national_report = :nr, compilation = :comp,
                  stakeholders_summary = :sum, wg_report = :wg, addendum = :add, official_total = :total,
                  official_supported = :sup, official_noted = :noted, official_source = :src
                WHERE id = :id"""), review).param("id", id).update();
        if (!existing.get().date().equals(review.date())) {
            // The year of every recommendation of the review changed: derived views (the search index) must follow.
            new DataVersionTable(jdbc).raise();
        }
        jdbc.sql("DELETE FROM review_troika WHERE review_id = :id").param("id", id).update();
        insertTroika(id, review.troika());
        return find(id).orElseThrow();
    }

    private record StoredDate(long id, Optional<java.time.LocalDate> date) {
    }

    private void insertTroika(long id, List<String> troika) {
        for (int i = 0; i < troika.size(); i++) {
            jdbc.sql("INSERT INTO review_troika (review_id, position, state_iso3) VALUES (:id, :pos, :iso3)")
                    .param("id", id).param("pos", i + 1).param("iso3", troika.get(i)).update();
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Review review) {
        ReviewDocuments d = review.documents();
        Optional<OfficialTotals> o = review.official();
        return spec.param("date", review.date().map(Date::valueOf).orElse(null))
                .param("nr", d.nationalReport().orElse(null)).param("comp", d.compilation().orElse(null))
                .param("sum", d.stakeholdersSummary().orElse(null)).param("wg", d.workingGroupReport().orElse(null))
                .param("add", d.addendum().orElse(null))
                .param("total", o.map(OfficialTotals::total).orElse(null))
                .param("sup", o.map(OfficialTotals::supported).orElse(null))
                .param("noted", o.map(OfficialTotals::noted).orElse(null))
                .param("src", o.map(OfficialTotals::source).orElse(null));
    }

    @Override
    public Optional<Review> find(long id) {
        return withTroika(jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::map).optional());
    }

    @Override
    public Optional<Review> find(String stateIso3, int session) {
        return withTroika(jdbc.sql(SELECT + " WHERE r.state_iso3 = :iso3 AND r.session_number = :s")
                .param("iso3", stateIso3).param("s", session).query(this::map).optional());
    }

    @Override
    public Optional<Review> findByWorkingGroupReport(String symbol) {
        return withTroika(jdbc.sql(SELECT + " WHERE r.wg_report = :symbol ORDER BY r.id").param("symbol", symbol)
                .query(this::map).list().stream().findFirst());
    }

    @Override
    public List<Review> forState(String stateIso3) {
        return jdbc.sql(SELECT + " WHERE r.state_iso3 = :iso3 ORDER BY r.session_number").param("iso3", stateIso3)
                .query(this::map).list().stream().map(r -> withTroika(Optional.of(r)).orElseThrow()).toList();
    }

    @Override
    public List<Review> all() {
        // Every review's troika in one query, not one per review (there are thousands of reviews once UPR Info is loaded).
        Map<Long, List<String>> troikas = new HashMap<>();
        jdbc.sql("SELECT review_id, state_iso3 FROM review_troika ORDER BY review_id, position").query(rs -> {
            troikas.computeIfAbsent(rs.getLong("review_id"), id -> new ArrayList<>()).add(rs.getString("state_iso3").trim());
        });
        return jdbc.sql(SELECT + " ORDER BY r.state_iso3, r.session_number").query(this::map).list().stream()
                .map(r -> withTroika(r, troikas.getOrDefault(r.id(), List.of()))).toList();
    }

    private Optional<Review> withTroika(Optional<Review> review) {
        return review.map(r -> withTroika(r, jdbc.sql("SELECT state_iso3 FROM review_troika WHERE review_id = :id ORDER BY position")
                .param("id", r.id()).query(String.class).list()));
    }

    private static Review withTroika(Review r, List<String> troika) {
        return new Review(r.id(), r.stateIso3(), r.session(), r.cycle(), r.date(), troika, r.documents(), r.official());
    }

    private Review map(ResultSet rs, int row) throws SQLException {
        Date date = rs.getDate("review_date");
        Integer total = (Integer) rs.getObject("official_total", Integer.class);
        Optional<OfficialTotals> official = total == null ? Optional.empty()
                : Optional.of(new OfficialTotals(total, rs.getInt("official_supported"), rs.getInt("official_noted"),
                rs.getString("official_source")));
        ReviewDocuments docs = new ReviewDocuments(opt(rs, "national_report"), opt(rs, "compilation"),
                opt(rs, "stakeholders_summary"), opt(rs, "wg_report"), opt(rs, "addendum"));
        return new Review(rs.getLong("id"), rs.getString("state_iso3").trim(), rs.getInt("session_number"), rs.getInt("cycle"),
                Optional.ofNullable(date).map(Date::toLocalDate), new ArrayList<>(), docs, official);
    }

    private static Optional<String> opt(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
