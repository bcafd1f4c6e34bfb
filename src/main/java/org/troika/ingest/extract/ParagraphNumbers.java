package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where numbered paragraphs begin. A number is a paragraph number only where the numbering expects it
 * (the next chapeau, or the next recommendation of the current chapeau) and where a paragraph can begin: at
 * the start of a line or after the end of the previous one (";", ".", ":" or ")"), followed by a word. That
 * keeps "1930 (No. 29)", "resolution 9/12" or "Goals 10 and 16" inside the text, and still splits two
 * paragraphs that a PDF put on one line.
 */
final class ParagraphNumbers {

    private static final int MAX_GAP = 3;

    private enum Boundary { NONE, SENTENCE, LINE }

    record Split(List<NumberedBlock> blocks, List<Gap> gaps) {
    }

    /** A recommendation number the numbering skipped, reported with where the skip happened. */
    record Gap(int offset, String expected, String found) {
    }

    private final String text;
    private final int from;
    private final int to;
    private final List<int[]> starts = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Boolean> recommendations = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private int top = -1;
    private int sub;
    private boolean dotted;

    private ParagraphNumbers(String text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** The numbered paragraphs of a conclusions section, following its numbering. */
    static Split inSection(String text, int from, int to) {
        ParagraphNumbers p = new ParagraphNumbers(text, from, to);
        p.scan(false);
        return p.result();
    }

    /** A file of recommendations without their report: every "118.7" that begins a paragraph begins one. */
    static Split inParagraphList(String text) {
        ParagraphNumbers p = new ParagraphNumbers(text, 0, text.length());
        p.scan(true);
        return p.result();
    }

    private void scan(boolean loose) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                continue;
            }
            int digitsEnd = digitsFrom(i);
            if (i > from && !canPrecedeNumber(text.charAt(i - 1)) || digitsEnd - i > 3) {
                i = digitsEnd - 1;
                continue;
            }
            readNumber(i, digitsEnd, loose);
            i = digitsEnd - 1;
        }
    }

    /**
     * A number is "N", "N.", "N.k" or "N.k." (at most three digits each) followed by whitespace. Forms are tried
     * longest first, as a regular expression would: "124.1." before "124.1" before "124." before "124".
     */
    private void readNumber(int start, int digitsEnd, boolean loose) {
        int n = Integer.parseInt(text, start, digitsEnd, 10);
        int k = -1;
        int subEnd = -1;
        if (digitsEnd + 1 < to && text.charAt(digitsEnd) == '.' && isDigit(text.charAt(digitsEnd + 1))) {
            subEnd = digitsFrom(digitsEnd + 1);
            if (subEnd - digitsEnd - 1 <= 3) {
                k = Integer.parseInt(text, digitsEnd + 1, subEnd, 10);
            }
        }
        if (k >= 0 && endsNumber(subEnd + 1) && text.charAt(subEnd) == '.') {
            candidate(start, subEnd + 1, n, k, true, loose);
        } else if (k >= 0 && endsNumber(subEnd)) {
            candidate(start, subEnd, n, k, false, loose);
        } else if (digitsEnd < to && text.charAt(digitsEnd) == '.' && endsNumber(digitsEnd + 1)) {
            candidate(start, digitsEnd + 1, n, -1, true, loose);
        } else if (endsNumber(digitsEnd)) {
            candidate(start, digitsEnd, n, -1, false, loose);
        }
    }

    private void candidate(int start, int end, int n, int k, boolean dot, boolean loose) {
        Boundary boundary = boundaryBefore(start);
        char next = firstCharAfter(end);
        if (!Character.isLetter(next) && "\u201C\"\u2018'\u00AB".indexOf(next) < 0) {
            return;
        }
        boolean capital = !Character.isLetter(next) || Character.isUpperCase(next);
        if (k >= 0) {
            if (boundary != Boundary.NONE) {
                if (loose) {
                    accept(start, end, n + "." + k, true);
                } else {
                    recommendationNumber(start, end, n, k);
                }
            }
        } else if (capital && (dot || boundary == Boundary.LINE)) {
            if (loose) {
                if (boundary == Boundary.LINE) {
                    accept(start, end, String.valueOf(n), true);
                }
            } else if (boundary != Boundary.NONE || starts.isEmpty()) {
                chapeauOrBareNumber(start, end, n);
            }
        }
    }

    private boolean endsNumber(int index) {
        return index == to || (index < to && Spaces.isSpace(text.charAt(index)));
    }

    private int digitsFrom(int index) {
        int i = index;
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Digits right after a letter, a digit or these marks are part of something else: "A/HRC/43/15", "1.5", "(29". */
    private static boolean canPrecedeNumber(char c) {
        return !Character.isLetterOrDigit(c) && ".,/-\u2013(".indexOf(c) < 0;
    }

    private void recommendationNumber(int start, int end, int n, int k) {
        if (top < 0 || n == top) {
            if (k == sub + 1 || (k > sub + 1 && k <= sub + MAX_GAP)) {
                if (k > sub + 1) {
                    gaps.add(new Gap(start, n + "." + (sub + 1), n + "." + k));
                }
                top = n;
                sub = k;
                dotted = true;
                accept(start, end, n + "." + k, true);
            }
        } else if (n == top + 1 && k == 1) {
            // A list whose chapeau paragraph is missing from the text.
            top = n;
            sub = 1;
            dotted = true;
            accept(start, end, n + ".1", true);
        }
    }

    private void chapeauOrBareNumber(int start, int end, int n) {
        boolean asChapeau = top < 0 || n == top + 1;
        boolean asItem = !dotted && top >= 0 && n == sub + 1 && (sub > 0 || introducesList(start));
        if (asChapeau && asItem) {
            // "96." after item 95 of paragraph 95: the list goes on unless its last item closed it with a full stop.
            asChapeau = previousEndsWithFullStop(start);
            asItem = !asChapeau;
        }
        if (asChapeau) {
            top = n;
            sub = 0;
            dotted = false;
            accept(start, end, String.valueOf(n), false);
        } else if (asItem) {
            sub = n;
            accept(start, end, top + "." + n, true);
        }
    }

    private boolean introducesList(int upTo) {
        int chapeau = starts.isEmpty() ? from : starts.get(starts.size() - 1)[1];
        return Chapeau.introducesList(text.substring(chapeau, upTo));
    }

    private boolean previousEndsWithFullStop(int upTo) {
        int i = upTo - 1;
        while (i > from && (Character.isWhitespace(text.charAt(i)) || Character.isDigit(text.charAt(i)))) {
            i--;
        }
        return text.charAt(i) == '.';
    }

    private void accept(int start, int end, String id, boolean recommendation) {
        int textStart = end;
        while (textStart < to && Character.isWhitespace(text.charAt(textStart))) {
            textStart++;
        }
        starts.add(new int[]{start, textStart});
        ids.add(id);
        recommendations.add(recommendation);
    }

    private Boundary boundaryBefore(int index) {
        int i = index - 1;
        while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i < from || text.charAt(i) == '\n') {
            return Boundary.LINE;
        }
        int digits = 0;
        while (i >= from && Character.isDigit(text.charAt(i)) && digits < 3) {
            i--;
            digits++;
        }
        if (digits > 2 || (digits > 0 && (i < from || !isParagraphEnd(text.charAt(i))))) {
            return Boundary.NONE;
        }
        return i >= from && isParagraphEnd(text.charAt(i)) ? Boundary.SENTENCE : Boundary.NONE;
    }

    private static boolean isParagraphEnd(char c) {
        return c == ';' || c == '.' || c == ':' || c == ')';
    }

    private char firstCharAfter(int index) {
        int i = index;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < to ? text.charAt(i) : ' ';
    }

    private Split result() {
        List<NumberedBlock> blocks = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : to;
            blocks.add(new NumberedBlock(ids.get(i), recommendations.get(i), starts.get(i)[0], starts.get(i)[1], end));
        }
        return new Split(blocks, gaps);
    }
}
