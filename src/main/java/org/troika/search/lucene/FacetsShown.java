package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.util.BytesRef;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;

/** A facet as a search shows it, from the counts of every global ordinal that {@link FacetCounting} made. */
final class FacetsShown {

    /** Values shown per facet, most frequent first; numbered facets (cycle, session, year, action) show all, in order. */
    static final int TOP = 20;
    private static final Set<SearchField> IN_ORDER = Set.of(SearchField.CYCLE, SearchField.SESSION, SearchField.YEAR,
            SearchField.ACTION);

    private final FieldValues values;

    FacetsShown(FieldValues values) {
        this.values = values;
    }

    /** The facet's values with a count, and every chosen value even without hits (so that it can be unchosen). */
    FacetResult facet(GlobalOrdinals ordinals, SearchField field, int[] counts, Set<String> selected)
            throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = ordinals.state().getOrdRange(field.key());
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
            String value = ordinals.values()[f[0]];
            shown.add(new FacetCount(value, values.label(field, value), f[1], selected.contains(value)));
        }
        // Sorted: the set's own order changes from one run of the JVM to the next.
        for (String s : selected.stream().sorted().toList()) {
            if (shown.stream().noneMatch(c -> c.value().equals(s))) {
                long ord = ordinals.state().getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(field.key(), s)));
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
