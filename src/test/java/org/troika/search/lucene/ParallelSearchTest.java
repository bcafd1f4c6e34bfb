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
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.state.StateRegistry;

/** Searches shared between threads (as in large indexes) give the answers of one thread: totals, pages, facet counts, sideways ones too. */
class ParallelSearchTest {

    @TempDir
    Path folder;

    private static final List<SearchRequest> REQUESTS = List.of(SearchRequest.of(""), SearchRequest.of("rights"),
            SearchRequest.of("torture").withFilter(SearchField.RESPONSE, "supported"),
            SearchRequest.of("").withFilter(SearchField.BY_GROUP, "WEOG").withFilter(SearchField.CYCLE, "2"),
            SearchRequest.of("women OR children").ofSize(50));

    private static final StateRegistry STATES = StateRegistry.bundled();
    private static final FieldValues VALUES = new FieldValues(STATES);
    private static final List<IndexedRecommendation> KAZAKHSTAN = KazakhstanRecommendations.load().keySet().stream()
            .map(r -> IndexedRecommendation.of(r, STATES)).toList();

    /** Searched on the caller's thread alone, whatever its size. */
    private LuceneSearchIndex alone() {
        return LuceneSearchIndex.open(folder.resolve("alone"), VALUES, 16, 1, Long.MAX_VALUE);
    }

    @Test
    void searching_segments_in_parallel_gives_the_same_answers() {
        try (LuceneSearchIndex alone = alone();
             LuceneSearchIndex shared = LuceneSearchIndex.open(folder.resolve("shared"), VALUES, 16, 2, 0)) {
            // Several segments, shared out between the threads.
            for (int from = 0; from < KAZAKHSTAN.size(); from += 50) {
                List<IndexedRecommendation> batch = KAZAKHSTAN.subList(from, Math.min(KAZAKHSTAN.size(), from + 50));
                alone.update(batch, List.of());
                shared.update(batch, List.of());
            }
            assertSameAnswers(alone, shared);
        }
    }

    @Test
    void one_segment_cut_into_parts_gives_the_same_answers() {
        try (LuceneSearchIndex alone = alone();
             LuceneSearchIndex cut = LuceneSearchIndex.open(folder.resolve("cut"), VALUES, 16, 1, 0)) {
            // One indexing thread: one segment, which the shared searches cut in two.
            alone.rebuild(sink -> KAZAKHSTAN.forEach(sink));
            cut.rebuild(sink -> KAZAKHSTAN.forEach(sink));
            assertSameAnswers(alone, cut);
        }
    }

    private static void assertSameAnswers(LuceneSearchIndex alone, LuceneSearchIndex shared) {
        for (SearchRequest request : REQUESTS) {
            SearchResult expected = alone.search(request);
            SearchResult actual = shared.search(request);
            String what = request.query() + " " + request.filters();
            assertThat(actual.total()).as(what).isEqualTo(expected.total()).isPositive();
            assertThat(actual.facets()).as(what).isEqualTo(expected.facets());
            assertThat(actual.hits()).as(what).extracting(SearchHit::id).containsExactlyElementsOf(expected.hits().stream().map(SearchHit::id).toList());
            assertThat(actual.facet(SearchField.BY).orElseThrow().values()).isNotEmpty();
        }
    }
}
