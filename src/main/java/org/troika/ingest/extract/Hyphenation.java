package org.troika.ingest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a hyphen at the end of a line is. UN documents are not hyphenated by their typesetting, so a
 * line-end hyphen is usually part of a compound ("non-\nrefoulement", "122.62-\n66"), but text taken from
 * other PDFs does split words ("imple-\nmentation"). The document itself is the dictionary: a compound or a
 * joined word written elsewhere in it decides; failing that, two halves that are both words keep the hyphen
 * and fragments lose it.
 */
final class Hyphenation {

    private static final Set<String> PREFIXES = Set.of("non", "self", "anti", "ex", "cross", "semi", "socio", "well", "ill", "newly", "co");

    private final String[] lines;
    private final boolean[] dropped;
    private Set<String> words;
    private Set<String> compounds;

    Hyphenation(String[] lines, boolean[] dropped) {
        this.lines = lines;
        this.dropped = dropped;
    }

    /** True when the line ends in a hyphen or dash glued to a word and the next line goes on with a word. */
    boolean joinsWithoutBreak(String previous, String next) {
        int n = previous.length();
        if (n < 2) {
            return false;
        }
        char last = previous.charAt(n - 1);
        char before = previous.charAt(n - 2);
        String following = next.stripLeading();
        if (following.isEmpty() || !Character.isLetterOrDigit(before)) {
            return false;
        }
        char first = following.charAt(0);
        if (last == '-') {
            return Character.isLetterOrDigit(first);
        }
        return (last == '\u2013' || last == '\u2010') && Character.isDigit(first);
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
        String r = right.toLowerCase(Locale.ROOT);
        vocabulary();
        if (compounds.contains(l + "-" + r)) {
            return true;
        }
        if (words.contains(l + r)) {
            return false;
        }
        if (PREFIXES.contains(l)) {
            return true;
        }
        return words.contains(l) && words.contains(r);
    }

    private void vocabulary() {
        if (words != null) {
            return;
        }
        words = new HashSet<>();
        compounds = new HashSet<>();
        boolean previousEndedInHyphen = false;
        for (int i = 0; i < lines.length; i++) {
            if (dropped[i]) {
                continue;
            }
            String line = lines[i].strip().toLowerCase(Locale.ROOT);
            boolean endsInHyphen = line.endsWith("-");
            String[] tokens = line.split("[^\\p{L}\\p{M}\\-]+");
            int from = previousEndedInHyphen ? 1 : 0;
            int to = endsInHyphen ? tokens.length - 1 : tokens.length;
            for (int t = from; t < to; t++) {
                String token = tokens[t];
                if (token.isEmpty()) {
                    continue;
                }
                if (token.indexOf('-') > 0 && !token.endsWith("-")) {
                    compounds.add(token);
                }
                for (String part : token.split("-")) {
                    if (!part.isEmpty()) {
                        words.add(part);
                    }
                }
                if (token.indexOf('-') > 0) {
                    continue;
                }
                words.add(token);
            }
            previousEndedInHyphen = endsInHyphen;
        }
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
