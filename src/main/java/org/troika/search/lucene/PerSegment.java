package org.troika.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        try {
            // Read once per segment; other segments are read meanwhile (the map locks only this key's bin), so the
            // first search after a refresh reads its segments side by side on its threads.
            return kept.computeIfAbsent(helper.getKey(), key -> {
                try {
                    T value = reader.read(leaf.reader());
                    helper.addClosedListener(kept::remove);
                    return value;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
