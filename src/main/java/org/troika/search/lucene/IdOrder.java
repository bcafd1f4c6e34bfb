package org.troika.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;

/**
 * Order by recommendation id, the last key of every sort (so that no two hits tie): the same order as a sort on the
 * id's doc values, read from an array per segment instead. Hits with equal scores are many (short texts, the same
 * words), and each tie read the id from doc values (measured: a quarter of a search).
 */
final class IdOrder extends FieldComparatorSource {

    static final SortField BY_ID = new SortField(IndexSchema.ID, new IdOrder());

    /** Each segment's ids by doc (0 for a doc without one, as the doc-values sort had it). */
    private static final PerSegment<long[]> IDS = new PerSegment<>(IdOrder::read);

    private IdOrder() {
    }

    private static long[] read(LeafReader segment) throws IOException {
        long[] ids = new long[segment.maxDoc()];
        NumericDocValues values = DocValues.getNumeric(segment, IndexSchema.ID);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            ids[doc] = values.longValue();
        }
        return ids;
    }

    /** The segment's ids by doc, read at its first use (Searching reads them ahead of the first search). */
    static long[] ids(LeafReaderContext leaf) throws IOException {
        return IDS.get(leaf);
    }

    @Override
    public FieldComparator<Long> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new FieldComparator<>() {
            private final long[] slots = new long[numHits];
            private long top;
            // Kept here, not per segment: the collector sets the bottom once and expects later segments to know it.
            private long bottom;

            @Override
            public int compare(int slot1, int slot2) {
                return Long.compare(slots[slot1], slots[slot2]);
            }

            @Override
            public void setTopValue(Long value) {
                top = value;
            }

            @Override
            public Long value(int slot) {
                return slots[slot];
            }

            @Override
            public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
                long[] ids = IDS.get(context);
                return new LeafFieldComparator() {
                    @Override
                    public void setBottom(int slot) {
                        bottom = slots[slot];
                    }

                    @Override
                    public int compareBottom(int doc) {
                        return Long.compare(bottom, ids[doc]);
                    }

                    @Override
                    public int compareTop(int doc) {
                        return Long.compare(top, ids[doc]);
                    }

                    @Override
                    public void copy(int slot, int doc) {
                        slots[slot] = ids[doc];
                    }

                    @Override
                    public void setScorer(Scorable scorer) {
                        // Ids need no scores.
                    }
                };
            }
        };
    }
}
