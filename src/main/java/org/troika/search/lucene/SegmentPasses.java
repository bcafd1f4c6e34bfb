package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * One pass of a weight over the segments, shared out between threads: big segments go to the caller's thread and the
 * pool's, each thread with its own collector (a rebuilt index has one big segment per indexing thread).
 */
final class SegmentPasses {

    private SegmentPasses() {
    }

    /** Runs {@code collectors.get(i)} over share i, share 0 on the caller's thread. */
    static void run(Weight weight, List<List<LeafReaderContext>> shares, List<? extends Collector> collectors,
                    ExecutorService pool) throws IOException {
        List<Future<Void>> others = new ArrayList<>();
        for (int i = 1; i < shares.size(); i++) {
            Collector collector = collectors.get(i);
            List<LeafReaderContext> share = shares.get(i);
            others.add(pool.submit(() -> {
                search(weight, share, collector);
                return null;
            }));
        }
        search(weight, shares.get(0), collectors.get(0));
        for (Future<Void> other : others) {
            join(other);
        }
    }

    /** The segments shared out, biggest first, each to the share with the fewest docs; small indexes are one share. */
    static List<List<LeafReaderContext>> shares(List<LeafReaderContext> leaves, int threads, long parallelFrom) {
        long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int n = docs < parallelFrom ? 1 : Math.max(1, Math.min(threads, leaves.size()));
        List<List<LeafReaderContext>> shares = new ArrayList<>();
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            shares.add(new ArrayList<>());
        }
        for (LeafReaderContext leaf : leaves.stream().sorted(Comparator.comparingInt((LeafReaderContext l) -> l.reader().maxDoc()).reversed()).toList()) {
            int smallest = 0;
            for (int i = 1; i < n; i++) {
                if (sizes[i] < sizes[smallest]) {
                    smallest = i;
                }
            }
            shares.get(smallest).add(leaf);
            sizes[smallest] += leaf.reader().maxDoc();
        }
        return shares;
    }

    /** As IndexSearcher searches a segment. */
    private static void search(Weight weight, List<LeafReaderContext> leaves, Collector collector) throws IOException {
        for (LeafReaderContext leaf : leaves) {
            LeafCollector leafCollector = collector.getLeafCollector(leaf);
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier != null) {
                supplier.setTopLevelScoringClause();
                BulkScorer scorer = supplier.bulkScorer();
                try {
                    scorer.score(leafCollector, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
                } catch (CollectionTerminatedException done) {
                    // The collector has what it needs of this segment.
                }
            }
            leafCollector.finish();
        }
    }

    private static <T> T join(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Search interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Search failed: " + e.getCause(), e.getCause());
        }
    }
}
