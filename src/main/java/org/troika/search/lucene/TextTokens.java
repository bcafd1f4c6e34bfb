package org.troika.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * A text analysed once for both of its fields: the words as written (for prefixes and suggestions) are read from
 * the tokenizer a single time, then replayed, as they are and through {@link TextAnalyzer#stems}, into the two fields.
 * The index is the same as from analysing the text twice; tokenizing once makes indexing faster. One per indexing
 * thread: the buffers are reused from text to text.
 */
final class TextTokens {

    private final Analyzer words = TextAnalyzer.words();
    private char[] chars = new char[1024];
    private int[] ends = new int[64];
    private int[] startOffsets = new int[64];
    private int[] endOffsets = new int[64];
    private int[] increments = new int[64];
    private int count;
    private int finalOffset;
    private int finalIncrement;
    private final Replay asWritten = new Replay();
    private final TokenStream stemmed = TextAnalyzer.stems(new Replay());

    /** Reads the words of this text; {@link #asWritten()} and {@link #stemmed()} then replay them. */
    void analyse(String text) {
        count = 0;
        int used = 0;
        try (TokenStream in = words.tokenStream(IndexSchema.WORDS, text)) {
            CharTermAttribute term = in.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = in.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = in.addAttribute(PositionIncrementAttribute.class);
            in.reset();
            while (in.incrementToken()) {
                if (count == ends.length) {
                    int size = ArrayUtil.oversize(count + 1, Integer.BYTES);
                    ends = ArrayUtil.growExact(ends, size);
                    startOffsets = ArrayUtil.growExact(startOffsets, size);
                    endOffsets = ArrayUtil.growExact(endOffsets, size);
                    increments = ArrayUtil.growExact(increments, size);
                }
                chars = ArrayUtil.grow(chars, used + term.length());
                System.arraycopy(term.buffer(), 0, chars, used, term.length());
                used += term.length();
                ends[count] = used;
                startOffsets[count] = offset.startOffset();
                endOffsets[count] = offset.endOffset();
                increments[count] = increment.getPositionIncrement();
                count++;
            }
            in.end();
            finalOffset = offset.endOffset();
            finalIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TokenStream asWritten() {
        return asWritten;
    }

    TokenStream stemmed() {
        return stemmed;
    }

    /** The words read last, one after the other, with their offsets and positions. */
    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : ends[next - 1];
            term.copyBuffer(chars, from, ends[next] - from);
            offset.setOffset(startOffsets[next], endOffsets[next]);
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
