package org.troika.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.SortOrder;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

/**
 * Faster search must not mean other answers: 30,000 generated records (with SDG targets and every source type),
 * searched with the benchmark's mix and more (sort orders, second pages, several filters, SDG targets, field
 * queries, misspellings), give exactly what the search gave before its speed-ups: every hit with its score and
 * snippet, the total, every facet count and the suggestion. src/test/resources/search/same-results.txt holds a
 * digest of each answer as the code of 2026-11-30 (commit 6a92a7d) gave it, with two differences checked by hand: the
 * second page of a browse with one facet chosen, which that code refused (IllegalArgumentException), and chosen values
 * beyond a facet's top 20, then listed in the set's order of the moment, now in order; and since stop words left the
 * words field (a faster build), the fuzzy query's scores (the same hits in the same order; scores of fuzzy matches
 * depend on that field's statistics); and since prefix and fuzzy matches are marked in snippets, those queries'
 * snippets (the same passages, now with their words marked). An index built in one go and one
 * grown in batches (several segments) must both give them. {@code -Dtroika.sameResults.write=true} writes the file anew.
 */
class SameSearchResultsTest {

    private static final int RECORDS = 30_000;
    private static final Path EXPECTED = Path.of("src/test/resources/search/same-results.txt");

    @TempDir
    static Path folder;
    private static List<IndexedRecommendation> records;
    private static FieldValues values;

    @BeforeAll
    static void generate() throws IOException {
        StateRegistry states = StateRegistry.bundled();
        values = new FieldValues(states);
        RecommendationGenerator generator = new RecommendationGenerator(SharedData.data("upr_recommendations.csv"),
                SharedData.data("upr_sessions.csv"));
        records = IntStream.range(0, RECORDS).mapToObj(i -> IndexedRecommendation.of(varied(generator.generate(i)), states)).toList();
    }

    /** The generator's records have no SDG targets and all come from Working Group reports: some get both. */
    private static Recommendation varied(Recommendation r) {
        long i = r.id();
        List<Label> labels = new ArrayList<>(r.labels());
        if (i % 5 == 0) {
            labels.add(new Label(Taxonomy.SDG_TARGET, (1 + i % 17) + "." + (1 + i % 3)));
        }
        if (i % 11 == 0) {
            labels.add(new Label(Taxonomy.SDG_TARGET, "16.3"));
        }
        Optional<String> symbol = switch ((int) (i % 13)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of("A/HRC/19/10/Add.1");
            default -> r.sourceSymbol();
        };
        return new Recommendation(r.id(), r.review(), r.paragraph(), r.text(), r.recommendingStates(), r.response(),
                r.responseSource(), symbol, r.actionCategory(), labels);
    }

    static Map<String, SearchRequest> requests() {
        Map<String, SearchRequest> requests = new LinkedHashMap<>();
        QueryMix.queries().forEach(q -> requests.put(q.name(), q.lucene()));
        requests.put("everything", SearchRequest.of(""));
        requests.put("everything by date", SearchRequest.of("").sortedBy(SortOrder.DATE));
        requests.put("torture by paragraph", SearchRequest.of("torture").sortedBy(SortOrder.PARAGRAPH));
        requests.put("torture by date, 100", SearchRequest.of("torture").sortedBy(SortOrder.DATE).ofSize(100));
        requests.put("browse two facets", SearchRequest.of("").withFilter(SearchField.BY_GROUP, "WEOG", "EEG")
                .withFilter(SearchField.RESPONSE, "noted"));
        requests.put("browse three facets", SearchRequest.of("").withFilter(SearchField.CYCLE, "1", "3")
                .withFilter(SearchField.GROUP, "AFRICAN").withFilter(SearchField.ACTION, "5"));
        requests.put("words, three facets", SearchRequest.of("women OR children").withFilter(SearchField.BY, "FRA", "DEU", "BRA")
                .withFilter(SearchField.YEAR, "2014", "2015").withFilter(SearchField.THEME, "Torture and other CID treatment", "Women's rights"));
        requests.put("sdg goal and target", SearchRequest.of("rights").withFilter(SearchField.SDG, "16", "5.2"));
        requests.put("sdg target only, browse", SearchRequest.of("").withFilter(SearchField.SDG, "16.3"));
        requests.put("source filter", SearchRequest.of("ratify").withFilter(SearchField.SOURCE, "addendum", "none"));
        requests.put("filter on an absent value", SearchRequest.of("torture").withFilter(SearchField.STATE, "KAZ", "ATA"));
        requests.put("field queries", SearchRequest.of("ratify cycle:2 -response:noted group:WEOG"));
        requests.put("sdg query", SearchRequest.of("sdg:16.3 OR sdg:4"));
        requests.put("year range", SearchRequest.of("education year:[2010 TO 2013]").withFilter(SearchField.SESSION, "10", "11", "12"));
        requests.put("theme query", SearchRequest.of("theme:torture detention"));
        requests.put("misspelled", SearchRequest.of("tortre detention"));
        requests.put("fuzzy", SearchRequest.of("tortre~"));
        requests.put("nothing found", SearchRequest.of("xylophone"));
        requests.put("prefix with filter", SearchRequest.of("discriminat*").withFilter(SearchField.RESPONSE, "supported"));
        return requests;
    }

