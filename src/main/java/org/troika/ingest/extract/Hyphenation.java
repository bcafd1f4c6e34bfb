package org.troika.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Decides what a hyphen at the end of a line is. UN documents are not hyphenated by their typesetting, so a
 * line-end hyphen is usually part of a compound ("non-\nrefoulement", "122.62-\n66"), but text taken from
 * other PDFs does split words ("imple-\nmentation"). The document itself is the dictionary: the compound or
 * the joined word written elsewhere in it decides; failing that, two halves that are both words of the
 * document keep the hyphen and fragments lose it. The document is searched only for the few hyphens that
 * need it.
 */
final class Hyphenation {

    private static final Set<String> PREFIXES = Set.of("non", "self", "anti", "ex", "cross", "semi", "socio", "well", "ill", "newly", "co");

    private final String document;

    Hyphenation(String document) {
        this.document = document;
    }

    /** True when the line ends in a hyphen or dash glued to a word and the next line goes on with a word. */
    boolean joinsWithoutBreak(String previous, String next) {
        int n = previous.length();
        if (n < 2) {
            return false;
        }
        char last = previous.charAt(n - 1);
        if (last != '-' && last != '\u2013' && last != '\u2010') {
            return false;
        }
        char before = previous.charAt(n - 2);
        int f = 0;
        while (f < next.length() && Spaces.isSpace(next.charAt(f))) {
            f++;
        }
        if (f == next.length() || !Character.isLetterOrDigit(before)) {
            return false;
        }
        char first = next.charAt(f);
        return last == '-' ? Character.isLetterOrDigit(first) : Character.isDigit(first);
    }

    boolean keepsHyphen(String previous, String next) {
        if (previous.charAt(previous.length() - 1) != '-') {
            return true;
        }
        String left = lastWord(previous.substring(0, previous.length() - 1));
        String right = firstWord(next.stripLeading());
        if (left.isEmpty() || right.isEmpty() || hasDigit(left) || hasDigit(right) || Character.isUpperCase(right.charAt(0))) {
            return true;
        }
        String l = left.toLowerCase(Locale.ROOT);
        if (containsWord(l + "-" + right)) {
            return true;
        }
        if (containsWord(l + right)) {
            return false;
        }
        return PREFIXES.contains(l) || (containsWord(l) && containsWord(right));
    }

    /** Whether the document writes this word somewhere as a whole word, not as a piece of a word broken at a line's end. */
    private boolean containsWord(String word) {
        for (int at = indexOfIgnoringCase(word, 0); at >= 0; at = indexOfIgnoringCase(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !isWordPart(document.charAt(at - 1));
            boolean endsWord = end == document.length() || !isWordPart(document.charAt(end));
            if (startsWord && endsWord && !brokenAtLineStart(at) && !(end < document.length() && document.charAt(end) == '-'
                    && end + 1 < document.length() && document.charAt(end + 1) == '\n')) {
                return true;
            }
        }
        return false;
    }

    private int indexOfIgnoringCase(String word, int from) {
        int at = document.indexOf(word, from);
        if (Character.isLowerCase(word.charAt(0))) {
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            int other = document.indexOf(capitalised, from);
            if (other >= 0 && (at < 0 || other < at)) {
                return other;
            }
        }
        return at;
    }

    /** The rest of a word broken at the end of the line before: "mentation" after "imple-". */
    private boolean brokenAtLineStart(int at) {
        int i = at - 1;
        while (i >= 0 && (document.charAt(i) == ' ' || document.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || document.charAt(i) != '\n') {
            return false;
        }
        i--;
        while (i >= 0 && (document.charAt(i) == ' ' || document.charAt(i) == '\t' || document.charAt(i) == '\r')) {
            i--;
        }
        return i >= 0 && document.charAt(i) == '-';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || c == '-';
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
