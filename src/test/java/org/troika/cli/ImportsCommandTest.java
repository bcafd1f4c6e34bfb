package org.troika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.support.SharedData;

class ImportsCommandTest {

    @TempDir
    Path dir;

    @Test
    void the_log_lists_each_import_with_who_gave_it_and_an_entry_lists_what_it_refused() throws IOException {
        String data = dir.resolve("data").toString();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,cycle,session,state_under_review,sur_iso3,recommendation,recommending_state,recommending_iso3,response\n"
                + "X-1,1,7,Kazakhstan,KAZ,Abolish the death penalty,Atlantis,,Supported\n", StandardCharsets.UTF_8);
        CliRun.troika("import", "--data", data, SharedData.data("kazakhstan_upr.csv").toString());
        CliRun.troika("import", "--data", data, bad.toString());

        CliRun log = CliRun.troika("imports", "--data", data);

        assertThat(log.exitCode()).isZero();
        String[] lines = log.out().split("\n");
        assertThat(lines[0]).contains("Id").contains("When (UTC)").contains("By").contains("File");
        assertThat(lines[1]).contains("REJECTED").contains("command line (" + System.getProperty("user.name")).endsWith(bad.toString());
        assertThat(lines[2]).contains("IMPORTED").endsWith("kazakhstan_upr.csv");
        String id = lines[1].trim().split("\\s+")[0];

        CliRun entry = CliRun.troika("imports", id, "--data", data);

        assertThat(entry.exitCode()).isZero();
        assertThat(entry.out()).startsWith("Import " + id + ": " + bad).contains("rejected:  " + bad + ":2, column recommending_state: ")
                .contains("Atlantis");
        assertThat(CliRun.troika("imports", "999999", "--data", data).exitCode()).isEqualTo(2);
    }
}