    /**
     * Each answer with, where there is one, the second page (through the cursor) as a request of its own, whose hits
     * must be those after the first page's in a page twice as long.
     */
    static Map<String, String> answers(LuceneSearchIndex index) {
        Map<String, String> answers = new LinkedHashMap<>();
        requests().forEach((name, request) -> {
            SearchResult first = index.search(request);
            answers.put(name, first.toString());
            first.nextCursor().ifPresent(c -> {
                SearchResult second = index.search(request.after(c));
                if (request.size() * 2 <= SearchRequest.MAX_SIZE) {
                    List<SearchHit> both = index.search(request.ofSize(request.size() * 2)).hits();
                    assertThat(second.hits()).as(name + ", page 2").isEqualTo(both.subList(request.size(), both.size()));
                }
                answers.put(name + ", page 2", second.toString());
            });
        });
        return answers;
    }

    @Test
    void an_index_built_in_one_go_answers_as_before() throws IOException {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("built"), values, 64, 2)) {
            index.rebuild(sink -> records.forEach(sink));
            check(answers(index), "built");
        }
    }

    @Test
    void an_index_grown_in_batches_answers_as_before() throws IOException {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("grown"), values, 64, 2)) {
            for (int from = 0; from < RECORDS; from += 4_000) {
                index.update(records.subList(from, Math.min(RECORDS, from + 4_000)), List.of());
            }
            check(answers(index), "grown");
        }
    }

    @Test
    void every_hit_is_exported_and_paged_once_in_the_same_order_over_several_segments() {
        // A small buffer and two threads: many segments, each with ids from all over (batches go to either thread).
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("paged"), values, 2, 2)) {
            index.rebuild(sink -> records.forEach(sink));
            // Hits that tie on score (all of them, for an empty query) are ordered by id, across segments too.
            for (SearchRequest request : List.of(SearchRequest.of(""), SearchRequest.of("").sortedBy(SortOrder.DATE),
                    SearchRequest.of("\"death penalty\""), SearchRequest.of("torture"), SearchRequest.of("women OR girls"),
                    SearchRequest.of("rights").withFilter(SearchField.CYCLE, "2"))) {
                List<Long> exported = new ArrayList<>();
                index.forEachHit(request, exported::add);
                List<Long> paged = new ArrayList<>();
                SearchRequest page = request.ofSize(SearchRequest.MAX_SIZE);
                while (true) {
                    SearchResult result = index.search(page);
                    result.hits().forEach(h -> paged.add(h.id()));
                    if (result.nextCursor().isEmpty()) {
                        break;
                    }
                    page = page.after(result.nextCursor().get());
                }
                assertThat(exported).as(request.query() + " " + request.sort()).hasSize((int) index.search(request).total())
                        .doesNotHaveDuplicates().isEqualTo(paged);
            }
        }
    }

    private static void check(Map<String, String> answers, String how) throws IOException {
        StringBuilder digests = new StringBuilder();
        StringBuilder full = new StringBuilder();
        answers.forEach((name, answer) -> {
            digests.append(name).append('\t').append(digest(answer)).append('\n');
            full.append(name).append('\n').append(answer).append("\n\n");
        });
        // The answers in full, to compare with those of older code when a digest differs.
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "same-results-" + how + ".txt"), full);
        if (Boolean.getBoolean("troika.sameResults.write")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, digests);
        }
        assertThat(digests.toString()).isEqualTo(Files.readString(EXPECTED));
    }

    private static String digest(String answer) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(answer.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
