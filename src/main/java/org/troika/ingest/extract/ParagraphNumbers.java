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
        for (PrintedNumber number : PrintedNumber.in(text, from, to)) {
            candidate(number, loose);
        }
    }

    private void candidate(PrintedNumber number, boolean loose) {
        int start = number.start();
        int end = number.end();
        int n = number.paragraph();
        int k = number.item();
        PrintedNumber.Boundary boundary = number.boundary();
        char next = number.next();
        if (!Character.isLetter(next) && "\u201C\"\u2018'\u00AB".indexOf(next) < 0) {
            return;
        }
        boolean capital = !Character.isLetter(next) || Character.isUpperCase(next);
        boolean dot = number.dot();
        if (k >= 0) {
            if (boundary != PrintedNumber.Boundary.NONE) {
                if (loose) {
                    accept(start, end, n + "." + k, true);
                } else {
                    recommendationNumber(start, end, n, k);
                }
            }
        } else if (capital && (dot || boundary == PrintedNumber.Boundary.LINE)) {
            if (loose) {
                if (boundary == PrintedNumber.Boundary.LINE) {
                    accept(start, end, String.valueOf(n), true);
                }
            } else if (boundary != PrintedNumber.Boundary.NONE || starts.isEmpty()) {
                chapeauOrBareNumber(start, end, n);
            }
        }
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

    private Split result() {
        List<NumberedBlock> blocks = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : to;
            blocks.add(new NumberedBlock(ids.get(i), recommendations.get(i), starts.get(i)[0], starts.get(i)[1], end));
        }
        return new Split(blocks, gaps);
    }
}
