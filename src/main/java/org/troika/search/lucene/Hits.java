package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.troika.search.domain.SearchHit;

/** What a hit shows, read from doc values, with the text's best passages highlighted. */
final class Hits {

    private static final int PASSAGES = 2;
    private static final LeanPassageScorer PASSAGE_SCORER = new LeanPassageScorer();

    private final Analyzer analyzer;

    Hits(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<SearchHit> read(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                // Escapes the text: snippets go into pages as HTML, and only <mark> is ours.
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(25_000)
                .withScorer(PASSAGE_SCORER)
                .withMaxNoHighlightPassages(1);
        Query marked = MarkedWords.forSnippets(query, searcher.getIndexReader(), analyzer);
        String[] snippets = new TextFromDocValues(builder, searcher).highlight(IndexSchema.TEXT, marked, page, PASSAGES);
        List<SearchHit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc d = page.scoreDocs[i];
            hits.add(StoredHit.read(DocValueReader.number(searcher, IndexSchema.ID, d.doc),
                    DocValueReader.text(searcher, IndexSchema.SHOWN, d.doc), snippets[i] == null ? "" : snippets[i],
                    Float.isNaN(d.score) ? 0 : d.score));
        }
        return hits;
    }

    /** The highlighter, reading the text to highlight from doc values (the index stores no fields). */
    private static final class TextFromDocValues extends UnifiedHighlighter {

        private final IndexSearcher searcher;

        TextFromDocValues(Builder builder, IndexSearcher searcher) {
            super(builder);
            this.searcher = searcher;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                CharSequence[] perField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    perField[f] = DocValueReader.text(searcher, IndexSchema.TEXT_VALUE, doc);
                }
                values.add(perField);
            }
            return values;
        }

        /**
         * The text is indexed with offsets (see {@link DocumentFactory}); the highlighter would otherwise merge every
         * segment's field infos to find that out, once per search (measured: 8% of the snippets' time).
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return IndexSchema.TEXT.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
                    ? new OneWeightPerSegment(components)
                    : super.getOffsetStrategy(source, components);
        }
    }

    /**
     * Offsets from the postings, as the highlighter finds them by its query's matches, but with one weight per segment
     * instead of one per hit: it rewrote the query, made a weight and looked its terms up again for each of the 20
     * hits (measured: most of the time of snippets). Same matches, so the same snippets.
     */
    private static final class OneWeightPerSegment extends PostingsOffsetStrategy {

        private LeafReader segment;
        private LeafReader remapped;
        private Weight weight;

        OneWeightPerSegment(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results) throws IOException {
            if (leafReader != segment) {
                segment = leafReader;
                remapped = remapped(leafReader);
                IndexSearcher searcher = new IndexSearcher(remapped);
                searcher.setQueryCache(null);
                weight = searcher.rewrite(components.query()).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            Matches matches = weight.matches(remapped.getContext(), docId);
            if (matches == null) {
                return;
            }
            for (String field : matches) {
                if (components.fieldMatcher().test(field)) {
                    MatchesIterator iterator = matches.getMatches(field);
                    if (iterator != null) {
                        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
                    }
                }
            }
        }

        /** As the highlighter has it: the fields its matcher accepts read as the field highlighted. */
        private LeafReader remapped(LeafReader leafReader) {
            return new FilterLeafReader(leafReader) {
                @Override
                public Terms terms(String field) throws IOException {
                    return super.terms(components.fieldMatcher().test(field) ? components.field() : field);
                }

                @Override
                public CacheHelper getCoreCacheHelper() {
                    return null;
                }

                @Override
                public CacheHelper getReaderCacheHelper() {
                    return null;
                }
            };
        }
    }
}
