package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's text as one string, with page furniture and page-foot footnotes taken out and lines broken
 * by a hyphen rejoined where the hyphen only split a word; every offset still maps to its original line.
 */
final class ReportStream {

    private static final int MAX_FOOTNOTE_LINES = 6;

    private final String text;
    private final int[] lineStarts;
    private final int[] lineNumbers;

    private ReportStream(String text, int[] lineStarts, int[] lineNumbers) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineNumbers = lineNumbers;
    }

    static ReportStream of(String document) {
        String[] lines = document.split("\n", -1);
        boolean[] dropped = furnitureAndFootnotes(lines);
        Hyphenation hyphenation = new Hyphenation(lines, dropped);
        StringBuilder out = new StringBuilder(document.length());
        int[] starts = new int[lines.length];
        int[] numbers = new int[lines.length];
        int kept = 0;
        String previous = null;
        for (int i = 0; i < lines.length; i++) {
            if (dropped[i]) {
                continue;
            }
            String line = lines[i];
            if (previous != null) {
                if (hyphenation.joinsWithoutBreak(previous, line)) {
                    if (!hyphenation.keepsHyphen(previous, line)) {
                        out.setLength(out.length() - 1);
                    }
                    line = line.stripLeading();
                } else {
                    out.append('\n');
                }
            }
            starts[kept] = out.length();
            numbers[kept] = i + 1;
            kept++;
            String trimmed = line.stripTrailing();
            out.append(trimmed);
            previous = trimmed;
        }
        return new ReportStream(out.toString(), Arrays.copyOf(starts, kept), Arrays.copyOf(numbers, kept));
    }

    String text() {
        return text;
    }

    /** The 1-based line of the original document on which the character at this offset stands. */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int index = i >= 0 ? i : -i - 2;
        return index < 0 ? 1 : lineNumbers[Math.min(index, lineNumbers.length - 1)];
    }

    /** Page furniture, and the footnotes printed just above it at the foot of a page. */
    private static boolean[] furnitureAndFootnotes(String[] lines) {
        boolean[] dropped = new boolean[lines.length];
        List<Integer> furniture = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (PageFurniture.isFurniture(lines[i])) {
                dropped[i] = true;
                furniture.add(i);
            }
        }
        for (int f : furniture) {
            int i = f - 1;
            while (i >= 0 && (lines[i].isBlank() || dropped[i])) {
                i--;
            }
            int end = i;
            while (i >= 0 && !lines[i].isBlank() && end - i < MAX_FOOTNOTE_LINES) {
                i--;
            }
            int start = i + 1;
            // A footnote block stands apart from the body text above it and begins with its number.
            if (start <= end && (i < 0 || lines[i].isBlank()) && PageFurniture.startsFootnote(lines[start])) {
                for (int j = start; j <= end; j++) {
                    dropped[j] = true;
                }
            }
        }
        return dropped;
    }
}
