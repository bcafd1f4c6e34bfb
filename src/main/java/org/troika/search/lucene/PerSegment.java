package org.troika.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * What is read once from a segment and kept while the segment lives: keyed by the segment's core, which deletions
 * do not change, and dropped when the core is closed. Depends on the index only, never on a query.
 */
final class PerSegment<T> {

    @FunctionalInterface
    interface Reader<T> {
        T read(LeafReader segment) throws IOException;
    }

    private final Map<Object, T> kept = new ConcurrentHashMap<>();
    private final Reader<T> reader;

    PerSegment(Reader<T> reader) {
        this.reader = reader;
    }

    T get(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return reader.read(leaf.reader());
        }
        T value = kept.get(helper.getKey());
        if (value == null) {
            synchronized (kept) {
                value = kept.get(helper.getKey());
                if (value == null) {
                    value = reader.read(leaf.reader());
                    kept.put(helper.getKey(), value);
                    helper.addClosedListener(kept::remove);
                }
            }
        }
        return value;
    }
}
