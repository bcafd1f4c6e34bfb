package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;

/**
 * Facet counts from sorted-set doc values: no taxonomy index to keep in step. All facets are counted in one pass over
 * the hits, straight into an array of ordinals (measured: Lucene's own counting, which intersects the hits with the
 * doc values through a conjunction, took twice as long on an index where every document has facets). The ordinal
 * map is built once per searcher and kept until the index changes.
 */
final class FacetCounting {

    /** Values shown per facet, most frequent first; numbered facets (cycle, session, year, action) show all, in order. */
    static final int TOP = 20;
    private static final Set<SearchField> IN_ORDER = Set.of(SearchField.CYCLE, SearchField.SESSION, SearchField.YEAR,
            SearchField.ACTION);

    /** Below this many hits, counting on the caller's thread is quicker than sharing the work. */
    static final long PARALLEL_FROM = 20_000;

    private final FacetsConfig config;
    private final FieldValues values;
    private final ExecutorService counting;
    private final int threads;
    private final long parallelFrom;
    private volatile SortedSetDocValuesReaderState cached;

    FacetCounting(FacetsConfig config, FieldValues values, ExecutorService counting, int threads, long parallelFrom) {
        this.config = config;
        this.values = values;
        this.counting = counting;
        this.threads = threads;
        this.parallelFrom = parallelFrom;
    }

    SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        SortedSetDocValuesReaderState state = cached;
        if (state == null || state.getReader() != reader) {
            synchronized (this) {
                state = cached;
                if (state == null || state.getReader() != reader) {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                    cached = state;
                }
            }
        }
        return state;
    }

    /** Every facet's counts: a facet with chosen values from the hits of everything but its own choice (sideways). */
    List<FacetResult> count(SortedSetDocValuesReaderState state, DrillSideways.DrillSidewaysResult result, SearchRequest request)
            throws IOException {
        int[] drillDown = count(state, result.drillDownFacetsCollector);
        List<FacetResult> results = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            int[] counts = drillDown;
            String[] sidewaysDims = result.drillSidewaysDims == null ? new String[0] : result.drillSidewaysDims;
            for (int i = 0; i < sidewaysDims.length; i++) {
                if (sidewaysDims[i].equals(field.key())) {
                    counts = count(state, result.drillSidewaysFacetsCollector[i]);
                }
            }
            results.add(facet(state, field, counts, request.selected(field)));
        }
        return results;
    }

    /** Every facet, without values: what an empty index has. */
    List<FacetResult> none() {
        return Arrays.stream(SearchField.values()).map(f -> new FacetResult(f, List.of())).toList();
    }

    /**
     * Counts of every ordinal over the hits: split into as many ranges of doc ids as there are counting threads,
     * each counted with its own doc values iterator into its own array, then added up. Few hits are counted on the
     * caller's thread: handing them over would cost more than counting them.
     */
    private int[] count(SortedSetDocValuesReaderState state, FacetsCollector hits) throws IOException {
        int size = (int) state.getDocValues().getValueCount();
        if (hits == null) {
            return new int[size];
        }
        List<FacetsCollector.MatchingDocs> leaves = new ArrayList<>(hits.getMatchingDocs());
        leaves.sort(Comparator.comparingInt(m -> m.context().docBase));
        long total = leaves.stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        int maxDoc = state.getReader().maxDoc();
        if (total < parallelFrom || threads == 1) {
            return countRange(state.getDocValues(), leaves, 0, maxDoc, size);
        }
        List<Future<int[]>> counted = new ArrayList<>();
        for (int p = 0; p < threads; p++) {
            int from = (int) ((long) maxDoc * p / threads);
            int to = (int) ((long) maxDoc * (p + 1) / threads);
            counted.add(counting.submit(() -> countRange(state.getDocValues(), leaves, from, to, size)));
        }
        int[] counts = new int[size];
        for (Future<int[]> f : counted) {
            int[] part = join(f);
            for (int i = 0; i < size; i++) {
                counts[i] += part[i];
            }
        }
        return counts;
    }

    private static int[] countRange(SortedSetDocValues ords, List<FacetsCollector.MatchingDocs> leaves, int from, int to, int size)
            throws IOException {
        int[] counts = new int[size];
        for (FacetsCollector.MatchingDocs m : leaves) {
            int base = m.context().docBase;
            int end = Math.min(to, base + m.context().reader().maxDoc());
            if (end <= from || base >= to || m.bits() == null) {
                continue;
            }
            DocIdSetIterator docs = m.bits().iterator();
            if (docs == null) {
                continue;
            }
            for (int doc = docs.advance(Math.max(0, from - base)); doc != DocIdSetIterator.NO_MORE_DOCS && base + doc < end;
                 doc = docs.nextDoc()) {
                if (ords.advanceExact(base + doc)) {
                    for (int i = ords.docValueCount(); i > 0; i--) {
                        counts[(int) ords.nextOrd()]++;
                    }
                }
            }
        }
        return counts;
    }

    private static int[] join(Future<int[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Facet counting interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Facet counting failed: " + e.getCause(), e.getCause());
        }
    }

    private FacetResult facet(SortedSetDocValuesReaderState state, SearchField field, int[] counts, Set<String> selected)
            throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(field.key());
        SortedSetDocValues ords = state.getDocValues();
        List<int[]> found = new ArrayList<>();
        if (range != null) {
            for (PrimitiveIterator.OfInt it = range.iterator(); it.hasNext(); ) {
                int ord = it.nextInt();
                if (counts[ord] > 0) {
                    found.add(new int[]{ord, counts[ord]});
                }
            }
        }
        if (!IN_ORDER.contains(field)) {
            found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            found = found.subList(0, Math.min(TOP, found.size()));
        }
        List<FacetCount> shown = new ArrayList<>();
        for (int[] f : found) {
            String value = FacetsConfig.stringToPath(ords.lookupOrd(f[0]).utf8ToString())[1];
            shown.add(new FacetCount(value, values.label(field, value), f[1], selected.contains(value)));
        }
        for (String s : selected) {
            if (shown.stream().noneMatch(c -> c.value().equals(s))) {
                long ord = ords.lookupTerm(new BytesRef(FacetsConfig.pathToString(field.key(), s)));
                shown.add(new FacetCount(s, label(field, s), ord >= 0 ? counts[(int) ord] : 0, true));
            }
        }
        if (IN_ORDER.contains(field)) {
            shown.sort(Comparator.comparingInt(c -> Integer.parseInt(c.value())));
        }
        return new FacetResult(field, shown);
    }

    private String label(SearchField field, String value) {
        return field == SearchField.SDG && FieldValues.isSdgTarget(value) ? "SDG target " + value : values.label(field, value);
    }

    /** Drill sideways without Lucene's own counting: {@link #count} does it from the collectors. */
    static final class Sideways extends DrillSideways {

        Sideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
            super(searcher, config, state);
        }

        @Override
        protected org.apache.lucene.facet.Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
                                                                   String[] drillSidewaysDims) {
            return null;
        }
    }
}
