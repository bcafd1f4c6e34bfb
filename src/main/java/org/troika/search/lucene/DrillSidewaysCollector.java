package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the docs of the query without its facet filters gives everything a search needs (the classic drill
 * sideways): a doc that passes every filter is a hit (the page, the total, the facet counts); one that fails exactly
 * one filter counts only for that facet's sideways counts ("as if its own choice were not made"); one that fails two
 * or more counts for nothing. Hits and near misses are counted as they are found, per segment (see
 * {@link FacetColumn.Tally}), for {@link FacetCounting} to turn into facet counts.
 * Filters are bit sets read from the same terms {@code DrillDownQuery} searches, once per search.
 */
final class DrillSidewaysCollector<C extends Collector> implements Collector {

    /** Per filter, the terms any of which a doc must have. */
    private final List<List<Term>> filters;
    private final Columns columns;
    private final C top;
    private final List<Segment> segments = new ArrayList<>();
    private long total;

    private DrillSidewaysCollector(List<List<Term>> filters, Columns columns, C top) {
        this.filters = filters;
        this.columns = columns;
        this.top = top;
    }

    /** The hits and near misses of one segment, counted by facet values: {@code misses[k]} failed filter k alone. */
    static final class Segment {
        final LeafReaderContext context;
        final FacetColumn.Tally hits;
        final FacetColumn.Tally[] misses;

        Segment(LeafReaderContext context, FacetColumn column, int filters) {
            this.context = context;
            this.hits = column.tally();
            this.misses = new FacetColumn.Tally[filters];
            for (int k = 0; k < filters; k++) {
                misses[k] = column.tally();
            }
        }
    }

    /** Each segment's facet values, kept while the segment lives (see {@link FacetCounting#column}). */
    @FunctionalInterface
    interface Columns {
        FacetColumn of(LeafReaderContext leaf) throws IOException;
    }

    /** What a search gathered: the page (its top hits), the total, each segment's hits and near misses. */
    record Collected(TopFieldDocs page, long total, List<Segment> segments) {
    }

    /**
     * Runs the query over every segment, on the searcher's slices side by side (see {@link SharedSearchers}), each
     * slice with its own collector, and merges the pages.
     */
    static <C extends Collector> Collected collect(IndexSearcher searcher, Query query, List<List<Term>> filters, Columns columns,
                                                   CollectorManager<C, TopFieldDocs> pages) throws IOException {
        return searcher.search(query, new CollectorManager<DrillSidewaysCollector<C>, Collected>() {
            @Override
            public DrillSidewaysCollector<C> newCollector() throws IOException {
                return new DrillSidewaysCollector<>(filters, columns, pages.newCollector());
            }

            @Override
            public Collected reduce(Collection<DrillSidewaysCollector<C>> collectors) throws IOException {
                List<C> tops = new ArrayList<>();
                List<Segment> segments = new ArrayList<>();
                long total = 0;
                for (DrillSidewaysCollector<C> c : collectors) {
                    tops.add(c.top);
                    segments.addAll(c.segments);
                    total += c.total;
                }
                return new Collected(pages.reduce(tops), total, segments);
            }
        });
    }

    @Override
    public ScoreMode scoreMode() {
        return top.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector page = top.getLeafCollector(context);
        Segment segment = new Segment(context, columns.of(context), filters.size());
        segments.add(segment);
        FixedBitSet[] passing = new FixedBitSet[filters.size()];
        for (int k = 0; k < passing.length; k++) {
            passing[k] = passing(context, filters.get(k));
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
