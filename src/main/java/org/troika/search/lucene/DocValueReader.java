package org.troika.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads one document's doc values by its top-level doc id: what hits show, instead of stored fields. */
final class DocValueReader {

    private DocValueReader() {
    }

    static String text(IndexSearcher searcher, String field, int doc) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
        return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue().utf8ToString() : "";
    }

    static long number(IndexSearcher searcher, String field, int doc) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        NumericDocValues values = leaf.reader().getNumericDocValues(field);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Document " + doc + " has no " + field);
        }
        return values.longValue();
    }

    private static LeafReaderContext leaf(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }
}
