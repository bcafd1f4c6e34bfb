package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Snippets are chosen by passage scores: ours must be Lucene's to the last bit, for any passage. */
class LeanPassageScorerTest {

    private static final String[] WORDS = {"tortur", "death", "penalti", "abolish", "right", "women"};

    @Test
    void scores_every_passage_as_lucene_does() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        SplittableRandom random = new SplittableRandom(7);
        for (int p = 0; p < 10_000; p++) {
            Passage passage = new Passage();
            int start = random.nextInt(500);
            int matches = random.nextInt(12);
            passage.setStartOffset(start);
            // Matches lie within the passage: its end first.
            passage.setEndOffset(start + matches * 60 + 1 + random.nextInt(100));
            int offset = start;
            for (int m = 0; m < matches; m++) {
                offset += 1 + random.nextInt(40); // at most 40 + 12 letters on from the last
                String word = WORDS[random.nextInt(WORDS.length)];
                // Lucene gives each match its term's frequency in the document; a term's first match's counts.
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), 1 + Math.floorMod(word.hashCode(), 5));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(1000);
            assertThat(Float.floatToIntBits(lean.score(passage, contentLength)))
                    .as("passage %d", p).isEqualTo(Float.floatToIntBits(lucene.score(passage, contentLength)));
        }
    }
}
