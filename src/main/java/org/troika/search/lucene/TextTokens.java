package org.troika.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * A text analysed once for both of its fields: every word as written is read from the tokenizer a single time, with
 * its stem (or the mark of a stop word; each word's stem kept from text to text), then replayed into the two fields:
 * the words as written (for prefixes and suggestions) and their stems, stop words left out of both. The index is the
 * same as from analysing the text with each field's analyser (TextTokensTest); tokenizing once makes indexing faster.
 * One per indexing thread: the buffers are reused from text to text.
 */
final class TextTokens {

    private final Analyzer words = TextAnalyzer.everyWord();
    private char[] chars = new char[1024];
    private int[] ends = new int[64];
    private int[] startOffsets = new int[64];
    private int[] endOffsets = new int[64];
    private int[] increments = new int[64];
    /** Each word's stem, or {@link #STOP}. */
    private char[][] stemOf = new char[64][];
    private int count;
    private int finalOffset;
    private int finalIncrement;
    private final Replay asWritten = new Replay(false);
    private final Replay stemmed = new Replay(true);
    /**
     * Each word's stem, or {@link #STOP} for a stop word, as {@link TextAnalyzer#stems} makes it: stemming is the same
     * for a word wherever it is, and the same few thousand words make most texts (measured: Porter stemming was 6% of
     * indexing). Emptied when it grows past {@link #STEMS_KEPT}, so odd words cannot fill the memory.
     */
    private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
    private static final char[] STOP = new char[0];
    private static final int STEMS_KEPT = 200_000;
    private final OneWord oneWord = new OneWord();
    private final TokenStream stemOne = TextAnalyzer.stems(oneWord);
    private final CharTermAttribute stemOneTerm = stemOne.getAttribute(CharTermAttribute.class);

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
                    stemOf = ArrayUtil.growExact(stemOf, size);
                }
                chars = ArrayUtil.grow(chars, used + term.length());
                System.arraycopy(term.buffer(), 0, chars, used, term.length());
                used += term.length();
                ends[count] = used;
                startOffsets[count] = offset.startOffset();
                endOffsets[count] = offset.endOffset();
                increments[count] = increment.getPositionIncrement();
                stemOf[count] = stem(count);
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

    /** The stem of word {@code i} of the text being read, or {@link #STOP}. */
    private char[] stem(int i) throws IOException {
        int from = i == 0 ? 0 : ends[i - 1];
        int length = ends[i] - from;
        char[] stem = stems.get(chars, from, length);
        if (stem == null) {
            oneWord.set(chars, from, length);
            stemOne.reset();
            stem = stemOne.incrementToken() ? Arrays.copyOf(stemOneTerm.buffer(), stemOneTerm.length()) : STOP;
            stemOne.end();
            stemOne.close();
            if (stems.size() >= STEMS_KEPT) {
                stems.clear();
            }
            stems.put(Arrays.copyOfRange(chars, from, from + length), stem);
        }
        return stem;
    }

    /** One word, for the stemming chain to stem (or drop) on its own. */
    private static final class OneWord extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars;
        private int from;
        private int length;
        private boolean done;

        void set(char[] chars, int from, int length) {
            this.chars = chars;
            this.from = from;
            this.length = length;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, from, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }

    /**
     * The words read last, one after the other, with their offsets and positions, as written or stemmed: stop words
     * left out and their positions added to the next word's (and to the end's), as Lucene's stop filter does.
     */
    private final class Replay extends TokenStream {

        private final boolean stemmed;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;
        private int skipped;

        Replay(boolean stemmed) {
            this.stemmed = stemmed;
        }

        @Override
        public boolean incrementToken() throws IOException {
            skipped = 0;
            while (next < count) {
                int i = next++;
                char[] stem = stemOf[i];
                if (stem == STOP) {
                    skipped += increments[i];
                    continue;
                }
                clearAttributes();
                if (stemmed) {
                    term.copyBuffer(stem, 0, stem.length);
                } else {
                    int from = i == 0 ? 0 : ends[i - 1];
                    term.copyBuffer(chars, from, ends[i] - from);
                }
                offset.setOffset(startOffsets[i], endOffsets[i]);
                increment.setPositionIncrement(increments[i] + skipped);
                return true;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement + skipped);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            skipped = 0;
        }
    }
}
