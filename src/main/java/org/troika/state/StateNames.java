package org.troika.state;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a State name to the key under which it is looked up, so that the spellings found in UN
 * documents meet: case, diacritics ("Côte" / "Cote"), apostrophes (’ ‘ ' `), a leading or
 * bracketed "the", "&" for "and", dots and extra spaces.
 */
public final class StateNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC\u0060\u00B4']");
    private static final Pattern THE_IN_BRACKETS = Pattern.compile("\\(\\s*the\\s*\\)");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9()']+");

    private StateNames() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("\u00A0", " ");
        s = THE_IN_BRACKETS.matcher(s).replaceAll(" ");
        s = NON_WORD.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
    }
}
