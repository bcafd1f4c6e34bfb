package org.troika.ingest.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.troika.ingest.ImportFacade;
import org.troika.ingest.ImportOptions;
import org.troika.ingest.ImportProgress;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.ingest.domain.Rejection;
import org.troika.support.OnH2;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/**
 * Ten thousand damaged and hostile files (see {@link MutatedInputs}) through the import path, from a fixed seed:
 * none may crash the importer, a file that fails may change nothing, and every failure must say which file
 * and where, in one line. A failing case is kept in target/robustness-failures to be imported by hand.
 */
@OnH2
// A context of its own, with a search index nobody has searched yet: that index is rebuilt whole at the first
// search instead of following each write, so the 10,000 imports measure the import path, not Lucene commits.
@TestPropertySource(properties = "troika.data-dir=target/test-data/robustness-${random.uuid}")
class ImportRobustnessTest {

    private static final long SEED = 20261130L;
    private static final int CASES = 10_000;
    private static final List<String> TABLES = List.of("review", "recommendation", "source_document", "statement");

    @Autowired
    ImportFacade imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void damaged_and_hostile_files_never_crash_the_import_nor_import_in_part() throws IOException {
        TestData.clean(jdbc);
        MutatedInputs inputs = new MutatedInputs(SEED, header(), rows(), List.of(
                Files.readString(Path.of("src/test/resources/ingest/reports/A_HRC_10_84_Tuvalu_UPR_WG_report_2009_excerpt.txt")),
                Files.readString(Path.of("src/test/resources/ingest/reports/A_HRC_21_16_South_Africa_UPR_WG_report_2012_excerpt.txt"))));
        Map<FileOutcome, Integer> outcomes = new LinkedHashMap<>();
        List<String> samples = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            MutatedInputs.Input input = inputs.next(n);
            Path file = Files.write(dir.resolve(input.name()), input.bytes());
            Map<String, Long> before = counts();
            FileReport report;
            try {
                report = imports.importFiles(List.of(file), ImportOptions.defaults(), ImportProgress.NONE).get(0);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(keep(input, "the importer threw " + e), e);
            }
            if (outcomes.merge(report.outcome(), 1, Integer::sum) <= 3 || n % 1000 == 0) {
                samples.add(report.outcome() + " " + input.how() + " -> " + report.error().orElse("")
                        + report.rejections().stream().findFirst().map(r -> " | " + r).orElse(""));
            }
            check(input, file, report, before);
            Files.delete(file);
        }
        System.out.println("robustness: " + CASES + " cases, outcomes " + outcomes);
        samples.forEach(s -> System.out.println("  " + (s.length() > 400 ? s.substring(0, 400) + "..." : s)));
        assertThat(outcomes.keySet()).contains(FileOutcome.IMPORTED, FileOutcome.REJECTED, FileOutcome.FAILED);
    }

    private void check(MutatedInputs.Input input, Path file, FileReport report, Map<String, Long> before) throws IOException {
        Map<String, Long> after = counts();
        switch (report.outcome()) {
            case IMPORTED -> {
                if (after.get("recommendation") - before.get("recommendation") != report.inserted()) {
                    fail(keep(input, "imported " + report.inserted() + " new recommendations but the table grew by "
                            + (after.get("recommendation") - before.get("recommendation"))));
                }
            }
            case REJECTED, FAILED -> {
                if (!after.equals(before)) {
                    fail(keep(input, report.outcome() + " but the database changed: " + before + " -> " + after));
                }
                String error = report.error().orElse("");
                if (!error.startsWith(file.toString()) || error.contains("\n")) {
                    fail(keep(input, "the error does not name the file in one line: " + error));
                }
                for (Rejection r : report.rejections()) {
                    if (!r.location().startsWith(file.toString()) || r.toString().contains("\n") || r.location().equals(file.toString())) {
                        fail(keep(input, "a rejection does not say where in the file, in one line: " + r));
                    }
                }
                if (report.outcome() == FileOutcome.REJECTED && report.rejections().isEmpty()) {
                    fail(keep(input, "rejected without a listed row"));
                }
            }
            default -> fail(keep(input, "unexpected outcome " + report.outcome()));
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String keep(MutatedInputs.Input input, String problem) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "robustness-failures"));
            Files.write(folder.resolve(input.name()), input.bytes());
            return input.name() + " (" + input.how() + "; kept in " + folder.resolve(input.name()) + "): " + problem;
        } catch (IOException e) {
            return input.name() + " (" + input.how() + "): " + problem;
        }
    }

    private static List<String> header() throws IOException {
        try (CSVParser parser = parse()) {
            return List.copyOf(parser.getHeaderNames());
        }
    }

    /** The first 400 rows of the real UPR Info export. */
    private static List<List<String>> rows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = parse()) {
            for (CSVRecord r : parser) {
                if (rows.size() == 400) {
                    break;
                }
                rows.add(r.toList());
            }
        }
        return rows;
    }

    private static CSVParser parse() throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(SharedData.data("upr_recommendations.csv"), StandardCharsets.UTF_8));
    }
}
