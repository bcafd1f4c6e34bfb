package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.troika.recommendation.RecommendationBuilder.aRecommendation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.recommendation.domain.SaveOutcome;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexComparison;
import org.troika.search.domain.SearchRequest;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;
import org.troika.support.TestData;

/**
 * The index follows the database: every committed write, nothing rolled back, and at start it finds and mends what
 * it missed (a damaged index is rebuilt, an outdated one brought up to date). The same on every database.
 */
abstract class SearchIndexConsistencyContract {

    @Autowired
    SearchFacade search;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SearchIndexLocation location;

    ReviewRef kaz2010;

    @BeforeEach
    void kazakhstanFirstCycle() {
        TestData.clean(jdbc);
        search.synchronise();
        Review review = reviews.save(new Review(0, "KAZ", 7, 1, Optional.of(LocalDate.of(2010, 2, 12)),
                List.of("BGD", "CUB", "MUS"), ReviewDocuments.standard(7, "KAZ", "A/HRC/14/10"), Optional.empty()));
        kaz2010 = new ReviewRef(review.id(), "KAZ", 7, 1, 2010);
    }

    private long found(String query) {
        return search.search(SearchRequest.of(query)).total();
    }

    private long save(String paragraph, String text, String... by) {
        SaveOutcome outcome = recommendations.save(List.of(aRecommendation().in(kaz2010).paragraph(paragraph).text(text).by(by).build())).get(0);
        return switch (outcome) {
            case SaveOutcome.Inserted i -> i.id();
            case SaveOutcome.Updated u -> u.id();
            case SaveOutcome.Unchanged u -> u.id();
        };
    }

    @Test
    void a_saved_recommendation_is_found_at_once_and_a_correction_replaces_it() {
        save("95.1", "Ratify the Optional Protocol to the Convention against Torture", "FRA");
        assertThat(found("torture by:France")).isEqualTo(1);

        save("95.1", "Ratify the Convention on the Rights of Persons with Disabilities", "FRA");
        assertThat(found("torture")).isZero();
        assertThat(found("disabilities")).isEqualTo(1);
    }

    @Test
    void a_deleted_recommendation_is_no_longer_found() {
        long id = save("95.2", "Abolish the death penalty", "AUS");
        assertThat(found("\"death penalty\"")).isEqualTo(1);

        recommendations.delete(id);
        assertThat(found("\"death penalty\"")).isZero();
    }

