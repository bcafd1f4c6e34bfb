package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.export.ExportFormat;
import org.troika.export.RecommendationExporter;
import org.troika.ingest.domain.Correction;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.review.ReviewFacade;
import org.troika.state.StateRegistry;
import org.troika.support.OnH2;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/** Tables as UPR Info, OHCHR's thematic lists and Troika's own export write them, and of other shapes through a mapping file. */
@OnH2
class ImportTablesTest {

    @Autowired
    ImportFacade imports;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    RecommendationExporter exporter;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private final SourceTable kazakhstan = SourceTable.read(SharedData.data("kazakhstan_upr.csv"));

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
    }

    private FileReport importOne(Path file, ImportOptions options) {
        return imports.importFiles(List.of(file), options, ImportProgress.NONE).get(0);
    }

    private List<Recommendation> all() {
        List<Recommendation> all = new java.util.ArrayList<>();
        recommendations.forEach(RecommendationFilter.all(), all::add);
        return all;
    }

    private long stored() {
        return recommendations.count(RecommendationFilter.all());
    }

    @Test
    void joins_upr_info_rows_of_one_joint_recommendation_and_creates_the_reviews() {
        FileReport report = importOne(SharedData.data("kazakhstan_upr.csv"), ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("UPR Info export (CSV)");
        assertThat(report.inserted()).isEqualTo(kazakhstan.jointRecommendations());
        assertThat(stored()).isEqualTo(kazakhstan.jointRecommendations());
        assertThat(reviews.find("KAZ", 7)).get().extracting(r -> r.cycle()).isEqualTo(1);
        assertThat(reviews.find("KAZ", 20)).get().extracting(r -> r.cycle()).isEqualTo(2);
        // The first row's id keys the recommendation; every row of the group adds its State.
        String firstId = kazakhstan.cell(0, "id");
        Recommendation first = all().stream().filter(r -> r.paragraph().equals(firstId)).findFirst().orElseThrow();
        assertThat(first.text()).isEqualTo(kazakhstan.cell(0, "recommendation"));
        assertThat(first.recommendingStates()).containsExactly(kazakhstan.cell(0, "recommending_iso3"));
        assertThat(first.response()).isEqualTo(Response.parse(kazakhstan.cell(0, "response")).orElseThrow());
        assertThat(first.labelValues(Taxonomy.UPR_INFO_ISSUE)).containsExactly(kazakhstan.cell(0, "issues").split(";\\s*"));
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        Path file = SharedData.data("kazakhstan_upr.csv");
        importOne(file, ImportOptions.defaults());

        FileReport again = importOne(file, ImportOptions.defaults());

        assertThat(again.unchanged()).isEqualTo(kazakhstan.jointRecommendations());
        assertThat(again.inserted() + again.updated()).isZero();
        assertThat(again.notes()).isEmpty();
    }

    @Test
    void a_corrected_file_updates_in_place_and_says_what_changed() {
        importOne(kazakhstan.write(dir.resolve("kaz.csv")), ImportOptions.defaults());
        String before = kazakhstan.cell(0, "response");
        String after = before.equals("Supported") ? "Noted" : "Supported";

        FileReport corrected = importOne(kazakhstan.with(0, "response", after).write(dir.resolve("kaz-corrected.csv")), ImportOptions.defaults());

        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.unchanged()).isEqualTo(kazakhstan.jointRecommendations() - 1);
        assertThat(corrected.corrections()).containsExactly(new Correction("KAZ-2010", kazakhstan.cell(0, "id"), "response", before, after));
        assertThat(stored()).isEqualTo(kazakhstan.jointRecommendations());
    }

    @Test
    void upr_info_rows_that_name_no_recommending_state_are_kept_without_one() {
        // UPR Info's first sessions hold recommendations attributed to no State ("(Unknown)" in its organisations column).
        SourceTable firstSession = SourceTable.read(SharedData.data("upr_recommendations.csv")).first(300);
        List<String> unattributed = firstSession.rows().stream()
                .filter(r -> r.get(firstSession.column("recommending_iso3")).isBlank()
                        && r.get(firstSession.column("recommending_state")).isBlank())
                .map(r -> r.get(firstSession.column("id"))).toList();
        assertThat(unattributed).as("rows without a recommending State in the real export").isNotEmpty();

        FileReport report = importOne(firstSession.write(dir.resolve("upr-info.csv")), ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.IMPORTED);
        assertThat(report.inserted()).isEqualTo(firstSession.jointRecommendations());
        assertThat(all()).filteredOn(r -> unattributed.contains(r.paragraph()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.recommendingStates()).isEmpty());
    }

    @Test
    void a_csv_cut_off_inside_a_quoted_cell_is_refused_naming_its_line_in_plain_words() throws IOException {
        Path file = kazakhstan.first(3).write(dir.resolve("cut.csv"));
        Files.writeString(file, "UPRINFO-X,\"unterminated\n", java.nio.file.StandardOpenOption.APPEND);

        FileReport report = importOne(file, ImportOptions.defaults());

        assertThat(report.outcome()).isNotEqualTo(FileOutcome.IMPORTED);
        assertThat(report.error()).get().asString().startsWith(file + ":" + SourceTable.lineOf(3) + ": not valid CSV: ")
                .doesNotContain("org.apache");
        assertThat(stored()).isZero();
    }

    @Test
    void a_bad_row_makes_the_whole_file_fail_and_names_its_place() {
        Path file = kazakhstan.with(5, "recommending_iso3", "").with(5, "recommending_state", "Freedonia").write(dir.resolve("kaz.csv"));

        FileReport report = importOne(file, ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.REJECTED);
        assertThat(report.rejections()).extracting(Object::toString).containsExactly(
                file + ":" + SourceTable.lineOf(5) + ", column recommending_state: unknown recommending State 'Freedonia'");
        assertThat(report.error()).get().asString().startsWith(file + ": 1 row or paragraph rejected, nothing imported");
        assertThat(stored()).isZero();
        assertThat(reviews.all()).isEmpty();
        assertThat(jdbc.sql("SELECT location FROM import_rejection").query(String.class).list())
                .containsExactly(file + ":" + SourceTable.lineOf(5) + ", column recommending_state");
    }

    @Test
    void skip_bad_rows_imports_the_good_rows_and_lists_the_bad() {
        Path file = kazakhstan.with(3, "response", "Perhaps").write(dir.resolve("kaz.csv"));

        FileReport report = importOne(file, ImportOptions.defaults().skippingBadRows());

        assertThat(report.outcome()).isEqualTo(FileOutcome.PARTLY_IMPORTED);
        assertThat(report.rejections()).extracting(Object::toString).containsExactly(file + ":" + SourceTable.lineOf(3)
                + ", column response: unknown response 'Perhaps' (use Supported, Noted or Pending)");
        assertThat(stored()).isEqualTo(report.inserted()).isPositive();
        assertThat(jdbc.sql("SELECT outcome FROM import_run").query(String.class).single()).isEqualTo("PARTLY_IMPORTED");
    }

    @Test
    void a_dry_run_counts_and_stores_nothing() {
        FileReport report = importOne(SharedData.data("kazakhstan_upr.csv"), ImportOptions.defaults().dry());

        assertThat(report.outcome()).isEqualTo(FileOutcome.DRY_RUN);
        assertThat(report.inserted()).isEqualTo(kazakhstan.jointRecommendations());
        assertThat(stored()).isZero();
        assertThat(reviews.all()).isEmpty();
    }

    @Test
    void reads_semicolon_separated_and_tab_separated_exports() {
        SourceTable part = kazakhstan.first(40);

        FileReport semicolons = importOne(part.write(dir.resolve("kaz-semicolons.csv"), ';'), ImportOptions.defaults());
        FileReport tabs = importOne(part.write(dir.resolve("kaz.tsv"), '\t'), ImportOptions.defaults());

        assertThat(semicolons.inserted()).isEqualTo(part.jointRecommendations());
        assertThat(tabs.unchanged()).isEqualTo(part.jointRecommendations());
    }

    @Test
    void reads_a_latin_1_export_and_says_so() throws IOException {
        // UPR Info texts with letters such as "é" ("Instance Equité et Réconciliation"), all of them within Latin-1.
        SourceTable export = SourceTable.read(SharedData.data("upr_recommendations.csv"));
        SourceTable accented = export.where(r -> r.get(export.column("recommendation")).chars().anyMatch(c -> c > 127 && c < 256)
                && r.get(export.column("recommendation")).chars().allMatch(c -> c < 256) && !r.get(export.column("recommending_iso3")).isBlank());
        Path utf8 = accented.write(dir.resolve("utf8.csv"));
        Path latin1 = Files.write(dir.resolve("latin1.csv"), Files.readString(utf8).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        FileReport report = importOne(latin1, ImportOptions.defaults());

        assertThat(accented.rows()).isNotEmpty();
        assertThat(report.kind()).isEqualTo("UPR Info export (CSV, read as windows-1252)");
        assertThat(report.inserted()).isEqualTo(accented.jointRecommendations());
        assertThat(all()).extracting(Recommendation::text)
                .containsAll(accented.rows().stream().map(r -> r.get(export.column("recommendation")).strip()).toList());
    }

    @Test
    void a_uhri_thematic_list_needs_the_state_under_review() {
        Path file = SharedData.data("slovenia_upr_thematic_lists.csv");
        SourceTable list = SourceTable.read(file);

        FileReport without = importOne(file, ImportOptions.defaults());
        FileReport with = importOne(file, ImportOptions.defaults().forState("SVN"));

        assertThat(without.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(without.error()).get().asString().contains("does not name the State under review; give --state ISO3");
        assertThat(with.outcome()).isEqualTo(FileOutcome.IMPORTED);
        assertThat(with.inserted()).isEqualTo(list.rows().size());
        for (String session : List.of("20", "34", "48")) {
            long rows = list.rows().stream().filter(r -> r.get(list.column("session")).equals(session)).count();
            long held = recommendations.count(RecommendationFilter.all().withReview(reviews.find("SVN", Integer.parseInt(session)).orElseThrow().id()));
            assertThat(held).as("session " + session).isEqualTo(rows);
        }
    }

    @Test
    void the_states_of_a_thematic_list_row_with_an_empty_states_cell_come_from_the_text() {
        SourceTable list = SourceTable.read(SharedData.data("slovenia_upr_thematic_lists.csv"));
        SourceTable blank = list.where(r -> r.get(list.column("recommending_states_parsed")).isBlank()).first(1);
        String text = blank.cell(0, "recommendation");
        String named = text.substring(0, text.indexOf("; Source of position"));
        List<String> expected = StateRegistry.bundled().all().stream().filter(s -> named.endsWith("(" + s.name() + ")")).map(s -> s.iso3()).toList();

        importOne(blank.write(dir.resolve("list.csv")), ImportOptions.defaults().forState("SVN"));

        Recommendation stored = all().get(0);
        assertThat(expected).hasSize(1);
        assertThat(stored.recommendingStates()).isEqualTo(expected);
        assertThat(stored.text()).isEqualTo(named);
        assertThat(stored.responseSource()).get().asString().startsWith("A/HRC/").doesNotContain("Para");
    }

    @Test
    void troikas_own_exports_import_back_unchanged() throws IOException {
        importOne(SharedData.data("kazakhstan_upr.csv"), ImportOptions.defaults());
        importOne(SharedData.data("slovenia_upr_thematic_lists.csv"), ImportOptions.defaults().forState("SVN"));
        long count = stored();

        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("export." + format.name().toLowerCase());
            try (OutputStream out = Files.newOutputStream(file)) {
                exporter.write(format, sink -> recommendations.forEach(RecommendationFilter.all(), sink), out);
            }

            FileReport report = importOne(file, ImportOptions.defaults());

            assertThat(report.unchanged()).as(format.name()).isEqualTo(count);
            assertThat(report.inserted() + report.updated() + report.rejected()).as(format.name()).isZero();
        }
    }

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_survives_export_and_import() throws IOException {
        // A hostile cell: the CSV export writes it with a leading apostrophe, and reading it back removes it again.
        String formula = "=HYPERLINK(\"http://example.invalid\") " + kazakhstan.cell(0, "recommendation");
        importOne(kazakhstan.first(10).with(0, "recommendation", formula).write(dir.resolve("kaz.csv")), ImportOptions.defaults());
        Path export = dir.resolve("export.csv");
        try (OutputStream out = Files.newOutputStream(export)) {
            exporter.write(ExportFormat.CSV, sink -> recommendations.forEach(RecommendationFilter.all(), sink), out);
        }

        FileReport again = importOne(export, ImportOptions.defaults());

        assertThat(Files.readString(export)).contains("\"'=HYPERLINK(");
        assertThat(again.unchanged()).isEqualTo(stored());
        assertThat(all()).extracting(Recommendation::text).contains(formula);
    }

    @Test
    void reads_xlsx_rows_and_names_a_bad_cell_as_a_spreadsheet_does() throws IOException {
        SourceTable part = kazakhstan.first(30).with(4, "session", "seven");
        Path file = dir.resolve("kaz.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("UPR");
            Row header = sheet.createRow(0);
            for (int c = 0; c < part.header().size(); c++) {
                header.createCell(c).setCellValue(part.header().get(c));
            }
            for (int r = 0; r < part.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < part.header().size(); c++) {
                    row.createCell(c).setCellValue(part.rows().get(r).get(c));
                }
            }
            workbook.write(out);
        }

        FileReport report = importOne(file, ImportOptions.defaults());

        String sessionColumn = String.valueOf((char) ('A' + part.column("session")));
        assertThat(report.rejections()).extracting(Object::toString)
                .containsExactly(file + " UPR!" + sessionColumn + "6, column session: 'seven' is not a whole number");
    }

    @Test
    void a_damaged_workbook_is_refused_naming_the_file() throws IOException {
        Path whole = dir.resolve("whole.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            workbook.createSheet("UPR").createRow(0).createCell(0).setCellValue("id");
            workbook.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FileReport report = importOne(cut, ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(report.error()).get().asString().startsWith(cut + ": ").doesNotContain("\n");
        assertThat(stored()).isZero();
    }

    @Test
    void a_mapping_file_names_the_columns_of_another_shape() throws IOException {
        SourceTable part = kazakhstan.first(20);
        SourceTable renamed = new SourceTable(part.header().stream().map(h -> switch (h) {
            case "id" -> "Ref";
            case "recommendation" -> "Recommendation text";
            case "recommending_state" -> "Recommending State";
            case "response" -> "Position";
            case "session" -> "UPR session";
            case "sur_iso3" -> "Country";
            default -> "other " + h;
        }).toList(), part.rows());
        Path table = renamed.write(dir.resolve("tracker.csv"));
        Path yaml = Files.writeString(dir.resolve("tracker.yaml"), """
                name: NGO tracker
                columns:
                  row_id: Ref
                  text: Recommendation text
                  recommending_state: Recommending State
                  response: Position
                  session: UPR session
                  state_under_review: Country
                """);
        Path properties = Files.writeString(dir.resolve("tracker.properties"), """
                row_id = Ref
                text = Recommendation text
                recommending_state = Recommending State
                response = Position
                session = UPR session
                state_under_review = Country
                """);

        FileReport unknownShape = importOne(table, ImportOptions.defaults());
        FileReport byYaml = importOne(table, ImportOptions.defaults().withMapping(yaml));
        FileReport byProperties = importOne(table, ImportOptions.defaults().withMapping(properties));

        assertThat(unknownShape.error()).get().asString().contains("is not a shape Troika knows").contains("--mapping FILE");
        assertThat(byYaml.kind()).isEqualTo("NGO tracker (CSV)");
        assertThat(byYaml.inserted()).isEqualTo(part.jointRecommendations());
        assertThat(byProperties.unchanged()).isEqualTo(part.jointRecommendations());
    }

    @Test
    void a_mapping_file_with_an_unknown_field_is_refused_naming_the_field() throws IOException {
        Path mapping = Files.writeString(dir.resolve("bad.properties"), "txt = Recommendation\n");

        FileReport report = importOne(SharedData.data("kazakhstan_upr.csv"), ImportOptions.defaults().withMapping(mapping));

        assertThat(report.error()).get().asString().contains("unknown field 'txt'");
        assertThat(stored()).isZero();
    }

    @Test
    void the_import_log_keeps_every_file_with_its_fingerprint() {
        importOne(SharedData.data("kazakhstan_upr.csv"), ImportOptions.defaults());

        Map<String, Object> run = jdbc.sql("SELECT file_name, sha256, outcome, inserted, file_kind FROM import_run").query().singleRow();

        assertThat(run).containsEntry("outcome", "IMPORTED").containsEntry("inserted", kazakhstan.jointRecommendations())
                .containsEntry("file_kind", "UPR Info export (CSV)");
        assertThat((String) run.get("sha256")).hasSize(64);
        assertThat(Optional.ofNullable(run.get("file_name"))).get().asString().endsWith("kazakhstan_upr.csv");
    }
}
