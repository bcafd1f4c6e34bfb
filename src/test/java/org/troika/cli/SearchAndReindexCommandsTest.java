package org.troika.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.cli.CliRun.troika;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.support.UprFixtures;

/** {@code troika search} and {@code troika reindex} in-process on an H2 data folder holding real UPR data. */
class SearchAndReindexCommandsTest {

    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void realDataInADataFolder() {
        data = CliRun.dataFolderWithUprFixtures(dir);
    }

    /** Kazakhstan's recommendations (UPR Info rows of one session with the same text are one) whose text matches. */
    static long kazakhstan(String regex) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return UprFixtures.csv("kazakhstan_upr.csv").stream().filter(r -> p.matcher(r.get("recommendation")).find())
                .map(r -> r.get("session") + "|" + r.get("recommendation")).distinct().count();
    }

    @Test
    void finds_a_phrase_among_one_states_recommendations_as_json() throws Exception {
        CliRun run = troika("search", "--data", data, "\"death penalty\"", "--facet", "state=KAZ", "--format", "json", "--limit", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.get("total").asLong()).isEqualTo(kazakhstan("death\\s+penalty")).isPositive();
        assertThat(result.get("hits")).hasSize(5);
        assertThat(result.get("hits").get(0).get("snippet").asText().toLowerCase()).contains("<mark>death penalty</mark>");
        assertThat(result.get("hits").get(0).get("stateUnderReview").asText()).isEqualTo("KAZ");
        assertThat(result.get("facets").findValuesAsText("field")).contains("state", "by", "bygroup", "theme");
        assertThat(result.get("suggestion").isNull()).isTrue();
    }

    @Test
    void a_table_with_hits_facet_counts_and_a_suggestion_for_a_typo() {
        CliRun run = troika("search", "--data", data, "tortre", "--facet", "state:Kazakhstan");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("0 recommendations for tortre").contains("Did you mean: torture");

        CliRun table = troika("search", "--data", data, "torture", "by:France", "--sort", "date");
        List<CSVRecord> rows = UprFixtures.csv("kazakhstan_upr.csv");
        long france = rows.stream().filter(r -> r.get("recommending_iso3").equals("FRA"))
                .filter(r -> Pattern.compile("\\btortur(e|ed|es|ing)\\b", Pattern.CASE_INSENSITIVE).matcher(r.get("recommendation")).find())
                .map(r -> r.get("session") + "|" + r.get("recommendation")).distinct().count();
        assertThat(table.out()).startsWith(france + (france == 1 ? " recommendation" : " recommendations") + " for torture by:France");
        assertThat(table.out()).contains("Id").contains("*tortur").contains("by:       FRA " + france);
    }

    @Test
    void bad_queries_and_options_are_one_line_and_exit_code_2() {
        CliRun syntax = troika("search", "--data", data, "torture AND");
        assertThat(syntax.exitCode()).isEqualTo(2);
        assertThat(syntax.err().strip()).isEqualTo("troika search: error: Cannot read the query: the query ends too early: "
                + "an AND, OR, NOT, bracket, quote or field name is left open");

        CliRun field = troika("search", "--data", data, "colour:red");
        assertThat(field.exitCode()).isEqualTo(2);
        assertThat(field.err()).contains("Unknown field 'colour'").hasLineCount(1);

        CliRun facet = troika("search", "--data", data, "--facet", "by=Atlantis");
        assertThat(facet.exitCode()).isEqualTo(2);
        assertThat(facet.err()).contains("'Atlantis' in field 'by' is no State").hasLineCount(1);

        CliRun limit = troika("search", "--data", data, "--limit", "1000");
        assertThat(limit.exitCode()).isEqualTo(2);
        assertThat(limit.err()).contains("--limit must be 1 to 100").hasLineCount(1);
    }

    @Test
    void reindex_rebuilds_from_the_database_into_the_data_folder() {
        CliRun run = troika("reindex", "--data", data);

        assertThat(run.exitCode()).as(run.err()).isZero();
        long slovenia = UprFixtures.csv("slovenia_upr_thematic_lists.csv").stream()
                .filter(r -> r.get("session").equals("34") || r.get("session").equals("48")).count();
        assertThat(run.out()).startsWith("Indexed " + (kazakhstan("") + slovenia) + " recommendations in ")
                .contains(dir.resolve("data").resolve("index").toString());
    }
}
