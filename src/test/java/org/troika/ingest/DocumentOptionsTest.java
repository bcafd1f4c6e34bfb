package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.ImportOptions.DocumentOptions;
import org.troika.ingest.domain.ImportOptionException;

class DocumentOptionsTest {

    @Test
    void takes_the_details_of_a_source_document_with_its_type() {
        DocumentOptions options = DocumentOptions.given(Optional.of(DocumentType.NGO), Optional.of("Shadow report"),
                Optional.of("Amnesty International"), Optional.of("2019-05-06"), Optional.of("https://example.org/r"));

        assertThat(options).isEqualTo(new DocumentOptions(Optional.of(DocumentType.NGO), Optional.of("Shadow report"),
                Optional.of("Amnesty International"), Optional.of(LocalDate.of(2019, 5, 6)), Optional.of("https://example.org/r")));
    }

    @Test
    void nothing_given_is_no_document_options() {
        assertThat(DocumentOptions.given(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .isEqualTo(DocumentOptions.none());
    }

    @Test
    void refuses_details_of_a_source_document_without_its_type() {
        assertThatThrownBy(() -> DocumentOptions.given(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("https://example.org/r")))
                .isInstanceOfSatisfying(ImportOptionException.class, e -> assertThat(e.option()).isEqualTo("doc-type"))
                .hasMessage("--title, --author, --date and --url describe a source document: give --doc-type too");
    }

    @Test
    void refuses_a_date_not_written_yyyy_mm_dd() {
        assertThatThrownBy(() -> DocumentOptions.given(Optional.of(DocumentType.MEDIA), Optional.empty(), Optional.empty(),
                Optional.of("6 May 2019"), Optional.empty()))
                .isInstanceOfSatisfying(ImportOptionException.class, e -> assertThat(e.option()).isEqualTo("date"))
                .hasMessage("--date '6 May 2019' is not a date of the form YYYY-MM-DD");
    }
}
