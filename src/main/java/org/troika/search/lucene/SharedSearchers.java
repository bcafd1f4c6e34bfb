package org.troika.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that share each search between the cores: Lucene's searcher with an executor runs a search's slices side
 * by side, one of them on the caller's thread. The slices are ours, the documents shared evenly: segments, biggest
 * first, each to the slice with the fewest documents (a rebuilt index has one big segment per indexing thread), and a
 * segment too big for one slice (an index merged into one segment) cut into parts of about a slice each. Below
 * {@code parallelFrom} documents, one slice: sharing would cost more than it saves (measured).
 */
final class SharedSearchers extends SearcherFactory {

    /** Below this many docs in the index, searching on the caller's thread alone is quicker than sharing the work. */
    static final long PARALLEL_FROM = 20_000;

    /** A segment is cut into parts once it holds this many times a slice's share of the documents. */
    private static final double CUT_FROM = 1.5;

    private final Executor pool;
    private final int threads;
    private final long parallelFrom;

    SharedSearchers(Executor pool, int threads, long parallelFrom) {
        this.pool = pool;
        this.threads = threads;
        this.parallelFrom = parallelFrom;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return SharedSearchers.slices(leaves, threads, parallelFrom);
            }
        };
    }

    static LeafSlice[] slices(List<LeafReaderContext> leaves, int threads, long parallelFrom) {
        long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int n = docs < parallelFrom ? 1 : Math.max(1, threads);
        long share = Math.max(1, Math.ceilDiv(docs, n));
        List<LeafReaderContextPartition> parts = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            int size = leaf.reader().maxDoc();
            int cuts = size >= CUT_FROM * share ? (int) Math.min(n, Math.round((double) size / share)) : 1;
            if (cuts == 1) {
                parts.add(LeafReaderContextPartition.createForEntireSegment(leaf));
            } else {
                for (int i = 0; i < cuts; i++) {
                    parts.add(LeafReaderContextPartition.createFromAndTo(leaf, (int) ((long) size * i / cuts), (int) ((long) size * (i + 1) / cuts)));
                }
            }
        }
        parts.sort(Comparator.comparingInt(SharedSearchers::size).reversed());
        List<List<LeafReaderContextPartition>> slices = new ArrayList<>();
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            slices.add(new ArrayList<>());
        }
        for (LeafReaderContextPartition part : parts) {
            // The slice with the fewest documents, among those without another part of the same segment (Lucene
            // searches a segment's parts in different slices).
            int to = -1;
            for (int i = 0; i < n; i++) {
                boolean holdsSegment = slices.get(i).stream().anyMatch(p -> p.ctx == part.ctx);
                if (!holdsSegment && (to < 0 || sizes[i] < sizes[to])) {
                    to = i;
                }
            }
            slices.get(to).add(part);
            sizes[to] += size(part);
        }
        return slices.stream().filter(s -> !s.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    /** Docs in the part (a whole segment's part ends at NO_MORE_DOCS, not at the segment's end). */
    private static int size(LeafReaderContextPartition part) {
        return Math.min(part.maxDocId, part.ctx.reader().maxDoc()) - part.minDocId;
    }
}
