package org.troika.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.document.domain.DocumentType;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.Statement;
import org.troika.support.TestData;

/** How source documents and their statements are stored, the same on every database Troika runs on. */
abstract class SourceDocumentStorageContract {

    static final String BODY = "UN High Commissioner for Human Rights concludes his official visit to Kazakhstan.\n\n"
            + "I welcome the country's full abolition of the death penalty.";

    @Autowired
    SourceDocumentFacade documents;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
    }

    private static SourceDocument endOfVisit() {
        return new SourceDocument(0, DocumentType.HIGH_COMMISSIONER, "End of visit", "Volker Türk",
                Optional.of(LocalDate.of(2023, 3, 17)), Optional.empty(), Optional.empty(), Optional.of("KAZ"), BODY);
    }

    @Test
    void stores_a_document_with_its_statements_quoted_verbatim() {
        int start = BODY.indexOf("I welcome");
        long id = documents.save(endOfVisit(), List.of(Statement.quote(BODY, 1, start, BODY.length(), Optional.of(LocalDate.of(2023, 3, 17)), Optional.of("KAZ"))));

        assertThat(documents.find(id)).hasValueSatisfying(d -> assertThat(d.author()).isEqualTo("Volker Türk"));
        assertThat(documents.statements(id)).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("I welcome the country's full abolition of the death penalty.");
            assertThat(s.stateIso3()).contains("KAZ");
        });
        assertThat(documents.forState("KAZ")).hasSize(1);
    }

    @Test
    void the_same_text_twice_is_one_document() {
        long first = documents.save(endOfVisit(), List.of());
        long second = documents.save(endOfVisit(), List.of());

        assertThat(second).isEqualTo(first);
        assertThat(documents.all()).hasSize(1);
    }

    @Test
    void refuses_a_statement_that_is_not_a_verbatim_quote() {
        var forged = new Statement(0, 0, 1, 0, 10, "Forged quo", Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> documents.save(endOfVisit(), List.of(forged))).hasMessageContaining("not a verbatim quote");
        assertThat(documents.all()).isEmpty();
    }
}
