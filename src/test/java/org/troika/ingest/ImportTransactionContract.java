package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/** One transaction per file, on every database Troika runs on: a file that fails changes nothing. */
abstract class ImportTransactionContract {

    /** More rows than the importer writes in one batch, so that batches were written before the bad row. */
    private static final int ROWS = 6_000;

    @Autowired
    ImportFacade imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private SourceTable rows;

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
        SourceTable all = SourceTable.read(SharedData.data("upr_recommendations.csv"));
        rows = all.where(r -> !r.get(all.column("recommending_iso3")).isBlank()).first(ROWS);
    }

    private Map<String, Long> counts() {
        return Map.of("review", count("COUNT(*)", "review"), "recommendation", count("COUNT(*)", "recommendation"),
                "recommending States", count("SUM(CHAR_LENGTH(recommending_states))", "recommendation"),
                "labels", count("SUM(CHAR_LENGTH(labels))", "recommendation"));
    }

    private long count(String what, String table) {
        return jdbc.sql("SELECT COALESCE(" + what + ", 0) FROM " + table).query(Long.class).single();
    }

    private FileReport importOne(Path file, ImportOptions options) {
        return imports.importFiles(List.of(file), options, ImportProgress.NONE).get(0);
    }

    @Test
    void a_file_whose_last_row_is_bad_changes_nothing() {
        importOne(rows.first(100).write(dir.resolve("before.csv")), ImportOptions.defaults());
        Map<String, Long> before = counts();
        int last = rows.rows().size() - 1;
        Path file = rows.with(last, "recommending_iso3", "").with(last, "recommending_state", "Atlantis").write(dir.resolve("bad-last-row.csv"));

        FileReport report = importOne(file, ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.REJECTED);
        assertThat(report.rejections()).singleElement().asString()
                .isEqualTo(file + ":" + SourceTable.lineOf(last) + ", column recommending_state: unknown recommending State 'Atlantis'");
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT outcome FROM import_run ORDER BY id DESC").query(String.class).list().get(0)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("SELECT reason FROM import_rejection").query(String.class).list())
                .containsExactly("unknown recommending State 'Atlantis'");
    }

    @Test
    void a_file_cut_short_inside_a_quoted_cell_changes_nothing() throws Exception {
        Path whole = rows.write(dir.resolve("whole.csv"));
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        // Cut inside the quoted text of the last row: the file ends in an open quote.
        int cut = text.lastIndexOf(",\"") + 10;
        Path truncated = java.nio.file.Files.writeString(dir.resolve("truncated.csv"), text.substring(0, cut));

        FileReport report = importOne(truncated, ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.REJECTED);
        assertThat(report.rejections()).singleElement().asString().startsWith(truncated + ":" + SourceTable.lineOf(rows.rows().size() - 1)
                + ": the row has ").endsWith("(cut short?)");
        assertThat(counts().values()).containsOnly(0L);
    }

    @Test
    void a_file_imported_again_is_all_unchanged() {
        Path file = rows.write(dir.resolve("rows.csv"));
        FileReport first = importOne(file, ImportOptions.defaults());
        Map<String, Long> after = counts();

        FileReport again = importOne(file, ImportOptions.defaults());

        assertThat(first.inserted()).isEqualTo(rows.jointRecommendations());
        long reviews = rows.rows().stream().map(r -> r.get(rows.column("sur_iso3")) + r.get(rows.column("session"))).distinct().count();
        assertThat(first.notes()).singleElement().asString().startsWith("created " + reviews + " reviews: ");
        assertThat(again.unchanged()).isEqualTo(first.inserted());
        assertThat(again.inserted() + again.updated() + again.rejected()).isZero();
        assertThat(counts()).isEqualTo(after);
    }
}
