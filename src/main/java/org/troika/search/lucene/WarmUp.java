package org.troika.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.SortOrder;

/**
 * Searches an index with its own most common words before users do, as Solr's warming queries do for a new searcher.
 * The JVM compiles the search code by running it: until it has (a few thousand searches on two cores) a search takes
 * two to three times as long (measured, docs/benchmarks.md "Search"). Every shape people type is run: words, phrases,
 * AND, OR, NOT, prefixes, field queries, facet filters, browsing and the other orders; the words are the index's, so
 * this works for any data and for no data at all.
 */
final class WarmUp {

    private static final int WORDS = 40;
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9-]+");

    private WarmUp() {
    }

    /** Runs the searches, one after the other, until the budget is spent; returns how many ran. */
    static long run(List<String> words, Function<SearchRequest, SearchResult> search, Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        if (words.isEmpty()) {
            return 0;
        }
        List<SearchRequest> requests = requests(words, search.apply(SearchRequest.of("")).facets());
        long done = 0;
        while (System.nanoTime() < end) {
            search.apply(requests.get((int) (done % requests.size())));
            done++;
        }
        return done;
    }

    /** The searches, made from common words and each facet's most frequent value. */
    static List<SearchRequest> requests(List<String> words, List<FacetResult> facets) {
        List<FacetResult> counted = facets.stream().filter(f -> !f.values().isEmpty()).toList();
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String a = words.get(i);
            String b = words.get((i + 1) % words.size());
            String c = words.get((i + 2) % words.size());
            requests.add(SearchRequest.of(a));
            requests.add(SearchRequest.of('"' + a + ' ' + b + '"'));
            requests.add(SearchRequest.of(a + " AND " + b));
            requests.add(SearchRequest.of(a + " OR " + b));
            requests.add(SearchRequest.of('"' + a + ' ' + b + "\" -" + c));
            requests.add(SearchRequest.of(a.substring(0, Math.min(5, a.length())) + '*'));
            requests.add(SearchRequest.of(b).sortedBy(SortOrder.values()[i % SortOrder.values().length]));
            if (!counted.isEmpty()) {
                FacetResult facet = counted.get(i % counted.size());
                FacetCount top = facet.values().get(0);
                requests.add(SearchRequest.of(a).withFilter(facet.field(), top.value()));
                requests.add(SearchRequest.of("").withFilter(facet.field(), top.value()));
                if (PLAIN_VALUE.matcher(top.value()).matches()) {
                    requests.add(SearchRequest.of(b + ' ' + facet.field().key() + ':' + top.value()));
                }
            }
        }
        return requests;
    }

    /** The words (as written) found in the most recommendations; words under four letters left out. */
    static List<String> commonWords(IndexReader reader) throws IOException {
        return commonWords(reader, WORDS);
    }

    static List<String> commonWords(IndexReader reader, int n) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, IndexSchema.WORDS);
        if (terms == null) {
            return List.of();
        }
        record Word(String text, int docs) {
        }
        PriorityQueue<Word> best = new PriorityQueue<>(Comparator.comparingInt(Word::docs));
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            int docs = each.docFreq();
            if (best.size() == n && docs <= best.peek().docs()) {
                continue;
            }
            String word = term.utf8ToString();
            if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                best.add(new Word(word, docs));
                if (best.size() > n) {
                    best.poll();
                }
            }
        }
        return best.stream().sorted(Comparator.comparingInt(Word::docs).reversed().thenComparing(Word::text))
                .map(Word::text).toList();
    }
}
