package org.troika.search.lucene;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The best hits by relevance (score, highest first, then id), after a cursor's (score, id) if there is one: what
 * {@code TopFieldCollector} on {@code Sort(score, id)} keeps, in fewer steps per hit (measured: a search took 5-10%
 * less). The total and the facets need every hit, so every hit is scored; most fall below the page's lowest score
 * and are dropped on their score alone, without reading their id.
 * <p>
 * Tried and not kept: scoring only the hits of blocks of postings whose upper bound ({@code Scorer.getMaxScore})
 * reaches the page, with a weight made for top scores. Short texts give nearly every block a bound close to the best
 * score, so half of the hits of a word were still scored, and the scorers made for top scores iterate more slowly than
 * those that score every hit in batches (and much more slowly for OR): no search got faster.
 */
final class RelevancePage implements Collector {

    /** The order this page keeps. */
    static final Sort SORT = new Sort(SortField.FIELD_SCORE, IdOrder.BY_ID);

    private final Float afterScore;
    private final long afterId;
    private final BestHits best;

    private RelevancePage(int size, FieldDoc after) {
        this.afterScore = after == null ? null : (Float) after.fields[0];
        this.afterId = after == null ? 0 : (Long) after.fields[1];
        this.best = new BestHits(size);
    }

    /** Pages by relevance, one per thread, merged into one; the doc ids and sort values as {@code TopFieldCollector} gives them. */
    static CollectorManager<RelevancePage, TopFieldDocs> manager(int size, FieldDoc after) {
        return new CollectorManager<>() {
            @Override
            public RelevancePage newCollector() {
                return new RelevancePage(size, after);
            }

            @Override
            public TopFieldDocs reduce(Collection<RelevancePage> pages) {
                BestHits all = new BestHits(size);
                for (RelevancePage page : pages) {
                    all.addAll(page.best);
                }
                // The total is DrillSidewaysCollector's to count (it sees every hit); not counted again here.
                return new TopFieldDocs(new TotalHits(0, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), all.sorted(), SORT.getSort());
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        long[] ids = IdOrder.ids(context);
        int docBase = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                float score = scorer.score();
                if (best.full() && score < best.lowestScore() || afterScore != null && score > afterScore) {
                    return;
                }
                long id = ids[doc];
                if (afterScore == null || BestHits.worse(score, id, afterScore, afterId)) {
                    best.offer(score, id, docBase + doc);
                }
            }
        };
    }
}
