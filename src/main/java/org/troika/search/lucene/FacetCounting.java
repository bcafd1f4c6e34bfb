package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;

/**
 * Facet counts from sorted-set doc values: no taxonomy index to keep in step, one pass over the hits for all
 * facets. The ordinal map is built once per searcher (it is the costly part) and kept until the index changes.
 */
final class FacetCounting {

    /** Values shown per facet, most frequent first; numbered facets (cycle, session, year) show all, in order. */
    static final int TOP = 20;
    private static final Set<SearchField> IN_ORDER = Set.of(SearchField.CYCLE, SearchField.SESSION, SearchField.YEAR,
            SearchField.ACTION);

    private final FacetsConfig config;
    private final FieldValues values;
    private volatile SortedSetDocValuesReaderState cached;

    FacetCounting(FacetsConfig config, FieldValues values) {
        this.config = config;
        this.values = values;
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

    List<org.troika.search.domain.FacetResult> count(Facets facets, SearchRequest request) throws IOException {
        List<org.troika.search.domain.FacetResult> results = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            Set<String> selected = request.selected(field);
            List<FacetCount> counts = new ArrayList<>();
            FacetResult top = children(facets, field);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    counts.add(new FacetCount(lv.label, values.label(field, lv.label), lv.value.longValue(), selected.contains(lv.label)));
                }
            }
            for (String s : selected) {
                if (counts.stream().noneMatch(c -> c.value().equals(s))) {
                    Number n = specific(facets, field, s);
                    counts.add(new FacetCount(s, label(field, s), n == null ? 0 : n.longValue(), true));
                }
            }
            if (IN_ORDER.contains(field)) {
                counts.sort(Comparator.comparingInt(c -> Integer.parseInt(c.value())));
            }
            results.add(new org.troika.search.domain.FacetResult(field, counts));
        }
        return results;
    }

    /** Every facet, without values: what an empty index has. */
    List<org.troika.search.domain.FacetResult> none() {
        return java.util.Arrays.stream(SearchField.values()).map(f -> new org.troika.search.domain.FacetResult(f, List.of())).toList();
    }

    private String label(SearchField field, String value) {
        return field == SearchField.SDG && FieldValues.isSdgTarget(value) ? "SDG target " + value : values.label(field, value);
    }

    private static FacetResult children(Facets facets, SearchField field) throws IOException {
        try {
            return IN_ORDER.contains(field) ? facets.getAllChildren(field.key()) : facets.getTopChildren(TOP, field.key());
        } catch (IllegalArgumentException noSuchDimension) {
            return null;
        }
    }

    private static Number specific(Facets facets, SearchField field, String value) throws IOException {
        try {
            return facets.getSpecificValue(field.key(), value);
        } catch (IllegalArgumentException noSuchValue) {
            return 0;
        }
    }
}
