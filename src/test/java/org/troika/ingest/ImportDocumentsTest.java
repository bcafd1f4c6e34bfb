package org.troika.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.document.SourceDocumentFacade;
import org.troika.document.domain.DocumentType;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.Statement;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.support.OnH2;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/** Statements, press releases and NGO reports become source documents; Troika bundles load whole. */
@OnH2
class ImportDocumentsTest {

    private static final String SEED = "2023-03-17_ohchr_high-commissioner_end-of-visit_kazakhstan.txt";

    @Autowired
    ImportFacade imports;
    @Autowired
    SourceDocumentFacade documents;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
    }

    private FileReport importOne(Path file, ImportOptions options) {
        return imports.importFiles(List.of(file), options, ImportProgress.NONE).get(0);
    }

    private static ImportOptions asDocument(DocumentType type) {
        return ImportOptions.defaults().withDocument(new ImportOptions.DocumentOptions(Optional.of(type), Optional.empty(),
                Optional.of("Volker Türk, UN High Commissioner for Human Rights"), Optional.empty(), Optional.empty()));
    }

    @Test
    void a_press_release_is_stored_with_its_statements_quoted_verbatim() {
        FileReport report = importOne(SharedData.seed(SEED), asDocument(DocumentType.HIGH_COMMISSIONER));

        assertThat(report.outcome()).isEqualTo(FileOutcome.IMPORTED);
        SourceDocument doc = documents.all().get(0);
        assertThat(doc.type()).isEqualTo(DocumentType.HIGH_COMMISSIONER);
        assertThat(doc.author()).isEqualTo("Volker Türk, UN High Commissioner for Human Rights");
        // The file name gives the date of the release; the dateline in the text gives it too.
        assertThat(doc.publishedOn()).contains(LocalDate.of(2023, 3, 17));
        assertThat(doc.stateIso3()).contains("KAZ");
        List<Statement> statements = documents.statements(doc.id());
        assertThat(statements).isNotEmpty().allSatisfy(s ->
                assertThat(doc.body().substring(s.startOffset(), s.endOffset())).isEqualTo(s.text()));
    }

    @Test
    void the_same_document_again_is_recognised_and_not_stored_twice() {
        importOne(SharedData.seed(SEED), asDocument(DocumentType.HIGH_COMMISSIONER));

        FileReport again = importOne(SharedData.seed(SEED), asDocument(DocumentType.HIGH_COMMISSIONER));

        assertThat(again.notes()).singleElement().asString().startsWith("already stored");
        assertThat(documents.all()).hasSize(1);
    }

    @Test
    void a_document_that_is_no_report_needs_its_type() {
        FileReport report = importOne(SharedData.seed("2022-08_european-parliament_droi_delegation_kazakhstan.txt"), ImportOptions.defaults());

        assertThat(report.outcome()).isEqualTo(FileOutcome.FAILED);
        assertThat(report.error()).get().asString().contains("give --doc-type TYPE");
        assertThat(documents.all()).isEmpty();
    }

    @Test
    void a_troika_bundle_loads_whole_and_a_second_time_changes_nothing() throws IOException {
        Path bundle = Path.of("src/main/resources/demo/kazakhstan-upr.json");
        JsonNode json = new ObjectMapper().readTree(bundle.toFile());
        int inBundle = 0;
        for (JsonNode review : json.get("reviews")) {
            inBundle += review.get("recommendations").size();
        }

        FileReport first = importOne(bundle, ImportOptions.defaults());
        FileReport again = importOne(bundle, ImportOptions.defaults());

        assertThat(first.kind()).isEqualTo("Troika bundle");
        assertThat(first.inserted()).isEqualTo(inBundle);
        assertThat(again.unchanged()).isEqualTo(inBundle);
        assertThat(recommendations.count(RecommendationFilter.all())).isEqualTo(inBundle);
        assertThat(documents.all()).hasSize(json.get("documents").size());
    }
}
