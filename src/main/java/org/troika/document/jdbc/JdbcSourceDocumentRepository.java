package org.troika.document.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.troika.document.domain.DocumentType;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.SourceDocumentRepository;
import org.troika.document.domain.Statement;

public class JdbcSourceDocumentRepository implements SourceDocumentRepository {

    private final JdbcClient jdbc;

    public JdbcSourceDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long save(SourceDocument document, List<Statement> statements) {
        String hash = sha256(document.body());
        Optional<Long> existing = jdbc.sql("SELECT id FROM source_document WHERE content_hash = :h").param("h", hash)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO source_document (doc_type, title, author, published_on, url, symbol, state_iso3, content_hash, body)
                VALUES (:type, :title, :author, :published, :url, :symbol, :state, :hash, :body)""")
                .param("type", document.type().name()).param("title", document.title()).param("author", document.author())
                .param("published", document.publishedOn().map(Date::valueOf).orElse(null))
                .param("url", document.url().orElse(null)).param("symbol", document.symbol().orElse(null))
                .param("state", document.stateIso3().orElse(null)).param("hash", hash).param("body", document.body())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Statement s : statements) {
            jdbc.sql("""
                    INSERT INTO statement (document_id, position, start_offset, end_offset, text, stated_on, state_iso3)
                    VALUES (:doc, :pos, :start, :end, :text, :on, :state)""")
                    .param("doc", id).param("pos", s.position()).param("start", s.startOffset()).param("end", s.endOffset())
                    .param("text", s.text()).param("on", s.statedOn().map(Date::valueOf).orElse(null))
                    .param("state", s.stateIso3().orElse(null)).update();
        }
        return id;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<SourceDocument> find(long id) {
        return jdbc.sql("SELECT * FROM source_document WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public List<SourceDocument> forState(String stateIso3) {
        return jdbc.sql("SELECT * FROM source_document WHERE state_iso3 = :s ORDER BY published_on, id").param("s", stateIso3)
                .query(this::map).list();
    }

    @Override
    public List<SourceDocument> all() {
        return jdbc.sql("SELECT * FROM source_document ORDER BY published_on, id").query(this::map).list();
    }

    @Override
    public List<Statement> statements(long documentId) {
        return jdbc.sql("SELECT * FROM statement WHERE document_id = :id ORDER BY position").param("id", documentId)
                .query((rs, row) -> new Statement(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("position"),
                        rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"),
                        Optional.ofNullable(rs.getDate("stated_on")).map(Date::toLocalDate),
                        Optional.ofNullable(rs.getString("state_iso3")).map(String::trim)))
                .list();
    }

    private SourceDocument map(ResultSet rs, int row) throws SQLException {
        return new SourceDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"),
                rs.getString("author"), Optional.ofNullable(rs.getDate("published_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("url")), Optional.ofNullable(rs.getString("symbol")),
                Optional.ofNullable(rs.getString("state_iso3")).map(String::trim), rs.getString("body"));
    }
}
