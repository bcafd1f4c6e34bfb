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
 * either apostrophe ("d’Ivoire" and "d'Ivoire" = "ivoire"), English possessives dropped ("women's" = "women"),
 * English stop words left out and, for the searched text, words stemmed ("tortured" = "torture"). The unstemmed
 * variant feeds prefix queries and the spelling suggestions, which must see real words.
 */
final class TextAnalyzer extends Analyzer {

    private static final CharArraySet ELISIONS = new CharArraySet(List.of("d", "l", "qu", "j", "m", "n", "s", "t", "c"), true);

    private enum Form { EVERY_WORD, WORDS, STEMS }

    private final Form form;

    private TextAnalyzer(Form form) {
        this.form = form;
    }

    /** The searched text: stems of the words that are not stop words. */
    static TextAnalyzer stemmed() {
        return new TextAnalyzer(Form.STEMS);
    }

    /**
     * The words as written, stop words left out: a stop word is in nearly every text, so indexing it cost a tenth of
     * a build (measured) and told nothing; prefixes do not complete to one ("int*" finds "international", not "into").
     */
    static TextAnalyzer words() {
        return new TextAnalyzer(Form.WORDS);
    }

    /** Every word as written, stop words too: what {@link TextTokens} reads once to make both fields. */
    static TextAnalyzer everyWord() {
        return new TextAnalyzer(Form.EVERY_WORD);
    }

    /** Whether this folded word is one of the English stop words, which no field indexes. */
    static boolean stopWord(String folded) {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(folded);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(source);
        words = new ElisionFilter(words, ELISIONS);
        words = new EnglishPossessiveFilter(words);
        words = new ASCIIFoldingFilter(words);
        return new TokenStreamComponents(source, switch (form) {
            case EVERY_WORD -> words;
            case WORDS -> withoutStopWords(words);
            case STEMS -> stems(words);
        });
    }

    private static TokenStream withoutStopWords(TokenStream words) {
        return new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    /** The searched text's words from every word as written: English stop words left out, the rest stemmed. */
    static TokenStream stems(TokenStream words) {
        return new PorterStemFilter(withoutStopWords(words));
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
