package org.troika.ingest.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Session numbers as Working Group reports write them: "seventh", "thirty-fourth", "forty-eighth", "9th". */
final class Ordinals {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60), Map.entry("seventieth", 70));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70);

    private Ordinals() {
    }

    static Optional<Integer> parse(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (w.matches("\\d{1,3}(?:st|nd|rd|th)?")) {
            return Optional.of(Integer.parseInt(w.replaceAll("\\D", "")));
        }
        if (UNITS.containsKey(w)) {
            return Optional.of(UNITS.get(w));
        }
        int dash = w.indexOf('-');
        if (dash > 0 && TENS.containsKey(w.substring(0, dash))) {
            Integer unit = UNITS.get(w.substring(dash + 1));
            if (unit != null && unit < 10) {
                return Optional.of(TENS.get(w.substring(0, dash)) + unit);
            }
        }
        return Optional.empty();
    }
}
