package org.troika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.support.SharedData;
import picocli.CommandLine;

class ImportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = TroikaCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void imports_a_file_then_finds_it_unchanged_the_second_time() throws IOException {
        Path file = SharedData.data("kazakhstan_upr.csv");
        String data = dir.resolve("data").toString();

        int first = run("import", "--data", data, file.toString());
        String firstOut = out.toString();
        int second = run("import", "--data", data, file.toString());

        assertThat(first).isZero();
        assertThat(firstOut).startsWith(file + " (UPR Info export (CSV)): ").contains(" new, 0 updated, 0 unchanged; 0 rejected")
                .contains("created review KAZ-2010 (Kazakhstan, session 7, cycle 1)");
        assertThat(second).isZero();
        assertThat(out.toString()).contains(": 0 new, 0 updated, ").contains(" unchanged; 0 rejected");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void bad_rows_are_listed_with_their_place_and_nothing_is_imported_without_skip_bad_rows() throws IOException {
        Path file = dir.resolve("kaz.csv");
        try (var in = Files.newBufferedReader(SharedData.data("kazakhstan_upr.csv"), StandardCharsets.UTF_8);
             var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
             var csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            csv.printRecord(parser.getHeaderNames());
            int row = 0;
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.toList());
                if (++row == 3) {
                    // The third row, line 4 of the file, names a State that does not exist.
                    values.set(parser.getHeaderNames().indexOf("recommending_state"), "Freedonia");
                    values.set(parser.getHeaderNames().indexOf("recommending_iso3"), "");
                }
                csv.printRecord(values);
            }
        }
        String data = dir.resolve("data").toString();

        int strict = run("import", "--data", data, file.toString());
        String strictErr = err.toString();
        int lenient = run("import", "--data", data, "--skip-bad-rows", file.toString());

        assertThat(strict).isEqualTo(2);
        assertThat(strictErr.lines().toList()).containsExactly(
                file + ":4, column recommending_state: unknown recommending State 'Freedonia'",
                "troika import: error: " + file + ": 1 row or paragraph rejected, nothing imported (--skip-bad-rows imports the others)");
        assertThat(lenient).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(file + ":4, column recommending_state: unknown recommending State 'Freedonia'" + System.lineSeparator());
        assertThat(out.toString()).contains("; 1 rejected");
    }

    @Test
    void says_in_one_line_what_is_wrong_with_a_file_or_the_options() {
        String data = dir.resolve("data").toString();
        Path missing = dir.resolve("missing.csv");

        int noFile = run("import", "--data", data, missing.toString());
        String noFileErr = err.toString();
        int noType = run("import", "--data", data, "--title", "A statement", missing.toString());
        String noTypeErr = err.toString();
        int badDate = run("import", "--data", data, "--doc-type", "ngo", "--date", "6 May 2019", missing.toString());

        assertThat(noFile).isEqualTo(2);
        assertThat(noFileErr).isEqualTo("troika import: error: " + missing + ": no such file" + System.lineSeparator());
        assertThat(noType).isEqualTo(2);
        assertThat(noTypeErr).isEqualTo("troika import: error: --title, --author, --date and --url describe a source document: give --doc-type too"
                + System.lineSeparator());
        assertThat(badDate).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("troika import: error: --date '6 May 2019' is not a date of the form YYYY-MM-DD" + System.lineSeparator());
    }
}
