package org.troika.ingest.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Reads a cell naming one or more States: ISO3 codes or names, separated by ";" or ",". A comma inside a
 * name ("Korea, Republic of") is kept where the pieces only make a State together.
 */
final class StateList {

    record Read(List<String> iso3, List<String> unknown) {
    }

    private final StateRegistry registry;

    StateList(StateRegistry registry) {
        this.registry = registry;
    }

    Read read(List<String> cells) {
        List<String> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String cell : cells) {
            for (String part : cell.split(";")) {
                if (!part.isBlank()) {
                    readCommaList(part, found, unknown);
                }
            }
        }
        return new Read(found.stream().distinct().toList(), unknown);
    }

    Optional<String> one(String codeOrName) {
        return registry.resolve(codeOrName.strip()).map(State::iso3);
    }

    private void readCommaList(String part, List<String> found, List<String> unknown) {
        String[] pieces = part.split(",");
        int i = 0;
        while (i < pieces.length) {
            int taken = 0;
            for (int j = pieces.length; j > i && taken == 0; j--) {
                String candidate = String.join(",", java.util.Arrays.copyOfRange(pieces, i, j)).strip();
                Optional<String> state = candidate.isEmpty() ? Optional.empty() : one(candidate);
                if (state.isPresent()) {
                    found.add(state.get());
                    taken = j - i;
                }
            }
            if (taken == 0) {
                if (!pieces[i].isBlank()) {
                    unknown.add(pieces[i].strip());
                }
                taken = 1;
            }
            i += taken;
        }
    }
}
