package org.troika.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.InPlaceMergeSorter;
import org.troika.search.domain.IndexedVersions;

/** Reads the id and version of every live document from doc values, sorted by id: no stored field is touched. */
final class IndexVersionsReader {

    private IndexVersionsReader() {
    }

    static IndexedVersions read(IndexSearcher searcher) throws IOException {
        int n = searcher.getIndexReader().numDocs();
        long[] ids = new long[n];
        long[] versions = new long[n];
        int i = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            NumericDocValues id = reader.getNumericDocValues(IndexSchema.ID);
            NumericDocValues version = reader.getNumericDocValues(IndexSchema.VERSION_FIELD);
            Bits live = reader.getLiveDocs();
            if (id == null || version == null) {
                continue;
            }
            for (int doc = id.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = id.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                ids[i] = id.longValue();
                versions[i] = version.advanceExact(doc) ? version.longValue() : 0;
                i++;
            }
        }
        long[] sortedIds = i == n ? ids : java.util.Arrays.copyOf(ids, i);
        long[] sortedVersions = i == n ? versions : java.util.Arrays.copyOf(versions, i);
        new InPlaceMergeSorter() {
            @Override
            protected int compare(int a, int b) {
                return Long.compare(sortedIds[a], sortedIds[b]);
            }

            @Override
            protected void swap(int a, int b) {
                long t = sortedIds[a];
                sortedIds[a] = sortedIds[b];
                sortedIds[b] = t;
                t = sortedVersions[a];
                sortedVersions[a] = sortedVersions[b];
                sortedVersions[b] = t;
            }
        }.sort(0, i);
        return new IndexedVersions(sortedIds, sortedVersions);
    }
}
