package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadedNameTest {

    @TempDir
    Path folder;

    @Test
    void a_name_sent_with_folders_stays_in_the_upload_folder() {
        assertThat(UploadedName.in(folder, "../../etc/passwd")).isEqualTo(folder.resolve("passwd"));
        assertThat(UploadedName.in(folder, "..\\..\\uploads\\upr info.csv")).isEqualTo(folder.resolve("upr info.csv"));
        assertThat(UploadedName.in(folder, "..")).isEqualTo(folder.resolve("upload"));
        assertThat(UploadedName.in(folder, null)).isEqualTo(folder.resolve("upload"));
    }

    @Test
    void keeps_letters_digits_and_a_few_marks_and_no_leading_dot() {
        assertThat(UploadedName.in(folder, ".hidden")).isEqualTo(folder.resolve("hidden"));
        assertThat(UploadedName.in(folder, "Côte d’Ivoire (2019)$.pdf")).isEqualTo(folder.resolve("Côte d_Ivoire (2019)_.pdf"));
    }

    @Test
    void a_name_already_taken_in_the_folder_gets_a_number() throws IOException {
        Files.createFile(folder.resolve("report.pdf"));
        Files.createFile(folder.resolve("2-report.pdf"));

        assertThat(UploadedName.in(folder, "a/report.pdf")).isEqualTo(folder.resolve("3-report.pdf"));
    }
}
