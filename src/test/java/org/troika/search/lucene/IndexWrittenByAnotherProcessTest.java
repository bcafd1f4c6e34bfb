package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.recommendation.domain.Recommendation;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchRequest;
import org.troika.state.StateRegistry;

/**
 * A server holds the index's write lock; a second opening (the CLI beside it) searches what the server commits and
 * changes nothing. Lucene's lock is per process and per JVM alike, so one JVM stands in for two processes.
 */
class IndexWrittenByAnotherProcessTest {

    @TempDir
    Path folder;

    private final StateRegistry states = StateRegistry.bundled();
    private final FieldValues values = new FieldValues(states);
    private final List<Recommendation> kazakhstan = List.copyOf(KazakhstanRecommendations.load().keySet());

    private IndexedRecommendation indexed(Recommendation r) {
        return IndexedRecommendation.of(r, states);
    }

    @Test
    void a_second_opening_reads_what_the_writer_commits_and_writes_nothing() {
        Path index = folder.resolve("index");
        try (LuceneSearchIndex server = LuceneSearchIndex.open(index, values)) {
            server.rebuild(sink -> kazakhstan.subList(0, 10).forEach(r -> sink.accept(indexed(r))));

            try (LuceneSearchIndex beside = LuceneSearchIndex.open(index, values)) {
                assertThat(server.writable()).isTrue();
                assertThat(beside.writable()).isFalse();
                assertThat(beside.needsRebuild()).isFalse();
                assertThat(beside.search(SearchRequest.of("")).total()).isEqualTo(10);

                server.update(kazakhstan.subList(10, 15).stream().map(this::indexed).toList(), List.of());
                assertThat(beside.search(SearchRequest.of("")).total()).isEqualTo(15);

                assertThatThrownBy(() -> beside.update(List.of(indexed(kazakhstan.get(20))), List.of()))
                        .hasMessageContaining("in use by another Troika process");
                assertThatThrownBy(() -> beside.rebuild(sink -> { }))
                        .hasMessageContaining("in use by another Troika process");
            }
            assertThat(server.search(SearchRequest.of("")).total()).isEqualTo(15);
        }
    }
}
