package org.troika.ingest.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.ingest.domain.ImportRun;
import org.troika.ingest.domain.ImportRunLog;
import org.troika.ingest.domain.Rejection;

/** import_run and import_rejection (V1, V2, V5). */
public class JdbcImportRunLog implements ImportRunLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public JdbcImportRunLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public long record(FileReport report, Instant startedAt, Optional<String> importedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_run (file_name, sha256, started_at, outcome, inserted, updated, unchanged, rejected, message, file_kind,
                  imported_by)
                VALUES (:file, :sha, :started, :outcome, :inserted, :updated, :unchanged, :rejected, :message, :kind, :by)""")
                .param("file", cut(report.file(), 1000)).param("sha", report.sha256())
                .param("started", Timestamp.from(startedAt)).param("outcome", report.outcome().name())
                .param("inserted", report.inserted()).param("updated", report.updated()).param("unchanged", report.unchanged())
                .param("rejected", report.rejected()).param("message", report.error().map(m -> cut(m, 4000)).orElse(null))
                .param("kind", cut(report.kind(), 60)).param("by", importedBy.map(b -> cut(b, 200)).orElse(null))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (Rejection r : report.rejections()) {
            rows.add(new Object[]{id, ++position, cut(r.location(), 1000), r.field().map(f -> cut(f, 200)).orElse(null), cut(r.reason(), 4000)});
        }
        if (!rows.isEmpty()) {
            template.batchUpdate("INSERT INTO import_rejection (import_run_id, position, location, field, reason) VALUES (?, ?, ?, ?, ?)", rows);
        }
        return id;
    }

    @Override
    public List<ImportRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM import_run ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query((rs, n) -> run(rs, List.of())).list();
    }

    @Override
    public Optional<ImportRun> find(long id) {
        List<Rejection> rejections = jdbc.sql("SELECT location, field, reason FROM import_rejection WHERE import_run_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> new Rejection(rs.getString("location"), Optional.ofNullable(rs.getString("field")),
                        rs.getString("reason"))).list();
        return jdbc.sql("SELECT * FROM import_run WHERE id = :id").param("id", id).query((rs, n) -> run(rs, rejections)).optional();
    }

    private static ImportRun run(ResultSet rs, List<Rejection> rejections) throws SQLException {
        return new ImportRun(rs.getLong("id"), rs.getString("file_name"), Optional.ofNullable(rs.getString("file_kind")).orElse(""),
                rs.getString("sha256"), rs.getTimestamp("started_at").toInstant(), Optional.ofNullable(rs.getString("imported_by")),
                FileOutcome.valueOf(rs.getString("outcome")), rs.getInt("inserted"), rs.getInt("updated"), rs.getInt("unchanged"),
                rs.getInt("rejected"), Optional.ofNullable(rs.getString("message")), rejections);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
