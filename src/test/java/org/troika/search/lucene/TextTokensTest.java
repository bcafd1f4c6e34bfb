package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Recommendation;
import org.troika.search.KazakhstanRecommendations;

/** A text tokenized once gives both fields exactly what their analysers give, word by word, positions and offsets too. */
class TextTokensTest {

    private static final List<String> AWKWARD = List.of("", "the", "The rights of the child, and of women.",
            "To the Government of Côte d’Ivoire: it is not the State's duty, is it?", "Abolish the death penalty (France);",
            "1990 and 2014 to 2019 and", "l'État d'Israël, O'Brien's", "a an and are as at be but by for if in into is it");

    /** Every token as term, position increment and offsets, then the end's. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
        }
        stream.end();
        out.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        stream.close();
        return out;
    }

    @Test
    void both_fields_get_what_their_analysers_make() throws IOException {
        TextTokens tokens = new TextTokens();
        Analyzer stemmed = TextAnalyzer.stemmed();
        Analyzer words = TextAnalyzer.words();
        List<String> texts = Stream.concat(AWKWARD.stream(),
                KazakhstanRecommendations.load().keySet().stream().map(Recommendation::text)).toList();
        // Twice: the second time every stem comes from what the first time kept.
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                tokens.analyse(text);
                assertThat(tokens(tokens.stemmed())).as(text).isEqualTo(tokens(stemmed.tokenStream(IndexSchema.TEXT, text)));
                assertThat(tokens(tokens.asWritten())).as(text).isEqualTo(tokens(words.tokenStream(IndexSchema.WORDS, text)));
            }
        }
    }
}
