package org.troika.search.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How recommendation text becomes words: case and diacritics folded ("Côte" = "cote"), French elisions cut at
 * either apostrophe ("d’Ivoire" and "d'Ivoire" = "ivoire"), English possessives dropped ("women's" = "women") and,
 * for the searched text, English stop words left out and words stemmed ("tortured" = "torture"). The unstemmed
 * variant feeds prefix queries and the spelling suggestions, which must see real words.
 */
final class TextAnalyzer extends Analyzer {

    private static final CharArraySet ELISIONS = new CharArraySet(List.of("d", "l", "qu", "j", "m", "n", "s", "t", "c"), true);

    private final boolean stemmed;

    private TextAnalyzer(boolean stemmed) {
        this.stemmed = stemmed;
    }

    static TextAnalyzer stemmed() {
        return new TextAnalyzer(true);
    }

    static TextAnalyzer words() {
        return new TextAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(source);
        words = new ElisionFilter(words, ELISIONS);
        words = new EnglishPossessiveFilter(words);
        words = new ASCIIFoldingFilter(words);
        return new TokenStreamComponents(source, stemmed ? stems(words) : words);
    }

    /** The searched text's words from the unstemmed ones: English stop words left out, the rest stemmed. */
    static TokenStream stems(TokenStream words) {
        return new PorterStemFilter(new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Labels of one recommendation are separate values: a phrase must not run from one into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
