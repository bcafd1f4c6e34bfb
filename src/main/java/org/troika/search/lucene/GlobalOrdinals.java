package org.troika.search.lucene;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * What the facets' global ordinals are, read once per searcher and kept (it depends on the index, never on a query):
 * per segment, the global ordinal of each of its ordinals (null for an index of one segment, whose ordinals are the
 * global ones), and each global ordinal's value. Reading a shown value's path from doc values, 20 per facet and
 * search, and splitting it was 2-3% of a search.
 */
record GlobalOrdinals(SortedSetDocValuesReaderState state, int[][] toGlobal, String[] values) {

    static GlobalOrdinals read(SortedSetDocValuesReaderState state) throws IOException {
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
        String[] values = new String[(int) global.getValueCount()];
        for (int ord = 0; ord < values.length; ord++) {
            values[ord] = FacetsConfig.stringToPath(global.lookupOrd(ord).utf8ToString())[1];
        }
        return new GlobalOrdinals(state, map, values);
    }
}
