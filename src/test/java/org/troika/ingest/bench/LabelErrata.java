package org.troika.ingest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Labels that are wrong, each checked by hand against the report's own text and listed with the line that
 * shows it (src/test/resources/ingest/benchmark/label-errata.tsv). The benchmark reports accuracy both
 * against the labels as published and with these corrections.
 */
final class LabelErrata {

    private static final String RESOURCE = "/ingest/benchmark/label-errata.tsv";

    private final Map<String, Set<String>> states = new HashMap<>();

    private LabelErrata() {
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
                if (f.length < 5 || !f[2].equals("states")) {
                    throw new IllegalStateException(RESOURCE + ": expected symbol, paragraph, 'states', ISO3 codes, evidence: " + line);
                }
                errata.states.put(f[0] + " " + f[1], new LinkedHashSet<>(Arrays.asList(f[3].split(","))));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return errata;
    }

    Optional<Set<String>> states(String symbol, String paragraph) {
        return Optional.ofNullable(states.get(symbol + " " + paragraph));
    }

    int size() {
        return states.size();
    }
}
