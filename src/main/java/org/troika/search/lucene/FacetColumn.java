package org.troika.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet ordinals (segment-local), read once from its sorted-set doc values, so that counting reads
 * plain arrays instead of decoding doc values hit by hit (measured: that decoding was most of a search).
 * <p>
 * The facets are taken in groups whose values come in few combinations: those with one value per recommendation
 * (a review has one State, group, cycle, session and year; then response, action category, source type), the
 * recommending States with their groups, the themes with the SDGs. Each distinct combination of a group's values in
 * the segment gets a number, and each doc one row: its combinations' numbers, side by side. Counting adds one per hit
 * to each of its combinations ({@link Tally}), then each combination's count to its values'. Per hit that is one
 * short row read from one array and three increments, instead of fifteen values read and counted (measured: counting
 * is bound by memory reads). Exact whatever the data: values in many combinations only make the last step longer.
 * About 12 MB at 1,000,000 records (3,068, 9,323 and 3,840 combinations in each of two segments of 500,000).
 */
final class FacetColumn {

    /**
     * Per doc, its combination of each group: rows[doc * groups + g], in two bytes where every group has at most
     * 65,536 combinations (narrow), else in four (wide). Counting is bound by reading these rows (measured: about 40 ns
     * per hit at 1,000,000 records, most of a search), so half the bytes is half the memory to read.
     */
    private final char[] narrow;
    private final int[] wide;
    private final int groups;
    /** Per group, the ordinals of combination c: ords[g][starts[g][c]] .. ords[g][starts[g][c + 1] - 1]. */
    private final int[][] starts;
    private final int[][] ords;
    /** How many distinct ordinals the segment has. */
    final int size;

    private FacetColumn(int[] rows, int[][] starts, int[][] ords, int size) {
        boolean fits = Arrays.stream(starts).allMatch(s -> s.length - 1 <= Character.MAX_VALUE + 1);
        this.narrow = fits ? narrow(rows) : null;
        this.wide = fits ? null : rows;
        this.groups = starts.length;
        this.starts = starts;
        this.ords = ords;
        this.size = size;
    }

    /** Reads the segment's ordinals of {@code field}; a value's facet (dimension) is in the first group naming it, or the last. */
    static FacetColumn read(LeafReader leaf, String field, List<Set<String>> groups) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
        int size = (int) values.getValueCount();
        int g = groups.size();
        int[] groupOf = new int[size];
        for (int ord = 0; ord < size; ord++) {
            String dim = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[0];
            int k = 0;
            while (k < g - 1 && !groups.get(k).contains(dim)) {
                k++;
            }
            groupOf[ord] = k;
        }
        int maxDoc = leaf.maxDoc();
        int[] rows = new int[maxDoc * g];
        FacetCombinations[] found = new FacetCombinations[g];
        int[][] own = new int[g][16];
        int[] owned = new int[g];
        for (int k = 0; k < g; k++) {
            found[k] = new FacetCombinations();
        }
        int doc = 0;
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
            // Docs without facets (none in Troika) have the empty combinations.
            for (; doc < d; doc++) {
                for (int k = 0; k < g; k++) {
                    rows[doc * g + k] = found[k].number(own[k], 0);
                }
            }
            Arrays.fill(owned, 0);
            for (int i = values.docValueCount(); i > 0; i--) {
                int ord = (int) values.nextOrd();
                int k = groupOf[ord];
                if (owned[k] == own[k].length) {
                    own[k] = Arrays.copyOf(own[k], owned[k] * 2);
                }
                own[k][owned[k]++] = ord;
            }
            for (int k = 0; k < g; k++) {
                rows[doc * g + k] = found[k].number(own[k], owned[k]);
            }
            doc++;
        }
        for (; doc < maxDoc; doc++) {
            for (int k = 0; k < g; k++) {
                rows[doc * g + k] = found[k].number(own[k], 0);
            }
        }
        int[][] starts = new int[g][];
        int[][] ords = new int[g][];
        for (int k = 0; k < g; k++) {
            starts[k] = found[k].starts();
            ords[k] = found[k].ords();
        }
        return new FacetColumn(rows, starts, ords, size);
    }

    private static char[] narrow(int[] rows) {
        char[] narrow = new char[rows.length];
        for (int i = 0; i < rows.length; i++) {
            narrow[i] = (char) rows[i];
        }
        return narrow;
    }

    /** How many distinct combinations each group has. */
    int[] combinations() {
        return Arrays.stream(starts).mapToInt(s -> s.length - 1).toArray();
    }

    /** A count of docs of this segment, by combination, to be added as each is found. */
    Tally tally() {
        return new Tally();
    }

    /**
     * Counts of docs by combination of each group: adding a doc is one read of its row and one increment per group
     * (measured: counting is bound by memory reads); {@link #addTo} then turns them into counts of ordinals.
     */
    final class Tally {
        private final int[][] perCombination = new int[groups][];

        private Tally() {
            for (int k = 0; k < groups; k++) {
                perCombination[k] = new int[starts[k].length - 1];
            }
        }

        void add(int doc) {
            int row = doc * groups;
            if (narrow != null) {
                for (int k = 0; k < perCombination.length; k++) {
                    perCombination[k][narrow[row + k]]++;
                }
            } else {
                for (int k = 0; k < perCombination.length; k++) {
                    perCombination[k][wide[row + k]]++;
                }
            }
        }

        /** Adds the docs counted to the counts of their ordinals (the segment's). */
        void addTo(int[] counts) {
            addTo(counts, null);
        }

        /** Adds the docs counted to the counts of their ordinals, mapped by {@code toGlobal} (null: the segment's own). */
        void addTo(int[] counts, int[] toGlobal) {
            for (int k = 0; k < groups; k++) {
                int[] per = perCombination[k];
                int[] s = starts[k];
                int[] o = ords[k];
                for (int c = 0; c < per.length; c++) {
                    if (per[c] != 0) {
                        for (int j = s[c], end = s[c + 1]; j < end; j++) {
                            counts[toGlobal == null ? o[j] : toGlobal[o[j]]] += per[c];
                        }
                    }
                }
            }
        }
    }
}
