package org.troika.ingest.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where "II. Conclusions and/or recommendations" begins and ends: the heading itself, not its line in the
 * table of contents (which runs into dot leaders and page numbers) nor the closing paragraph
 * ("All conclusions and/or recommendations contained in the present report ..."); the section ends at the
 * annex or at the end of the document.
 */
record ConclusionsSection(int start, int end) {

    private static final Pattern HEADING = Pattern.compile("(?i)conclusions\\s+and(?:\\s*/\\s*or)?\\s+recommendations");
    private static final Pattern LEADERS = Pattern.compile("[ \\t*]*(?:\\.{3,}|\u2026)");
    /** What may stand before the heading on its line: a chapter number such as "II." or "B.", or nothing. */
    private static final Pattern NUMBERING = Pattern.compile("[ \\t]*(?:[IVX]{1,4}\\.?|[A-H]\\.|\\d{1,2}\\.)?[ \\t]*");
    private static final Pattern AFTER_SENTENCE = Pattern.compile("[.;:)][ \\t]+(?:[IVX]{1,4}\\.[ \\t]*)?$");
    private static final Pattern HEADING_NOTES = Pattern.compile("[ \\t]*\\*{1,3}");

    static Optional<ConclusionsSection> in(String text) {
        for (int at = nextConclusions(text, 0); at >= 0; at = nextConclusions(text, at + 1)) {
            Matcher heading = HEADING.matcher(text).region(at, Math.min(text.length(), at + 80));
            if (heading.lookingAt() && isHeading(text, at, heading.end())) {
                int start = heading.end();
                Matcher notes = HEADING_NOTES.matcher(text).region(start, text.length());
                if (notes.lookingAt()) {
                    start = notes.end();
                }
                return Optional.of(new ConclusionsSection(start, annexAfter(text, start)));
            }
        }
        return Optional.empty();
    }

    /** Where "conclusions", in any case, next begins; searched for by hand because a case-blind regex is slow. */
    private static int nextConclusions(String text, int from) {
        for (int i = from; i <= text.length() - 11; i++) {
            char c = text.charAt(i);
            if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "conclusions", 0, 11)) {
                return i;
            }
        }
        return -1;
    }

    /** The annex heading: "Annex" at the start of a line, or after the end of a paragraph in text without line breaks. */
    private static int annexAfter(String text, int from) {
        for (int at = text.indexOf("Annex", from); at >= 0; at = text.indexOf("Annex", at + 1)) {
            int after = at + 5;
            if (after < text.length() && Character.isLetter(text.charAt(after))
                    && !text.startsWith("es", after)) {
                continue;
            }
            int i = at - 1;
            while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i--;
            }
            if (i < from || text.charAt(i) == '\n' || ((text.charAt(i) == '.' || text.charAt(i) == ')') && at - i <= 5)) {
                return at;
            }
        }
        return text.length();
    }

    private static boolean isHeading(String text, int from, int to) {
        if (LEADERS.matcher(text).region(to, Math.min(text.length(), to + 40)).lookingAt()) {
            return false;
        }
        int windowStart = Math.max(0, from - 40);
        String before = text.substring(windowStart, from);
        int newline = before.lastIndexOf('\n');
        if (newline >= 0) {
            return NUMBERING.matcher(before.substring(newline + 1)).matches();
        }
        if (windowStart == 0) {
            return NUMBERING.matcher(before).matches();
        }
        // Text that lost its line breaks: the heading follows the end of the previous paragraph.
        return AFTER_SENTENCE.matcher(before).find();
    }
}
