package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;
import org.troika.state.StateRegistry;

/** Searches shared between threads (as in large indexes) give the counts of one thread, sideways ones too. */
class ParallelSearchTest {

    @TempDir
    Path folder;

    @Test
    void searching_in_parallel_gives_the_same_counts() {
        StateRegistry states = StateRegistry.bundled();
        FieldValues values = new FieldValues(states);
        List<IndexedRecommendation> kazakhstan = KazakhstanRecommendations.load().keySet().stream()
                .map(r -> IndexedRecommendation.of(r, states)).toList();
        try (LuceneSearchIndex alone = LuceneSearchIndex.open(folder.resolve("alone"), values, 16, 1, Long.MAX_VALUE);
             LuceneSearchIndex shared = LuceneSearchIndex.open(folder.resolve("shared"), values, 16, 2, 0)) {
            // Several segments, shared out between the threads.
            for (int from = 0; from < kazakhstan.size(); from += 50) {
                List<IndexedRecommendation> batch = kazakhstan.subList(from, Math.min(kazakhstan.size(), from + 50));
                alone.update(batch, List.of());
                shared.update(batch, List.of());
            }
            for (SearchRequest request : List.of(SearchRequest.of(""), SearchRequest.of("rights"),
                    SearchRequest.of("torture").withFilter(SearchField.RESPONSE, "supported"),
                    SearchRequest.of("").withFilter(SearchField.BY_GROUP, "WEOG").withFilter(SearchField.CYCLE, "2"))) {
                var expected = alone.search(request);
                var actual = shared.search(request);
                assertThat(actual.total()).isEqualTo(expected.total());
                assertThat(actual.facets()).as(request.query() + " " + request.filters()).isEqualTo(expected.facets());
                assertThat(actual.facet(SearchField.BY).orElseThrow().values()).isNotEmpty();
            }
        }
    }
}
