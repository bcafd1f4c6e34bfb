package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.recommendation.domain.Recommendation;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.state.StateRegistry;

/** A server's warm-up searches over Kazakhstan's real recommendations: the index's own words, every shape of search. */
class WarmUpTest {

    @TempDir
    static Path folder;
    static LuceneSearchIndex index;
    static List<Recommendation> kazakhstan;

    @BeforeAll
    static void indexKazakhstan() {
        StateRegistry states = StateRegistry.bundled();
        kazakhstan = List.copyOf(KazakhstanRecommendations.load().keySet());
        index = LuceneSearchIndex.open(folder.resolve("index"), new FieldValues(states));
        index.rebuild(sink -> kazakhstan.forEach(r -> sink.accept(IndexedRecommendation.of(r, states))));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> commonWords(int n) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder.resolve("index")))) {
            return WarmUp.commonWords(reader, n);
        }
    }

    @Test
    void the_words_are_those_most_recommendations_use() throws Exception {
        List<String> words = commonWords(5);
        // Counted from the texts themselves: in how many recommendations each word of four letters or more appears.
        Map<String, Long> inHowMany = kazakhstan.stream()
                .flatMap(r -> List.of(r.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream().distinct())
                .filter(w -> w.length() >= 4 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long fifth = inHowMany.values().stream().sorted((a, b) -> Long.compare(b, a)).skip(4).findFirst().orElseThrow();
        assertThat(words).hasSize(5).allSatisfy(w -> assertThat(inHowMany.get(w)).isGreaterThanOrEqualTo(fifth));
        assertThat(inHowMany.get(words.get(0))).isEqualTo(inHowMany.values().stream().max(Long::compare).orElseThrow());
    }

    @Test
    void every_shape_of_search_is_run_and_finds_something() throws Exception {
        List<String> words = commonWords(40);
        List<SearchRequest> requests = WarmUp.requests(words, index.search(SearchRequest.of("")).facets());
        assertThat(requests).anyMatch(r -> r.query().startsWith("\"") && r.query().contains(" -"))
                .anyMatch(r -> r.query().contains(" AND ")).anyMatch(r -> r.query().contains(" OR "))
                .anyMatch(r -> r.query().endsWith("*")).anyMatch(r -> r.query().isEmpty() && !r.filters().isEmpty())
                .anyMatch(r -> r.query().contains(SearchField.STATE.key() + ":KAZ"))
                .anyMatch(r -> !r.query().isEmpty() && !r.filters().isEmpty());
        List<String> empty = new ArrayList<>();
        for (SearchRequest r : requests) {
            SearchResult result = index.search(r);
            boolean oneWordOrBrowsing = r.query().isEmpty() || !r.query().contains(" ") && r.filters().isEmpty();
            if (result.total() == 0 && oneWordOrBrowsing) {
                empty.add(r.query() + " " + r.filters());
            }
        }
        // Words, prefixes and browsing by a facet's top value come from the index, so each finds something (two of
        // them together need not).
        assertThat(empty).isEmpty();
    }

    @Test
    void it_searches_for_about_as_long_as_it_is_given() {
        long start = System.nanoTime();
        long searches = index.warmUp(Duration.ofMillis(300));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(searches).isPositive();
        assertThat(took).isBetween(300L, 3_000L);
        assertThat(index.warmUp(Duration.ZERO)).isZero();
    }
}
