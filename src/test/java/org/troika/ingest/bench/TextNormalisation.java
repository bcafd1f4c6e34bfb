package org.troika.ingest.bench;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two ways texts are compared in the accuracy benchmark, stated exactly:
 * <ul>
 *   <li>{@link #exact}: Unicode NFC; typographic apostrophes and quotes (’ ‘ “ ”) as plain ' and "; the
 *       non-breaking hyphen U+2011 as "-"; no spaces around a non-breaking hyphen or around the apostrophe of
 *       a possessive "'s" (the thematic lists' conversion from Word wrote "custom ‑ designed" and
 *       "Slovenia ’ s"); every run of whitespace (spaces, tabs, line breaks, no-break spaces) as one space; no
 *       space at either end; one closing ";" or "." removed. Nothing else: case, wording, brackets and other
 *       hyphens must agree.</li>
 *   <li>{@link #words}: for UPR Info rows, which edit the text (drop the "To" of "To ratify", write "9/12" as
 *       "9-12", leave out the States' brackets): diacritics removed, lower case, every character that is not a
 *       letter or digit as a space, spaces collapsed, a leading "to " removed.</li>
 * </ul>
 */
final class TextNormalisation {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00A0\u2007\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*\u2011\\s*");
    private static final Pattern SPACED_POSSESSIVE = Pattern.compile("(?<=\\p{L}) ?' ?(?=s\\b)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalisation() {
    }

    static String exact(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
        s = SPACED_HYPHEN.matcher(s).replaceAll("-");
        s = SPACED_POSSESSIVE.matcher(s).replaceAll("'");
        s = WHITESPACE.matcher(s).replaceAll(" ").strip();
        if (s.endsWith(";") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    static String words(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s.startsWith("to ") ? s.substring(3) : s;
    }
}
