package org.troika.ingest.load;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** How much of one recommendation's wording another holds: case, accents and filler words set aside. */
public final class WordOverlap {

    private static final Set<String> FILLER = Set.of("to", "the", "of", "and", "a", "an", "in", "its", "on", "for", "with", "as", "by");
    /**
     * The instruments UPR Info most often abbreviates where the report writes them out ("Ratify CRPD" for "Ratify
     * the Convention on the Rights of Persons with Disabilities"): an abbreviation stands for its words too.
     */
    private static final Map<String, String> INSTRUMENTS = Map.ofEntries(
            Map.entry("iccpr", "international covenant civil political rights"),
            Map.entry("icescr", "international covenant economic social cultural rights"),
            Map.entry("cedaw", "convention elimination all forms discrimination against women"),
            Map.entry("cat", "convention against torture other cruel inhuman degrading treatment punishment"),
            Map.entry("opcat", "optional protocol convention against torture"),
            Map.entry("crc", "convention rights child"),
            Map.entry("crpd", "convention rights persons disabilities"),
            Map.entry("icrmw", "international convention protection rights all migrant workers members their families"),
            Map.entry("icmw", "international convention protection rights all migrant workers members their families"),
            Map.entry("icerd", "international convention elimination all forms racial discrimination"),
            Map.entry("cped", "international convention protection all persons from enforced disappearance"),
            Map.entry("icpped", "international convention protection all persons from enforced disappearance"),
            Map.entry("ced", "international convention protection all persons from enforced disappearance"),
            Map.entry("icc", "rome statute international criminal court"),
            Map.entry("ilo", "international labour organization"),
            Map.entry("ohchr", "office high commissioner human rights"),
            Map.entry("nhri", "national human rights institution"));

    private WordOverlap() {
    }

    public static Set<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(folded.split("[^a-z0-9]+")));
        words.remove("");
        words.removeAll(FILLER);
        for (String abbreviation : INSTRUMENTS.keySet()) {
            if (words.contains(abbreviation)) {
                words.addAll(Arrays.asList(INSTRUMENTS.get(abbreviation).split(" ")));
            }
        }
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
