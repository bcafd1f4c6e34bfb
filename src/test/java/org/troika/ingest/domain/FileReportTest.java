package org.troika.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileReportTest {

    @Test
    void outside_its_upload_folder_a_report_names_the_files_as_sent() {
        Path folder = Path.of("/tmp", "troika-upload-1");
        String stored = folder.resolve("upr info.csv").toString();
        FileReport report = new FileReport(stored + " + " + folder.resolve("2-upr info.csv"), "-", "UPR Info export (CSV)",
                FileOutcome.REJECTED, 0, 0, 0, 1,
                List.of(Rejection.at(stored + ":3", "recommending_state", "unknown recommending State 'Atlantis' in " + stored)),
                List.of(), List.of("read " + stored), Optional.of(stored + ": 1 row rejected"), true);

        FileReport shown = report.outside(folder);

        assertThat(shown.file()).isEqualTo("upr info.csv + 2-upr info.csv");
        assertThat(shown.rejections()).containsExactly(
                Rejection.at("upr info.csv:3", "recommending_state", "unknown recommending State 'Atlantis' in upr info.csv"));
        assertThat(shown.notes()).containsExactly("read upr info.csv");
        assertThat(shown.error()).contains("upr info.csv: 1 row rejected");
    }

    @Test
    void names_outside_the_folder_are_left_as_they_are() {
        FileReport report = new FileReport("/data/a.csv", "-", "table", FileOutcome.IMPORTED, 1, 0, 0, 0, List.of(), List.of(),
                List.of("/tmp/troika-upload-12/a.csv"), Optional.empty(), false);

        assertThat(report.outside(Path.of("/tmp/troika-upload-1"))).isEqualTo(report);
    }
}
