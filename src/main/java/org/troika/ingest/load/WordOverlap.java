package org.troika.ingest.load;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How much of one recommendation's wording another holds: case, accents and filler words set aside. */
public final class WordOverlap {

    private static final Set<String> FILLER = Set.of("to", "the", "of", "and", "a", "an", "in", "its", "on", "for", "with", "as", "by");

    private WordOverlap() {
    }

    public static Set<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(folded.split("[^a-z0-9]+")));
        words.remove("");
        words.removeAll(FILLER);
        return words;
    }

    /** The share of {@code of}'s words that {@code by} holds, 0 to 1. */
    public static double coverage(Set<String> of, Set<String> by) {
        if (of.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : of) {
            if (by.contains(w)) {
                hit++;
            }
        }
        return (double) hit / of.size();
    }
}
