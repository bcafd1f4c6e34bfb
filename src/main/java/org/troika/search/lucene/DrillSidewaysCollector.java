package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the docs of the query without its facet filters gives everything a search needs (the classic drill
 * sideways): a doc that passes every filter is a hit (the page, the total, the facet counts); one that fails exactly
 * one filter counts only for that facet's sideways counts ("as if its own choice were not made"); one that fails two
 * or more counts for nothing. The doc ids are kept in plain arrays, per segment, for {@link FacetCounting}.
 * Filters are bit sets read from the same terms {@code DrillDownQuery} searches, once per search.
 */
final class DrillSidewaysCollector implements Collector {

    /** Per filter, the terms any of which a doc must have. */
    private final List<List<Term>> filters;
    private final TopFieldCollector top;
    private final List<Segment> segments = new ArrayList<>();
    private long total;

    DrillSidewaysCollector(List<List<Term>> filters, TopFieldCollector top) {
        this.filters = filters;
        this.top = top;
    }

    /** The hits and near misses of one segment: {@code misses[k]} failed filter k alone. */
    static final class Segment {
        final LeafReaderContext context;
        final DocIds hits = new DocIds();
        final DocIds[] misses;

        Segment(LeafReaderContext context, int filters) {
            this.context = context;
            this.misses = new DocIds[filters];
            for (int k = 0; k < filters; k++) {
                misses[k] = new DocIds();
            }
        }
    }

    /** A growing array of doc ids. */
    static final class DocIds {
        int[] docs = new int[64];
        int size;

        void add(int doc) {
            if (size == docs.length) {
                docs = ArrayUtil.grow(docs, size + 1);
            }
            docs[size++] = doc;
        }
    }

    List<Segment> segments() {
        return segments;
    }

    long total() {
        return total;
    }

    TopFieldCollector top() {
        return top;
    }

    @Override
    public ScoreMode scoreMode() {
        return top.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector page = top.getLeafCollector(context);
        Segment segment = new Segment(context, filters.size());
        segments.add(segment);
        FixedBitSet[] passing = new FixedBitSet[filters.size()];
        for (int k = 0; k < passing.length; k++) {
            passing[k] = passing(context, filters.get(k));
        }
        if (passing.length == 0) {
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    page.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    page.collect(doc);
                    segment.hits.add(doc);
                    total++;
                }
            };
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                page.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                int failed = -1;
                for (int k = 0; k < passing.length; k++) {
                    if (!passing[k].get(doc)) {
                        if (failed >= 0) {
                            return;
                        }
                        failed = k;
                    }
                }
                if (failed >= 0) {
                    segment.misses[failed].add(doc);
                } else {
                    page.collect(doc);
                    segment.hits.add(doc);
                    total++;
                }
            }
        };
    }

    private static FixedBitSet passing(LeafReaderContext context, List<Term> anyOf) throws IOException {
        FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
        for (Term term : anyOf) {
            PostingsEnum docs = context.reader().postings(term, PostingsEnum.NONE);
            if (docs != null) {
                bits.or(docs);
            }
        }
        return bits;
    }
}
