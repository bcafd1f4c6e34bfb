package org.troika.search.lucene;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": every plain word of the query that is in no recommendation is replaced by the most frequent
 * indexed word within two edits. Field values, quoted phrases' neighbours and operators are left as they are.
 * Works on the unstemmed words, straight from the index's terms: no separate dictionary to keep up to date.
 */
final class Suggestions {

    // A word not preceded by a field name's colon or a backslash, not an operator, not followed by * ~ or :
    private static final Pattern WORD = Pattern.compile("(?<![\\w:\\\\*])(\\p{L}[\\p{L}’'-]{2,})(?![\\w*~:’'])");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "TO");

    private final DirectSpellChecker checker = new DirectSpellChecker();

    java.util.Optional<String> suggest(IndexSearcher searcher, String query, Analyzer analyzer) throws IOException {
        Matcher m = WORD.matcher(query);
        StringBuilder suggestion = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group(1);
            String replacement = word;
            if (!OPERATORS.contains(word) && !fieldValue(query, m.start())) {
                BytesRef normal = analyzer.normalize(IndexSchema.WORDS, word);
                Term term = new Term(IndexSchema.WORDS, normal);
                // Stop words are in no field, yet no mistake.
                if (!TextAnalyzer.stopWord(normal.utf8ToString()) && searcher.getIndexReader().docFreq(term) == 0) {
                    SuggestWord[] found = checker.suggestSimilar(term, 1, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (found.length > 0) {
                        replacement = found[0].string;
                        changed = true;
                    }
                }
            }
            m.appendReplacement(suggestion, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(suggestion);
        return changed ? java.util.Optional.of(suggestion.toString()) : java.util.Optional.empty();
    }

    /** Whether the word at this offset is inside a field's value: by:"Côte d'Ivoire" or theme:(...). */
    private static boolean fieldValue(String query, int offset) {
        int quotes = 0;
        for (int i = 0; i < offset; i++) {
            if (query.charAt(i) == '"') {
                quotes++;
            }
        }
        if (quotes % 2 == 1) {
            int open = query.lastIndexOf('"', offset - 1);
            return open > 0 && query.charAt(open - 1) == ':';
        }
        return false;
    }
}
