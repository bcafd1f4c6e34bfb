package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.BadQueryException;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.SortOrder;
import org.troika.state.StateRegistry;

/**
 * The query language, facets, paging and snippets over Kazakhstan's real recommendations of 2010 and 2014. What each
 * search must find is counted from the CSV rows themselves, with plain string matching.
 */
class SearchOverKazakhstanTest {

    @TempDir
    static Path folder;
    static LuceneSearchIndex index;
    static Map<Recommendation, List<CSVRecord>> kazakhstan;

    @BeforeAll
    static void indexKazakhstan() {
        StateRegistry states = StateRegistry.bundled();
        kazakhstan = KazakhstanRecommendations.load();
        index = LuceneSearchIndex.open(folder.resolve("index"), new FieldValues(states));
        index.rebuild(sink -> kazakhstan.keySet().forEach(r -> sink.accept(IndexedRecommendation.of(r, states))));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static long count(Predicate<Recommendation> p) {
        return kazakhstan.keySet().stream().filter(p).count();
    }

    private static Predicate<Recommendation> text(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return r -> pattern.matcher(r.text()).find();
    }

    private static long total(String query) {
        return index.search(SearchRequest.of(query)).total();
    }

    @Test
    void a_word_finds_every_form_of_it() {
        assertThat(total("torture")).isEqualTo(count(text("\\btortur(e|ed|es|ing)\\b"))).isPositive();
        assertThat(total("TORTURED")).isEqualTo(total("torture"));
    }

    @Test
    void a_phrase_finds_its_words_in_that_order() {
        assertThat(total("\"death penalty\"")).isEqualTo(count(text("\\bdeath\\s+penalty"))).isPositive();
    }

    @Test
    void words_combine_with_and_or_not() {
        Predicate<Recommendation> torture = text("\\btortur(e|ed|es|ing)\\b");
        Predicate<Recommendation> women = text("\\bwom[ae]n('s)?\\b");
        assertThat(total("torture women")).isEqualTo(count(torture.and(women)));
        assertThat(total("torture AND women")).isEqualTo(count(torture.and(women)));
        assertThat(total("torture OR women")).isEqualTo(count(torture.or(women)));
        assertThat(total("torture NOT women")).isEqualTo(count(torture.and(women.negate())));
        assertThat(total("torture -women")).isEqualTo(count(torture.and(women.negate())));
    }

    @Test
    void a_prefix_completes_words_not_stems() {
        assertThat(total("discriminat*")).isEqualTo(count(text("\\bdiscriminat"))).isPositive();
    }

    @Test
    void the_words_a_prefix_or_a_misspelling_matched_are_marked_in_the_snippets() {
        List<SearchHit> prefixed = index.search(SearchRequest.of("discriminat*")).hits();
        assertThat(prefixed).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).containsPattern("(?i)<mark>discriminat\\p{L}*</mark>"));
        List<SearchHit> misspelt = index.search(SearchRequest.of("tortre~")).hits();
        assertThat(misspelt).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).containsPattern("(?i)<mark>tortur\\p{L}*</mark>"));
        // A word the query excludes is not marked (the hits do not have it); the others still are.
        List<SearchHit> without = index.search(SearchRequest.of("torture -discriminat*")).hits();
        assertThat(without).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).doesNotContainPattern("(?i)<mark>discriminat")
                .containsPattern("(?i)<mark>tortur"));
    }

    @Test
    void a_prefix_completes_words_but_not_to_a_stop_word() {
        // "the" is in every text; "their", "then", "there", "these" and "they" are stop words too.
        assertThat(total("the*")).isEqualTo(count(text("\\bthe(?!(ir|n|re|se|y)?\\b)\\p{L}"))).isPositive()
                .isLessThan(count(text("\\bthe\\b")));
    }

    @Test
    void the_recommending_state_is_found_by_code_or_name() {
        long byFrance = count(r -> r.recommendingStates().contains("FRA"));
        assertThat(total("by:FRA")).isEqualTo(byFrance).isPositive();
        assertThat(total("by:France")).isEqualTo(byFrance);
        assertThat(total("by:\"United Kingdom of Great Britain and Northern Ireland\""))
                .isEqualTo(count(r -> r.recommendingStates().contains("GBR"))).isPositive();
    }

    @Test
    void fields_select_response_cycle_year_group_and_theme() {
        assertThat(total("response:noted")).isEqualTo(count(r -> r.response() == Response.NOTED)).isPositive();
        assertThat(total("response:rejected")).isEqualTo(total("response:noted"));
        assertThat(total("cycle:2")).isEqualTo(count(r -> r.review().cycle() == 2)).isPositive();
        assertThat(total("year:2010")).isEqualTo(count(r -> r.review().year() == 2010));
        assertThat(total("year:[2009 TO 2011]")).isEqualTo(total("year:2010"));
        assertThat(total("session:20")).isEqualTo(total("cycle:2"));
        assertThat(total("state:KAZ")).isEqualTo(kazakhstan.size());
        assertThat(total("state:Kazakhstan group:APG")).isEqualTo(kazakhstan.size());
        assertThat(total("bygroup:WEOG")).isEqualTo(kazakhstan.values().stream()
                .filter(rows -> rows.stream().anyMatch(row -> row.get("recommending_regional_group").equals("Western European and others")))
                .count()).isPositive();
        assertThat(total("theme:\"death penalty\"")).isEqualTo(count(r -> r.labels().stream()
                .anyMatch(l -> l.value().equalsIgnoreCase("Death penalty")))).isPositive();
        assertThat(total("action:5 response:noted")).isEqualTo(count(r -> r.response() == Response.NOTED
                && r.actionCategory().equals(Optional.of(5))));
    }

    @Test
    void facets_count_every_hit_and_a_chosen_facet_still_shows_the_other_values() {
        SearchResult all = index.search(SearchRequest.of(""));
        assertThat(all.total()).isEqualTo(kazakhstan.size());
        assertThat(counts(all, SearchField.RESPONSE)).containsEntry("noted", count(r -> r.response() == Response.NOTED))
                .containsEntry("supported", count(r -> r.response() == Response.SUPPORTED));
        assertThat(counts(all, SearchField.BY)).containsEntry("FRA", count(r -> r.recommendingStates().contains("FRA")));
        assertThat(counts(all, SearchField.CYCLE)).containsOnlyKeys("1", "2");

        SearchResult noted = index.search(SearchRequest.of("").withFilter(SearchField.RESPONSE, "noted"));
        assertThat(noted.total()).isEqualTo(count(r -> r.response() == Response.NOTED));
        assertThat(counts(noted, SearchField.RESPONSE)).isEqualTo(counts(all, SearchField.RESPONSE));
        assertThat(noted.facet(SearchField.RESPONSE).orElseThrow().values()).filteredOn(FacetCount::selected)
                .extracting(FacetCount::value).containsExactly("noted");
        assertThat(counts(noted, SearchField.CYCLE).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(noted.total());

        SearchResult both = index.search(SearchRequest.of("").withFilter(SearchField.BY, "FRA", "DEU"));
        assertThat(both.total()).isEqualTo(count(r -> r.recommendingStates().contains("FRA") || r.recommendingStates().contains("DEU")));
    }

    @Test
    void browsing_one_facet_counts_as_drilling_sideways_does() {
        // Every recommendation here is Kazakhstan's: "state:KAZ" selects all, as no words do, but through DrillSideways.
        for (SearchField field : List.of(SearchField.RESPONSE, SearchField.BY, SearchField.CYCLE)) {
            String value = index.search(SearchRequest.of("")).facet(field).orElseThrow().values().get(0).value();
            SearchResult browsing = index.search(SearchRequest.of("").withFilter(field, value));
            SearchResult drilling = index.search(SearchRequest.of("state:KAZ").withFilter(field, value));
            assertThat(browsing.total()).isEqualTo(drilling.total()).isPositive();
            assertThat(browsing.facets()).isEqualTo(drilling.facets());
        }
    }

    private static Map<String, Long> counts(SearchResult result, SearchField field) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.facet(field).orElseThrow().values().forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    @Test
    void pages_follow_one_another_without_gaps_or_repeats_in_every_order() {
        for (SortOrder order : SortOrder.values()) {
            SearchRequest request = SearchRequest.of("rights").sortedBy(order).ofSize(7);
            SearchResult page = index.search(request);
            List<Long> seen = new ArrayList<>();
            while (true) {
                page.hits().forEach(h -> seen.add(h.id()));
                if (page.nextCursor().isEmpty()) {
                    break;
                }
                page = index.search(request.after(page.nextCursor().get()));
            }
            assertThat(seen).as(order.key()).hasSize((int) page.total()).doesNotHaveDuplicates();
            assertThat((long) seen.size()).isEqualTo(total("rights"));
        }
    }

    @Test
    void date_order_puts_the_latest_review_first() {
        List<SearchHit> hits = index.search(SearchRequest.of("torture").sortedBy(SortOrder.DATE).ofSize(100)).hits();
        assertThat(hits).extracting(SearchHit::year).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void snippets_mark_the_words_found_and_escape_the_rest() {
        SearchHit hit = index.search(SearchRequest.of("torture")).hits().get(0);
        assertThat(hit.snippet().toLowerCase(Locale.ROOT)).contains("<mark>tortur");
        assertThat(hit.snippet()).doesNotContain("<script");
    }

    @Test
    void a_misspelt_word_gets_a_suggestion_from_the_words_indexed() {
        SearchResult result = index.search(SearchRequest.of("tortre"));
        assertThat(result.total()).isZero();
        assertThat(result.suggestion()).contains("torture");
        assertThat(index.search(SearchRequest.of("by:FRA tortre")).suggestion()).contains("by:FRA torture");
        assertThat(index.search(SearchRequest.of("torture")).suggestion()).isEmpty();
        // Stop words are in no field, and no mistake either.
        assertThat(index.search(SearchRequest.of("torture into the prisons")).suggestion()).isEmpty();
    }

    @Test
    void similar_recommendations_share_the_words_that_matter() {
        Recommendation deathPenalty = kazakhstan.keySet().stream().filter(text("abolish the death penalty")).findFirst().orElseThrow();
        List<SearchHit> similar = index.similar(deathPenalty.id(), 5);
        assertThat(similar).isNotEmpty().extracting(SearchHit::id).doesNotContain(deathPenalty.id());
        Set<Long> aboutDeathPenalty = new HashSet<>(kazakhstan.keySet().stream().filter(text("death penalty"))
                .map(Recommendation::id).toList());
        assertThat(aboutDeathPenalty).contains(similar.get(0).id());
    }

    @Test
    void bad_queries_name_what_is_wrong() {
        assertThatThrownBy(() -> total("torture AND")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("Cannot read the query").extracting("parameter").isEqualTo("q");
        assertThatThrownBy(() -> total("colour:red")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("Unknown field 'colour'").extracting("parameter").isEqualTo("colour");
        assertThatThrownBy(() -> total("by:Atlantis")).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("'Atlantis' in field 'by'").extracting("parameter").isEqualTo("by");
        assertThatThrownBy(() -> total("cycle:x")).isInstanceOf(BadQueryException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> total("\"unclosed")).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> total("a*")).isInstanceOf(BadQueryException.class).hasMessageContaining("too short");
        assertThatThrownBy(() -> index.search(SearchRequest.of("torture").after("not-a-cursor")))
                .isInstanceOf(BadQueryException.class).extracting("parameter").isEqualTo("cursor");
        String relevanceCursor = index.search(SearchRequest.of("rights").ofSize(1)).nextCursor().orElseThrow();
        assertThatThrownBy(() -> index.search(SearchRequest.of("rights").sortedBy(SortOrder.DATE).ofSize(1).after(relevanceCursor)))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("another sort");
    }

    @Test
    void injection_strings_are_text_or_a_clear_mistake() {
        assertThat(total("<script>alert(1)</script>")).isZero();
        assertThat(total("\"'; DROP TABLE recommendation; --\"")).isZero();
        assertThatThrownBy(() -> total("'; DROP TABLE recommendation; --")).isInstanceOf(BadQueryException.class)
                .hasMessage("Cannot read the query: unexpected '-' at character 31 (put words in quotes to search for them as they are)");
        assertThatThrownBy(() -> total("torture AND")).hasMessageContaining("ends too early");
    }
}
