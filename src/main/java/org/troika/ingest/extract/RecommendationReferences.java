package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of recommendation numbers as addenda write them: "122.1, 122.12, 122.17-18", "141.1-141.20, 141.25",
 * "141.1 to 141.20", "122.34- 35", "1–5, 14–16, 150 – 152". A range's end may repeat the paragraph
 * ("141.20") or give only the recommendation's own number ("18").
 */
final class RecommendationReferences {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{1,3})?";
    private static final String REFERENCE = NUMBER + "(?:\\s*(?:[-\u2010\u2011\u2013\u2014]|to)\\s*" + NUMBER + ")?";
    /** A list of references, each separated by a comma, a semicolon or "and". */
    static final Pattern LIST = Pattern.compile(REFERENCE + "(?:\\s*(?:,|;|,?\\s*and)\\s*" + REFERENCE + ")*");
    private static final Pattern ONE = Pattern.compile("(\\d{1,3})(?:\\.(\\d{1,3}))?(?:\\s*(?:[-\u2010\u2011\u2013\u2014]|to)\\s*(\\d{1,3})(?:\\.(\\d{1,3}))?)?");
    private static final int LONGEST_RANGE = 400;

    private RecommendationReferences() {
    }

    /**
     * The recommendation numbers a list names, in order. {@code serialPrefix} is the paragraph bare serial
     * numbers count in ("115"), or null to keep them bare.
     */
    static List<String> expand(String list, String serialPrefix, Consumer<String> problems) {
        List<String> out = new ArrayList<>();
        Matcher m = ONE.matcher(list);
        while (m.find()) {
            String paragraph = m.group(2) != null ? m.group(1) : serialPrefix;
            int first = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
            if (m.group(3) == null) {
                out.add(id(paragraph, first));
                continue;
            }
            int last;
            if (m.group(4) != null) {
                if (m.group(2) == null || !m.group(1).equals(m.group(3))) {
                    problems.accept("the range '" + m.group() + "' spans two paragraphs");
                    continue;
                }
                last = Integer.parseInt(m.group(4));
            } else {
                last = Integer.parseInt(m.group(3));
            }
            if (last < first || last - first > LONGEST_RANGE) {
                problems.accept("the range '" + m.group() + "' runs backwards or is implausibly long");
                continue;
            }
            for (int n = first; n <= last; n++) {
                out.add(id(paragraph, n));
            }
        }
        return out;
    }

    private static String id(String paragraph, int number) {
        return paragraph == null ? String.valueOf(number) : paragraph + "." + number;
    }
}
