package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A number as printed in a report's text — "N", "N.", "N.k" or "N.k." (at most three digits each) followed by
 * whitespace — with what stands around it: whether a paragraph could begin there (at a line's start, after the
 * end of a sentence or clause, or not at all) and the first character after it.
 *
 * @param item the "k" of "N.k", or -1
 */
record PrintedNumber(int start, int end, int paragraph, int item, boolean dot, Boundary boundary, char next) {

    enum Boundary { NONE, SENTENCE, LINE }

    /** Every number between the two offsets that is not part of something else ("A/HRC/43/15", "1.5", "(29"). */
    static List<PrintedNumber> in(String text, int from, int to) {
        List<PrintedNumber> numbers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                continue;
            }
            int digitsEnd = digitsFrom(text, i, to);
            if (!(i > from && !canPrecedeNumber(text.charAt(i - 1)) || digitsEnd - i > 3)) {
                PrintedNumber number = read(text, from, to, i, digitsEnd);
                if (number != null) {
                    numbers.add(number);
                }
            }
            i = digitsEnd - 1;
        }
        return numbers;
    }

    /** Forms are tried longest first, as a regular expression would: "124.1." before "124.1" before "124." before "124". */
    private static PrintedNumber read(String text, int from, int to, int start, int digitsEnd) {
        int n = Integer.parseInt(text, start, digitsEnd, 10);
        int k = -1;
        int subEnd = -1;
        if (digitsEnd + 1 < to && text.charAt(digitsEnd) == '.' && isDigit(text.charAt(digitsEnd + 1))) {
            subEnd = digitsFrom(text, digitsEnd + 1, to);
            if (subEnd - digitsEnd - 1 <= 3) {
                k = Integer.parseInt(text, digitsEnd + 1, subEnd, 10);
            }
        }
        int end;
        boolean dot;
        if (k >= 0 && endsNumber(text, subEnd + 1, to) && text.charAt(subEnd) == '.') {
            end = subEnd + 1;
            dot = true;
        } else if (k >= 0 && endsNumber(text, subEnd, to)) {
            end = subEnd;
            dot = false;
        } else if (digitsEnd < to && text.charAt(digitsEnd) == '.' && endsNumber(text, digitsEnd + 1, to)) {
            k = -1;
            end = digitsEnd + 1;
            dot = true;
        } else if (endsNumber(text, digitsEnd, to)) {
            k = -1;
            end = digitsEnd;
            dot = false;
        } else {
            return null;
        }
        return new PrintedNumber(start, end, n, k, dot, boundaryBefore(text, from, start), firstCharAfter(text, end, to));
    }

    private static boolean endsNumber(String text, int index, int to) {
        return index == to || (index < to && Spaces.isSpace(text.charAt(index)));
    }

    private static int digitsFrom(String text, int index, int to) {
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

    /** A paragraph begins at a line's start, or after ";", ".", ":" or ")", perhaps with a footnote number between. */
    private static Boundary boundaryBefore(String text, int from, int index) {
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

    private static char firstCharAfter(String text, int index, int to) {
        int i = index;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < to ? text.charAt(i) : ' ';
    }
}
