package org.troika.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Prefix and fuzzy queries run on the words as written, which the index keeps without offsets; snippets mark the
 * stemmed text. So for the snippets each such query's words (the first {@link #MAX_WORDS}) become their stems in the
 * text field: "discriminat*" marks "discrimination" and "discriminatory", "tortre~" marks "torture". A word that
 * shares one of those stems is marked too; a prohibited query's words are not.
 */
final class MarkedWords {

    static final int MAX_WORDS = 1024;

    private MarkedWords() {
    }

    /** The query to mark snippets by: this one, and the stems of the words its prefix and fuzzy parts match. */
    static Query forSnippets(Query query, IndexReader reader, Analyzer analyzer) throws IOException {
        List<MultiTermQuery> expanding = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                if (IndexSchema.WORDS.equals(field) && leaf instanceof MultiTermQuery words) {
                    expanding.add(words);
                }
            }
        });
        Terms words = expanding.isEmpty() ? null : MultiTerms.getTerms(reader, IndexSchema.WORDS);
        if (words == null) {
            return query;
        }
        Set<BytesRef> stems = new LinkedHashSet<>();
        int read = 0;
        for (MultiTermQuery expandingQuery : expanding) {
            TermsEnum matching = expandingQuery.getTermsEnum(words);
            for (BytesRef word = matching.next(); word != null && read < MAX_WORDS; word = matching.next()) {
                stemOf(word.utf8ToString(), analyzer, stems);
                read++;
            }
        }
        if (stems.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(new TermInSetQuery(IndexSchema.TEXT, stems), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static void stemOf(String word, Analyzer analyzer, Set<BytesRef> stems) throws IOException {
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(new BytesRef(term));
            }
            stream.end();
        }
    }
}