    @Test
    void a_write_rolled_back_never_reaches_the_index() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            save("95.3", "Guarantee the independence of the judiciary", "DEU");
            throw new IllegalStateException("the import failed after saving");
        })).hasMessageContaining("import failed");
        assertThat(found("judiciary")).isZero();
    }

    @Test
    void names_with_diacritics_and_typographic_apostrophes_are_found_as_typed_on_any_keyboard() {
        save("95.4", "Follow the example of Côte d’Ivoire in its cooperation with the treaty bodies", "CIV");
        assertThat(found("\"Cote d'Ivoire\"")).isEqualTo(1);
        assertThat(found("\"CÔTE D’IVOIRE\"")).isEqualTo(1);
        assertThat(found("by:\"Cote d'Ivoire\"")).isEqualTo(1);
    }

    @Test
    void an_index_that_missed_writes_is_brought_up_to_date_when_opened() {
        long kept = save("95.5", "Ensure freedom of peaceful assembly", "NOR");
        long changed = save("95.6", "Combat domestic violence", "SWE");
        assertThat(found("assembly")).isEqualTo(1);
        search.close();
        // Changes the index never heard of: another process, or a crash between the database's commit and the index's.
        String hash = aRecommendation().in(kaz2010).paragraph("95.6").text("Combat trafficking in persons").by("SWE").build().contentHash();
        jdbc.sql("UPDATE recommendation SET text = 'Combat trafficking in persons', content_hash = :h WHERE id = :id")
                .param("h", hash).param("id", changed).update();
        jdbc.sql("DELETE FROM recommendation WHERE id = :id").param("id", kept).update();

        IndexComparison.Difference difference = search.synchronise();

        assertThat(difference.stale()).containsExactly(changed);
        assertThat(difference.orphans()).containsExactly(kept);
        assertThat(found("assembly")).isZero();
        assertThat(found("trafficking")).isEqualTo(1);
        assertThat(found("\"domestic violence\"")).isZero();
        assertThat(search.synchronise().none()).isTrue();
    }

    @Test
    void writes_of_another_process_are_found_by_the_next_search_of_a_running_index() {
        long changed = save("95.8", "Release political prisoners", "CZE");
        assertThat(found("prisoners")).isEqualTo(1);
        // Another process (an import beside the server) writes and commits; its index update never reaches this one.
        String hash = aRecommendation().in(kaz2010).paragraph("95.8").text("Decriminalise defamation").by("CZE").build().contentHash();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE recommendation SET text = 'Decriminalise defamation', content_hash = :h WHERE id = :id")
                    .param("h", hash).param("id", changed).update();
            jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
        });

        assertThat(found("prisoners")).isZero();
        assertThat(found("defamation")).isEqualTo(1);
    }

    @Test
    void a_second_process_searches_the_servers_index_only_while_it_agrees_with_the_database() {
        long changed = save("95.9", "Guarantee the right to peaceful assembly", "NLD");
        assertThat(found("assembly")).isEqualTo(1);
        StateRegistry states = StateRegistry.bundled();
        try (SearchFacade beside = new SearchFacade(() -> LuceneSearchIndex.open(location.folder(), new FieldValues(states)),
                recommendations, states)) {
            assertThat(beside.search(SearchRequest.of("assembly")).total()).isEqualTo(1);

            String hash = aRecommendation().in(kaz2010).paragraph("95.9").text("Guarantee freedom of association").by("NLD").build().contentHash();
            transactions.executeWithoutResult(status -> {
                jdbc.sql("UPDATE recommendation SET text = 'Guarantee freedom of association', content_hash = :h WHERE id = :id")
                        .param("h", hash).param("id", changed).update();
                jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
            });
            assertThatThrownBy(() -> beside.search(SearchRequest.of("association")))
                    .hasMessageContaining("does not hold the latest changes yet (1 recommendations differ)");

            assertThat(found("association")).isEqualTo(1);
            assertThat(beside.search(SearchRequest.of("association")).total()).isEqualTo(1);
            assertThat(beside.search(SearchRequest.of("assembly")).total()).isZero();
        }
    }

    @Test
    void a_corrected_review_date_moves_its_recommendations_to_that_year_in_the_index() {
        save("95.10", "Adopt a national action plan on business and human rights", "SWE");
        assertThat(found("year:2010 business")).isEqualTo(1);
        Review stored = reviews.find("KAZ", 7).orElseThrow();

        reviews.save(new Review(stored.id(), "KAZ", 7, 1, Optional.of(LocalDate.of(2011, 2, 12)), stored.troika(),
                stored.documents(), stored.official()));

        assertThat(found("year:2010 business")).isZero();
        assertThat(found("year:2011 business")).isEqualTo(1);
    }

    @Test
    void a_damaged_index_is_rebuilt_from_the_database_before_anything_is_searched() throws IOException {
        save("95.7", "Protect human rights defenders and journalists", "IRL");
        search.close();
        Path index = location.folder();
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5A;
                bytes[bytes.length - 3] ^= 0x5A;
                Files.write(f, bytes);
            }
        }

        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(index, new FieldValues(StateRegistry.bundled()))) {
            assertThat(reopened.needsRebuild()).isTrue();
        }
        // The reopened index was emptied; the facade sees that, and rebuilds before the first search.
        assertThat(found("journalists")).isEqualTo(1);
    }

    @Test
    void reindex_rebuilds_everything_from_the_database() {
        save("95.8", "Strengthen the National Preventive Mechanism", "DNK");
        save("95.9", "Combat torture in places of detention", "DNK");
        assertThat(search.rebuild()).isEqualTo(2);
        assertThat(found("by:DNK")).isEqualTo(2);
    }
}
