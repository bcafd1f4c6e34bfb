package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;

/**
 * Facet counts from sorted-set doc values: no taxonomy index to keep in step. Each segment's ordinals are read once
 * into a {@link FacetColumn} (kept while the segment lives), and the hits and near misses that
 * {@link DrillSidewaysCollector} gathered are counted from it in tight loops over plain arrays, shared between the
 * cores from {@link #PARALLEL_FROM} docs on. Several segments are counted each in its own ordinals, then added into
 * the global ones through the reader's ordinal map.
 */
final class FacetCounting {

    private static final Logger log = LoggerFactory.getLogger(FacetCounting.class);

    /** Values shown per facet, most frequent first; numbered facets (cycle, session, year, action) show all, in order. */
    static final int TOP = 20;
    private static final Set<SearchField> IN_ORDER = Set.of(SearchField.CYCLE, SearchField.SESSION, SearchField.YEAR,
            SearchField.ACTION);

    /**
     * Facets whose values come in few combinations, counted by combination (see {@link FacetColumn}): the one-value
     * facets of a review and its response; the recommending States with their groups; the themes with the SDGs.
     */
    private static final List<Set<String>> COMBINED = List.of(
            Arrays.stream(SearchField.values()).filter(f -> !f.multiValued()).map(SearchField::key).collect(Collectors.toUnmodifiableSet()),
            Set.of(SearchField.BY.key(), SearchField.BY_GROUP.key()),
            Set.of(SearchField.THEME.key(), SearchField.SDG.key()));

    /** Below this many docs to count, counting on the caller's thread is quicker than sharing the work. */
    static final long PARALLEL_FROM = 20_000;

    private final FacetsConfig config;
    private final FieldValues values;
    private final ExecutorService counting;
    private final int threads;
    private final long parallelFrom;
    private final Map<Object, FacetColumn> columns = new ConcurrentHashMap<>();
    private volatile SortedSetDocValuesReaderState cached;
    private volatile AllCounts allCounts;
    private volatile GlobalOrds globalOrds;

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

