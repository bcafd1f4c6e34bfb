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
    private static final Pattern ANNEX = Pattern.compile("(?:^|\\n|(?<=[.)][ \\t]{1,4}))[ \\t]*Annex(?:es)?\\b");
    private static final Pattern AFTER_SENTENCE = Pattern.compile("[.;:)][ \\t]+(?:[IVX]{1,4}\\.[ \\t]*)?$");
    private static final Pattern HEADING_NOTES = Pattern.compile("[ \\t]*\\*{1,3}");

    static Optional<ConclusionsSection> in(String text) {
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            if (isHeading(text, heading.start(), heading.end())) {
                int start = heading.end();
                Matcher notes = HEADING_NOTES.matcher(text).region(start, text.length());
                if (notes.lookingAt()) {
                    start = notes.end();
                }
                Matcher annex = ANNEX.matcher(text).region(start, text.length());
                annex.useTransparentBounds(true).useAnchoringBounds(false);
                int end = annex.find() ? annex.start() : text.length();
                return Optional.of(new ConclusionsSection(start, end));
            }
        }
        return Optional.empty();
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
