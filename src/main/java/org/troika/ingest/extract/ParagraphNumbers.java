package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where numbered paragraphs begin. A number is a paragraph number only where the numbering expects it
 * (the next chapeau, or the next recommendation of the current chapeau) and where a paragraph can begin: at
 * the start of a line or after the end of the previous one (";", ".", ":" or ")"), followed by a word. That
 * keeps "1930 (No. 29)", "resolution 9/12" or "Goals 10 and 16" inside the text, and still splits two
 * paragraphs that a PDF put on one line.
 */
final class ParagraphNumbers {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,/\\-\u2013(])(\\d{1,3})(?:\\.(\\d{1,3}))?(\\.)?(?=[\\s\u00A0]|$)");
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
        Matcher m = NUMBER.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            Boundary boundary = boundaryBefore(m.start());
            int n = Integer.parseInt(m.group(1));
            boolean hasSub = m.group(2) != null;
            char next = firstCharAfter(m.end());
            if (!Character.isLetter(next) && "\u201C\"\u2018'\u00AB".indexOf(next) < 0) {
                continue;
            }
            boolean capital = !Character.isLetter(next) || Character.isUpperCase(next);
            if (hasSub) {
                int k = Integer.parseInt(m.group(2));
                if (boundary != Boundary.NONE) {
                    if (loose) {
                        accept(m, n + "." + k, true);
                    } else {
                        recommendationNumber(m, n, k);
                    }
                }
            } else if (capital && (m.group(3) != null || boundary == Boundary.LINE)) {
                if (loose) {
                    if (boundary == Boundary.LINE) {
                        accept(m, String.valueOf(n), true);
                    }
                } else if (boundary != Boundary.NONE || starts.isEmpty()) {
                    chapeauOrBareNumber(m, n);
                }
            }
        }
    }

    private void recommendationNumber(Matcher m, int n, int k) {
        if (top < 0 || n == top) {
            if (k == sub + 1 || (k > sub + 1 && k <= sub + MAX_GAP)) {
                if (k > sub + 1) {
                    gaps.add(new Gap(m.start(), n + "." + (sub + 1), n + "." + k));
                }
                top = n;
                sub = k;
                dotted = true;
                accept(m, n + "." + k, true);
            }
        } else if (n == top + 1 && k == 1) {
            // A list whose chapeau paragraph is missing from the text.
            top = n;
            sub = 1;
            dotted = true;
            accept(m, n + ".1", true);
        }
    }

    private void chapeauOrBareNumber(Matcher m, int n) {
        boolean asChapeau = top < 0 || n == top + 1;
        boolean asItem = !dotted && top >= 0 && n == sub + 1 && (sub > 0 || introducesList(m.start()));
        if (asChapeau && asItem) {
            // "96." after item 95 of paragraph 95: the list goes on unless its last item closed it with a full stop.
            asChapeau = previousEndsWithFullStop(m.start());
            asItem = !asChapeau;
        }
        if (asChapeau) {
            top = n;
            sub = 0;
            dotted = false;
            accept(m, String.valueOf(n), false);
        } else if (asItem) {
            sub = n;
            accept(m, top + "." + n, true);
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

    private void accept(Matcher m, String id, boolean recommendation) {
        int textStart = m.end();
        while (textStart < to && Character.isWhitespace(text.charAt(textStart))) {
            textStart++;
        }
        starts.add(new int[]{m.start(), textStart});
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