    /** Reads each segment's column (and the ordinal map between segments) ahead of the first search. */
    void prepare(IndexSearcher searcher) throws IOException {
        SortedSetDocValuesReaderState state = state(searcher);
        toGlobal(state);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            column(leaf, state.getField());
        }
    }

    /**
     * Every facet's counts: from the hits, and for a facet with chosen values from the hits and the docs that failed
     * its choice alone (sideways). {@code filtered} are the collector's filters, in its order.
     */
    List<FacetResult> count(SortedSetDocValuesReaderState state, List<DrillSidewaysCollector.Segment> collected,
                            List<SearchField> filtered, SearchRequest request) throws IOException {
        int[][] counts = countSegments(state, collected, filtered.size());
        Map<SearchField, int[]> sideways = new EnumMap<>(SearchField.class);
        for (int k = 0; k < filtered.size(); k++) {
            int[] side = counts[1 + k];
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(filtered.get(k).key());
            if (range != null) {
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    side[ord] += counts[0][ord];
                }
            }
            sideways.put(filtered.get(k), side);
        }
        return facets(state, counts[0], sideways, request);
    }

    /**
     * Browsing, no words and one facet chosen: that facet's sideways counts are those of the whole index, counted
     * once per searcher and kept, so only the hits themselves are counted.
     */
    List<FacetResult> countBrowsing(IndexSearcher searcher, SortedSetDocValuesReaderState state, List<DrillSidewaysCollector.Segment> hits,
                                    SearchField chosen, SearchRequest request) throws IOException {
        return facets(state, countSegments(state, hits, 0)[0], Map.of(chosen, everything(searcher, state)), request);
    }

    private List<FacetResult> facets(SortedSetDocValuesReaderState state, int[] drillDown, Map<SearchField, int[]> sideways,
                                     SearchRequest request) throws IOException {
        List<FacetResult> results = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            results.add(facet(state, field, sideways.getOrDefault(field, drillDown), request.selected(field)));
        }
        return results;
    }

    private int[] everything(IndexSearcher searcher, SortedSetDocValuesReaderState state) throws IOException {
        AllCounts all = allCounts;
        IndexReader reader = searcher.getIndexReader();
        if (all == null || all.reader() != reader) {
            synchronized (this) {
                all = allCounts;
                if (all == null || all.reader() != reader) {
                    List<Work> work = new ArrayList<>();
                    for (LeafReaderContext leaf : reader.leaves()) {
                        Bits live = leaf.reader().getLiveDocs();
                        int[] docs = new int[leaf.reader().numDocs()];
                        int n = 0;
                        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                            if (live == null || live.get(doc)) {
                                docs[n++] = doc;
                            }
                        }
                        work.add(new Work(leaf, 0, docs, n));
                    }
                    all = new AllCounts(reader, count(state, work, 1)[0]);
                    allCounts = all;
                }
            }
        }
        return all.counts();
    }

    private record AllCounts(IndexReader reader, int[] counts) {
    }

    /** Every facet, without values: what an empty index has. */
    List<FacetResult> none() {
        return Arrays.stream(SearchField.values()).map(f -> new FacetResult(f, List.of())).toList();
    }

    /** Docs of one segment to count into counts[target]: 0 the hits, 1 + k the near misses of filter k. */
    private record Work(LeafReaderContext context, int target, int[] docs, int size) {
    }

    private int[][] countSegments(SortedSetDocValuesReaderState state, List<DrillSidewaysCollector.Segment> collected, int filters)
            throws IOException {
        List<Work> work = new ArrayList<>();
        for (DrillSidewaysCollector.Segment s : collected) {
            work.add(new Work(s.context, 0, s.hits.docs, s.hits.size));
            for (int k = 0; k < filters; k++) {
                work.add(new Work(s.context, 1 + k, s.misses[k].docs, s.misses[k].size));
            }
        }
        return count(state, work, 1 + filters);
    }

    /**
     * Counts of every global ordinal per target. From {@link #PARALLEL_FROM} docs on, each of the counting threads
     * takes its share of every array of docs, counts into its own arrays, and these are added up.
     */
    private int[][] count(SortedSetDocValuesReaderState state, List<Work> work, int targets) throws IOException {
        int size = (int) state.getDocValues().getValueCount();
        int[][] map = toGlobal(state);
        FacetColumn[] columns = new FacetColumn[state.getReader().leaves().size()];
        long docs = 0;
        for (Work w : work) {
            if (columns[w.context().ord] == null) {
                columns[w.context().ord] = column(w.context(), state.getField());
            }
            docs += w.size();
        }
        if (docs < parallelFrom || threads == 1) {
            return countPart(work, columns, map, 0, 1, targets, size);
        }
        List<Future<int[][]>> counted = new ArrayList<>();
        for (int p = 0; p < threads; p++) {
            int part = p;
            counted.add(counting.submit(() -> countPart(work, columns, map, part, threads, targets, size)));
        }
        int[][] counts = join(counted.get(0));
        for (Future<int[][]> f : counted.subList(1, counted.size())) {
            int[][] more = join(f);
            for (int t = 0; t < targets; t++) {
                for (int i = 0; i < size; i++) {
                    counts[t][i] += more[t][i];
                }
            }
        }
        return counts;
    }

    private static int[][] countPart(List<Work> work, FacetColumn[] columns, int[][] map, int part, int parts, int targets,
                                     int size) {
        int[][] counts = new int[targets][size];
        for (Work w : work) {
            int from = (int) ((long) w.size() * part / parts);
            int to = (int) ((long) w.size() * (part + 1) / parts);
            if (from == to) {
                continue;
            }
            FacetColumn column = columns[w.context().ord];
            if (map == null) {
                column.countAll(w.docs(), from, to, counts[w.target()]);
            } else {
                int[] local = new int[column.size];
                column.countAll(w.docs(), from, to, local);
                int[] toGlobal = map[w.context().ord];
                int[] into = counts[w.target()];
                for (int ord = 0; ord < local.length; ord++) {
                    if (local[ord] != 0) {
                        into[toGlobal[ord]] += local[ord];
                    }
                }
            }
        }
        return counts;
    }

    /**
     * Per segment, the global ordinal of each of its ordinals; null for an index of one segment, whose ordinals are
     * the global ones. Read once per searcher from the ordinal map and kept.
     */
    private int[][] toGlobal(SortedSetDocValuesReaderState state) throws IOException {
        GlobalOrds known = globalOrds;
        if (known == null || known.state() != state) {
            SortedSetDocValues global = state.getDocValues();
            int[][] map = null;
            if (global instanceof MultiDocValues.MultiSortedSetDocValues multi) {
                map = new int[multi.values.length][];
                for (int leaf = 0; leaf < map.length; leaf++) {
                    LongValues toGlobal = multi.mapping.getGlobalOrds(leaf);
                    map[leaf] = new int[(int) multi.values[leaf].getValueCount()];
                    for (int ord = 0; ord < map[leaf].length; ord++) {
                        map[leaf][ord] = (int) toGlobal.get(ord);
                    }
                }
            }
            known = new GlobalOrds(state, map);
            globalOrds = known;
        }
        return known.map();
    }

    private record GlobalOrds(SortedSetDocValuesReaderState state, int[][] map) {
    }

    /** The segment's column, read at its first search and dropped when the segment is closed. */
    private FacetColumn column(LeafReaderContext leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return FacetColumn.read(leaf.reader(), field, COMBINED);
        }
        FacetColumn column = columns.get(helper.getKey());
        if (column == null) {
            synchronized (columns) {
                column = columns.get(helper.getKey());
                if (column == null) {
                    long start = System.nanoTime();
                    column = FacetColumn.read(leaf.reader(), field, COMBINED);
                    if (leaf.reader().maxDoc() >= 100_000) {
                        log.info("Facet values of {} documents read in {} ms; combinations per group: {}", leaf.reader().maxDoc(),
                                (System.nanoTime() - start) / 1_000_000, Arrays.toString(column.combinations()));
                    }
                    columns.put(helper.getKey(), column);
                    helper.addClosedListener(columns::remove);
                }
            }
        }
        return column;
    }

    static <T> T join(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Search interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Search failed: " + e.getCause(), e.getCause());
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
        // Sorted: the set's own order changes from one run of the JVM to the next.
        for (String s : selected.stream().sorted().toList()) {
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
}
