package org.troika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void prints_each_recommendation_as_json() throws IOException {
        Path file = write("paragraphs.txt", """
                118.7 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (Argentina) (Côte d’Ivoire);
                """);

        int exit = run("extract", file.toString());

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(1);
        JsonNode first = json.get(0);
        assertThat(first.get("paragraph").asText()).isEqualTo("118.7");
        assertThat(first.get("text").asText()).isEqualTo(
                "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (Argentina) (Côte d’Ivoire)");
        assertThat(first.get("states").toString()).isEqualTo("[\"ARG\",\"CIV\"]");
        assertThat(first.get("stateNames").toString()).isEqualTo("[\"Argentina\",\"Côte d’Ivoire\"]");
        assertThat(first.get("response").isNull()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void prints_a_table_and_reports_problems_with_their_location() throws IOException {
        Path file = write("paragraphs.txt", """
                118.7 Ratify the Convention (Argentina);
                118.8 Adopt a law on the matter (Freedonia);
                """);

        int exit = run("extract", "--format", "table", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines()).hasSize(3).element(1).asString().startsWith("118.7     ARG");
        assertThat(err.toString()).isEqualTo(file + ":2: paragraph 118.8: unknown recommending State 'Freedonia' "
                + "(add the name to reference/states.tsv if it is a State)" + System.lineSeparator());
    }

    @Test
    void fills_in_responses_from_the_addendum() throws IOException {
        Path report = write("report.txt", """
                II. Conclusions and/or recommendations
                    122. The following recommendations will be examined by Slovenia, which will
                    provide responses in due time, but no later than the forty-third session of the Human
                    Rights Council:
                          122.1     Complete the process of ratification of the Optional Protocol to the
                          International Covenant on Economic, Social and Cultural Rights (Senegal);
                """);
        Path addendum = write("add1.txt", """
                A/HRC/43/15/Add.1
                3.     The Government accepts the following recommendations 122.1.
                """);

        int exit = run("extract", "--addendum", addendum.toString(), report.toString());

        assertThat(exit).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("response").asText()).isEqualTo("supported");
    }

    @Test
    void says_in_one_line_why_a_file_cannot_be_read() throws IOException {
        Path file = write("report.pdf", "This is not a PDF.\n");

        int exit = run("extract", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("troika extract: error: " + file
                + ": named .pdf but it is not a PDF file (its content looks like plain text)" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        CommandLine cli = TroikaCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
