package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.troika.search.domain.SearchHit;

/** What a hit shows, read from stored fields, with the text's best passages highlighted. */
final class Hits {

    private static final Set<String> SHOWN = Set.of(IndexSchema.ID, IndexSchema.PARAGRAPH, IndexSchema.STATE, IndexSchema.BY,
            IndexSchema.CYCLE, IndexSchema.SESSION, IndexSchema.YEAR, IndexSchema.RESPONSE);
    private static final int PASSAGES = 2;

    private final Analyzer analyzer;

    Hits(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SearchHit> read(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                // Escapes the text: snippets go into pages as HTML, and only <mark> is ours.
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(25_000)
                .withMaxNoHighlightPassages(1)
                .build();
        String[] snippets = highlighter.highlight(IndexSchema.TEXT, query, page, PASSAGES);
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc d = page.scoreDocs[i];
            Document doc = searcher.storedFields().document(d.doc, SHOWN);
            hits.add(new SearchHit(doc.getField(IndexSchema.ID).numericValue().longValue(), doc.get(IndexSchema.STATE),
                    doc.getField(IndexSchema.CYCLE).numericValue().intValue(), doc.getField(IndexSchema.SESSION).numericValue().intValue(),
                    doc.getField(IndexSchema.YEAR).numericValue().intValue(), doc.get(IndexSchema.PARAGRAPH),
                    Arrays.asList(doc.getValues(IndexSchema.BY)), doc.get(IndexSchema.RESPONSE),
                    snippets[i] == null ? "" : snippets[i], Float.isNaN(d.score) ? 0 : d.score));
        }
        return hits;
    }
}
