package org.troika.ingest.freetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.troika.document.domain.DocumentType;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

class FreeTextDocumentsTest {

    private final FreeTextDocuments documents = new FreeTextDocuments(StateRegistry.bundled());

    @Test
    void reads_title_date_and_state_off_an_ngo_press_release() throws Exception {
        String text = Files.readString(SharedData.seed("2014-11-21_open-dialog-foundation_kazakhstan_upr2.txt"));

        var read = documents.read(text, "odf.txt", DocumentDetails.of(DocumentType.NGO));

        assertThat(read.document().title()).isEqualTo("Kazakhstan misinformed UN member states");
        assertThat(read.document().publishedOn()).contains(LocalDate.of(2014, 11, 21));
        assertThat(read.document().stateIso3()).contains("KAZ");
        assertThat(read.statements()).isNotEmpty().allSatisfy(s ->
                assertThat(read.document().body().substring(s.startOffset(), s.endOffset())).isEqualTo(s.text()));
    }

    @Test
    void what_the_importer_says_wins_over_what_is_read_off_the_text() {
        var details = new DocumentDetails(DocumentType.PARLIAMENT, java.util.Optional.of("MEPs assessed the human rights situation"),
                java.util.Optional.of("European Parliament"), java.util.Optional.of(LocalDate.of(2022, 8, 26)),
                java.util.Optional.empty(), java.util.Optional.of("KAZ"));

        var read = documents.read("A delegation visited Kazakhstan on 22-24 August and met Ukraine's ambassador, 1 May 2021.", "ep.txt", details);

        assertThat(read.document().title()).isEqualTo("MEPs assessed the human rights situation");
        assertThat(read.document().author()).isEqualTo("European Parliament");
        assertThat(read.document().publishedOn()).contains(LocalDate.of(2022, 8, 26));
    }

    @Test
    void an_empty_document_is_refused_with_its_name() {
        assertThatThrownBy(() -> documents.read("  \n ", "blank.txt", DocumentDetails.of(DocumentType.MEDIA)))
                .hasMessageContaining("blank.txt");
    }
}
