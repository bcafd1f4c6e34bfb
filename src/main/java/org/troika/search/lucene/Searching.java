package org.troika.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.SortOrder;

/** Runs searches on one searcher: the query with its facet filters, the page, facet counts, snippets, suggestions. */
final class Searching {

    private static final int EXPORT_PAGE = 1000;

    private final Analyzer analyzer;
    private final FacetsConfig config;
    private final QueryLanguage language;
    private final FacetCounting facets;
    private final Hits hits;
    private final Suggestions suggestions = new Suggestions();

    Searching(Analyzer analyzer, FacetsConfig config, FieldValues values) {
        this.analyzer = analyzer;
        this.config = config;
        this.language = new QueryLanguage(analyzer, values);
        this.facets = new FacetCounting(config, values);
        this.hits = new Hits(analyzer);
    }

    /** Reads what searches need of this searcher's index ahead of the first one. */
    void prepare(IndexSearcher searcher) throws IOException {
        if (searcher.getIndexReader().numDocs() > 0) {
            facets.prepare(searcher);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                IdOrder.ids(leaf);
            }
        }
    }

    SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Query query = language.parse(request.query());
        Sort sort = sort(request.sort());
        FieldDoc after = request.cursor().map(c -> Cursors.decode(request.sort(), c, sort.getSort().length)).orElse(null);
        if (searcher.getIndexReader().numDocs() == 0) {
            // Nothing to count facets of (Lucene has no facet field yet to read).
            return new SearchResult(0, List.of(), facets.none(), Optional.empty(), Optional.empty());
        }
        var state = facets.state(searcher);
        CollectorManager<? extends Collector, TopFieldDocs> pages = pages(request, sort, after);
        DrillSidewaysCollector.Collected collected;
        List<org.troika.search.domain.FacetResult> counted;
        if (query instanceof MatchAllDocsQuery && request.filters().size() == 1) {
            // Browsing: the filter's own postings find the hits; its sideways counts are the whole index's.
            collected = DrillSidewaysCollector.collect(searcher, drillDown(query, request), List.of(), facets::column, pages);
            counted = facets.countBrowsing(searcher, state, collected.segments(), request.filters().keySet().iterator().next(), request);
        } else {
            List<SearchField> filtered = Arrays.stream(SearchField.values()).filter(request.filters()::containsKey).toList();
            collected = DrillSidewaysCollector.collect(searcher, query,
                    filtered.stream().map(f -> filterTerms(f, request.selected(f))).toList(), facets::column, pages);
            counted = facets.count(state, collected.segments(), filtered, request);
        }
        // By relevance, the page has its hits' scores: the filters score nothing, so they are the query's with its
        // filters too (Lucene's collector for the other orders keeps no scores, and none are shown).
        TopDocs found = collected.page();
        long total = collected.total();
        ScoreDoc[] page = found.scoreDocs;
        Optional<String> next = Optional.empty();
        if (page.length > request.size()) {
            page = Arrays.copyOf(page, request.size());
            next = Optional.of(Cursors.encode(request.sort(), (FieldDoc) page[page.length - 1]));
        }
        TopDocs shown = new TopDocs(found.totalHits, page);
        return new SearchResult(total, hits.read(searcher, query, shown), counted,
                suggestions.suggest(searcher, request.query(), analyzer), next);
    }

    void forEachHit(IndexSearcher searcher, SearchRequest request, LongConsumer ids) throws IOException {
        Query query = drillDown(language.parse(request.query()), request);
        Sort sort = sort(request.sort());
        boolean scores = request.sort() == SortOrder.RELEVANCE;
        FieldDoc after = null;
        while (true) {
            TopDocs page = searcher.searchAfter(after, query, EXPORT_PAGE, sort, scores);
            for (ScoreDoc d : page.scoreDocs) {
                FieldDoc f = (FieldDoc) d;
                ids.accept((Long) f.fields[f.fields.length - 1]);
            }
            if (page.scoreDocs.length < EXPORT_PAGE) {
                return;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
        }
    }

    List<SearchHit> similar(IndexSearcher searcher, long id, int limit) throws IOException {
        TopDocs self = searcher.search(IndexSchema.ids(id), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        String text = DocValueReader.text(searcher, IndexSchema.TEXT_VALUE, self.scoreDocs[0].doc);
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[]{IndexSchema.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxQueryTerms(25);
        mlt.setMaxDocFreqPct(20);
        Query like = mlt.like(IndexSchema.TEXT, new StringReader(text));
        Query others = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(IndexSchema.ids(id), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs found = searcher.search(others, limit, RelevancePage.SORT, true);
        return hits.read(searcher, like, found);
    }

    /** The page's collectors: our own for relevance (see {@link RelevancePage}), Lucene's for the other orders. */
    private static CollectorManager<? extends Collector, TopFieldDocs> pages(SearchRequest request, Sort sort, FieldDoc after) {
        return request.sort() == SortOrder.RELEVANCE
                ? RelevancePage.manager(request.size() + 1, after)
                : new TopFieldCollectorManager(sort, request.size() + 1, after, Integer.MAX_VALUE);
    }

    /** The query with the request's filters: a facet's chosen values ORed, facets ANDed (terms as {@link #filterTerms}). */
    private DrillDownQuery drillDown(Query query, SearchRequest request) {
        DrillDownQuery drillDown = new DrillDownQuery(config, query);
        request.filters().forEach((field, values) -> filterTerms(field, values).forEach(t -> drillDown.add(field.key(), new TermQuery(t))));
        return drillDown;
    }

    /** The terms a filter on this facet's values accepts, any of them (an SDG target has a field of its own). */
    private List<Term> filterTerms(SearchField field, Set<String> chosen) {
        String indexField = config.getDimConfig(field.key()).indexFieldName;
        return chosen.stream().map(value -> field == SearchField.SDG && FieldValues.isSdgTarget(value)
                ? new Term(IndexSchema.SDG_TARGET, value)
                : DrillDownQuery.term(indexField, field.key(), value)).toList();
    }

    static Sort sort(SortOrder order) {
        SortField inReportOrder = new SortField(IndexSchema.ORDER, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> RelevancePage.SORT;
            case DATE -> new Sort(new SortedNumericSortField(IndexSchema.YEAR, SortField.Type.INT, true), inReportOrder, IdOrder.BY_ID);
            case PARAGRAPH -> new Sort(inReportOrder, IdOrder.BY_ID);
        };
    }

}
