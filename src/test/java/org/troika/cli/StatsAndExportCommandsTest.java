package org.troika.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.cli.CliRun.troika;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.support.UprFixtures;

/** {@code troika stats} and {@code troika export} run in-process on an H2 data folder holding real UPR data. */
class StatsAndExportCommandsTest {

    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void realDataInADataFolder() {
        data = CliRun.dataFolderWithUprFixtures(dir);
    }

    @Test
    void keeps_its_database_in_the_data_folder_given() {
        assertThat(dir.resolve("data/db/troika.mv.db")).isRegularFile();
    }

    @Test
    void stats_as_json_gives_one_entry_per_review_with_exactly_the_agreed_fields() throws Exception {
        CliRun run = troika("stats", "--data", data, "--state", "kaz", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stats = new ObjectMapper().readTree(run.out());
        assertThat(stats.isArray()).isTrue();
        assertThat(stats).hasSize(4);
        for (JsonNode entry : stats) {
            assertThat(fieldNames(entry)).containsExactly("cycle", "year", "session", "official", "recorded");
            assertThat(fieldNames(entry.get("recorded"))).containsExactly("paragraphs", "rows", "supported", "noted", "pending");
        }
        List<CSVRecord> summary = UprFixtures.csv("kazakhstan_upr_cycle_summary.csv");
        JsonNode first = stats.get(0);
        assertThat(first.get("official").isNull()).isTrue();
        assertThat(first.get("year").asInt()).isEqualTo(2010);
        assertThat(first.get("recorded").get("rows").asInt()).isEqualTo(Integer.parseInt(summary.get(0).get("n_recommendations")));
        assertThat(first.get("recorded").get("noted").asInt()).isEqualTo(Integer.parseInt(summary.get(0).get("n_noted")));
        JsonNode third = stats.get(2);
        assertThat(third.get("session").asInt()).isEqualTo(34);
        assertThat(fieldNames(third.get("official"))).containsExactly("total", "supported", "noted", "source");
        assertThat(third.get("official").get("total").asInt()).isEqualTo(245);
        assertThat(third.get("official").get("supported").asInt()).isEqualTo(214);
        assertThat(third.get("official").get("noted").asInt()).isEqualTo(31);
        assertThat(third.get("official").get("source").asText()).contains("Kazakhstan MFA");
        assertThat(third.get("recorded").get("paragraphs").asInt()).isZero();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void stats_as_a_table_aligns_columns_and_words_completeness_honestly() {
        CliRun run = troika("stats", "--data", data, "--state", "KAZ");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("Cycle")).findFirst().orElseThrow());
        List<String> rows = lines.subList(header + 1, header + 5);
        int column = lines.get(header).indexOf("Completeness");
        assertThat(rows).allSatisfy(row -> assertThat(row.substring(column - 2, column)).isEqualTo("  "));
        assertThat(rows.get(0).substring(column)).isEqualTo("129 recorded; no official total known");
        assertThat(rows.get(2).substring(column)).isEqualTo("0 of 245 recorded");
        assertThat(rows.get(3).substring(column)).isEqualTo("0 of 294 recorded");
        assertThat(run.out()).contains("Kazakhstan (KAZ), 4 reviews").contains("Official totals from:");
    }

    @Test
    void an_unknown_state_code_gets_one_clear_line_and_exit_code_2() {
        for (String command : List.of("stats", "export")) {
            CliRun run = command.equals("stats")
                    ? troika("stats", "--data", data, "--state", "XYZ")
                    : troika("export", "--data", data, "--format", "csv", "--by", "XYZ", "--output", dir.resolve("x.csv").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().asString().contains("'XYZ'").doesNotContain("Exception");
        }
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void exports_the_filtered_set_as_csv_and_says_how_many() throws Exception {
        Path file = dir.resolve("kaz-noted.csv");
        CliRun run = troika("export", "--data", data, "--format", "csv", "--state", "KAZ", "--cycle", "2", "--response", "noted",
                "--output", file.toString());

        Set<String> expected = new HashSet<>();
        for (CSVRecord row : UprFixtures.csv("kazakhstan_upr.csv")) {
            if (row.get("session").equals("20") && row.get("response").equals("Noted")) {
                expected.add(row.get("recommendation"));
            }
        }
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Exported " + expected.size() + " recommendations to " + file.toAbsolutePath());
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1); // byte-order mark
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            assertThat(records).extracting(r -> r.get("text")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(records).allSatisfy(r -> {
                assertThat(r.get("response")).isEqualTo("Noted");
                assertThat(r.get("cycle")).isEqualTo("2");
                assertThat(r.get("state_under_review")).isEqualTo("KAZ");
            });
        }
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void exports_recommendations_made_by_a_state_as_json() throws Exception {
        Path file = dir.resolve("by-fra.json");
        CliRun run = troika("export", "--data", data, "--format", "JSON", "--by", "FRA", "--output", file.toString());

        long toKazakhstan = UprFixtures.csv("kazakhstan_upr.csv").stream().filter(r -> r.get("recommending_iso3").equals("FRA")).count();
        long toSlovenia = UprFixtures.csv("slovenia_upr_thematic_lists.csv").stream()
                .filter(r -> r.get("session").equals("34") || r.get("session").equals("48"))
                .filter(r -> r.get("recommending_states_parsed").contains("France")).count();
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode items = new ObjectMapper().readTree(file.toFile());
        assertThat(items).hasSize((int) (toKazakhstan + toSlovenia));
        assertThat(items).allSatisfy(i -> assertThat(i.get("states").toString()).contains("\"FRA\""));
        assertThat(run.out()).contains("Exported " + (toKazakhstan + toSlovenia) + " recommendations");
    }

    @Test
    void exports_everything_as_xlsx_without_a_cap() throws Exception {
        Path file = dir.resolve("all.xlsx");
        CliRun run = troika("export", "--data", data, "--format", "xlsx", "--output", file.toString());

        Set<String> kazakhstan = new HashSet<>();
        UprFixtures.csv("kazakhstan_upr.csv").forEach(r -> kazakhstan.add(r.get("session") + r.get("recommendation")));
        long slovenia = UprFixtures.csv("slovenia_upr_thematic_lists.csv").stream()
                .filter(r -> r.get("session").equals("34") || r.get("session").equals("48")).count();
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(sheet.getLastRowNum()).isEqualTo(kazakhstan.size() + (int) slovenia);
        }
    }

    @Test
    void bad_options_are_named_in_one_line() {
        CliRun format = troika("export", "--data", data, "--format", "pdf", "--output", dir.resolve("x.pdf").toString());
        CliRun response = troika("export", "--data", data, "--format", "csv", "--response", "maybe", "--output", dir.resolve("x.csv").toString());
        CliRun folder = troika("export", "--data", data, "--format", "csv", "--output", dir.resolve("missing/x.csv").toString());
        CliRun statsFormat = troika("stats", "--data", data, "--state", "KAZ", "--format", "xml");

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("'pdf'").contains("csv, json or xlsx");
        assertThat(response.exitCode()).isEqualTo(2);
        assertThat(response.err()).contains("--response 'maybe'");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("does not exist");
        assertThat(statsFormat.exitCode()).isEqualTo(2);
        assertThat(statsFormat.err()).contains("--format").contains("xml");
    }

    @Test
    void every_command_explains_itself() {
        for (String command : List.of("stats", "export")) {
            CliRun help = troika(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: troika " + command).contains("--state").contains("--data");
        }
        assertThat(troika("--help").out()).contains("stats").contains("export");
    }
}
