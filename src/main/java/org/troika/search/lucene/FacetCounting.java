package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;

/**
 * Facet counts from sorted-set doc values: no taxonomy index to keep in step. Each segment's ordinals are read once
 * into a {@link FacetColumn} (kept while the segment lives); {@link DrillSidewaysCollector} tallies the hits and near
 * misses with it as it finds them, and here the tallies become counts of each segment's ordinals, added into the
 * global ones through the reader's ordinal map, and then the facets shown.
 */
final class FacetCounting {

    private static final Logger log = LoggerFactory.getLogger(FacetCounting.class);

    /**
     * Facets whose values come in few combinations, counted by combination (see {@link FacetColumn}): the one-value
     * facets of a review and its response; the recommending States with their groups; the themes with the SDGs.
     */
    private static final List<Set<String>> COMBINED = List.of(
            Arrays.stream(SearchField.values()).filter(f -> !f.multiValued()).map(SearchField::key).collect(Collectors.toUnmodifiableSet()),
            Set.of(SearchField.BY.key(), SearchField.BY_GROUP.key()),
            Set.of(SearchField.THEME.key(), SearchField.SDG.key()));

    private final FacetsConfig config;
    private final FacetsShown shown;
    private final PerSegment<FacetColumn> columns = new PerSegment<>(FacetCounting::read);
    private volatile SortedSetDocValuesReaderState cached;
    private volatile AllCounts allCounts;
    private volatile GlobalOrdinals globalOrds;

    FacetCounting(FacetsConfig config, FieldValues values) {
        this.config = config;
        this.shown = new FacetsShown(values);
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
        ordinals(state);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            column(leaf);
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
        GlobalOrdinals ordinals = ordinals(state);
        for (SearchField field : SearchField.values()) {
            results.add(shown.facet(ordinals, field, sideways.getOrDefault(field, drillDown), request.selected(field)));
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
                    List<DrillSidewaysCollector.Segment> segments = new ArrayList<>();
                    for (LeafReaderContext leaf : reader.leaves()) {
                        DrillSidewaysCollector.Segment segment = new DrillSidewaysCollector.Segment(leaf, column(leaf), 0);
                        Bits live = leaf.reader().getLiveDocs();
                        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                            if (live == null || live.get(doc)) {
                                segment.hits.add(doc);
                            }
                        }
                        segments.add(segment);
                    }
                    all = new AllCounts(reader, countSegments(state, segments, 0)[0]);
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

    /**
     * Counts of every global ordinal: [0] of the hits, [1 + k] of the near misses of filter k. Each segment's tallies
     * are added into the global counts through the ordinal map.
     */
    private int[][] countSegments(SortedSetDocValuesReaderState state, List<DrillSidewaysCollector.Segment> collected, int filters)
            throws IOException {
        int size = state.getSize();
        int[][] map = ordinals(state).toGlobal();
        int[][] counts = new int[1 + filters][size];
        for (DrillSidewaysCollector.Segment s : collected) {
            for (int target = 0; target <= filters; target++) {
                FacetColumn.Tally tally = target == 0 ? s.hits : s.misses[target - 1];
                tally.addTo(counts[target], map == null ? null : map[s.context.ord]);
            }
        }
        return counts;
    }

    /** The global ordinals of this state's index, read once per searcher and kept. */
    private GlobalOrdinals ordinals(SortedSetDocValuesReaderState state) throws IOException {
        GlobalOrdinals known = globalOrds;
        if (known == null || known.state() != state) {
            known = GlobalOrdinals.read(state);
            globalOrds = known;
        }
        return known;
    }

    /** The segment's column, read at its first search and dropped when the segment is closed. */
    FacetColumn column(LeafReaderContext leaf) throws IOException {
        return columns.get(leaf);
    }

    private static FacetColumn read(LeafReader segment) throws IOException {
        long start = System.nanoTime();
        FacetColumn column = FacetColumn.read(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME, COMBINED);
        if (segment.maxDoc() >= 100_000) {
            log.info("Facet values of {} documents read in {} ms; combinations per group: {}", segment.maxDoc(),
                    (System.nanoTime() - start) / 1_000_000, Arrays.toString(column.combinations()));
        }
        return column;
    }
}
