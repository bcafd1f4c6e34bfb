package org.troika.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Labels that are wrong, each checked by hand against the report's own text and listed with the line that
 * shows it (src/test/resources/ingest/benchmark/label-errata.tsv). The benchmark reports accuracy both
 * against the labels as published and with these corrections. A States erratum gives the set the report
 * names; a text erratum gives the label's words and the report's words in their place ("FROM => TO"), so the
 * label stays as published but for the words the report shows otherwise.
 */
final class LabelErrata {

    private static final String RESOURCE = "/ingest/benchmark/label-errata.tsv";

    private final Map<String, Set<String>> states = new HashMap<>();
    private final Map<String, List<Rewording>> texts = new HashMap<>();

    private LabelErrata() {
    }

    /** The label's words {@code from} are the report's {@code to}. */
    private record Rewording(String from, String to) {
    }

    static LabelErrata bundled() {
        LabelErrata errata = new LabelErrata();
        try (InputStream in = LabelErrata.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 5 && f[2].equals("states")) {
                    errata.states.put(f[0] + " " + f[1], new LinkedHashSet<>(Arrays.asList(f[3].split(","))));
                } else if (f.length >= 5 && f[2].equals("text") && f[3].contains(" => ")) {
                    String[] change = f[3].split(" => ", 2);
                    errata.texts.computeIfAbsent(f[0] + " " + f[1], k -> new ArrayList<>()).add(new Rewording(change[0], change[1]));
                } else {
                    throw new IllegalStateException(RESOURCE + ": expected symbol, paragraph, then 'states' and ISO3 codes or 'text' and"
                            + " 'LABEL'S WORDS => REPORT'S WORDS', then the evidence: " + line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return errata;
    }

    Optional<Set<String>> states(String symbol, String paragraph) {
        return Optional.ofNullable(states.get(symbol + " " + paragraph));
    }

    /**
     * The label texts of one recommendation (one, or one per UPR Info row) with the report's words put in. An erratum
     * whose words none of them holds is out of date: it stops the benchmark rather than silently count for nothing.
     */
    List<String> texts(String symbol, String paragraph, List<String> labelTexts) {
        List<String> corrected = new ArrayList<>(labelTexts);
        for (Rewording r : texts.getOrDefault(symbol + " " + paragraph, List.of())) {
            boolean found = false;
            for (int i = 0; i < corrected.size(); i++) {
                if (corrected.get(i).contains(r.from())) {
                    corrected.set(i, corrected.get(i).replace(r.from(), r.to()));
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException(RESOURCE + ": the label of " + symbol + " " + paragraph + " does not say '" + r.from() + "'");
            }
        }
        return corrected;
    }

    int size() {
        return states.size() + texts.values().stream().mapToInt(List::size).sum();
    }
}
