package org.troika.ingest.extract;

import java.util.List;
import java.util.Optional;
import org.troika.state.StateRegistry;

/**
 * The recommending States a recommendation names in brackets at its end, "(Portugal, Slovakia)", read as the
 * report extractor reads them; for tables whose States column is empty or garbled.
 */
public final class StatesInBrackets {

    private final RecommendingStates states;

    public StatesInBrackets(StateRegistry registry) {
        this.states = new RecommendingStates(registry);
    }

    /** The ISO3 codes, or empty when the text names no State there or a name that is no State. */
    public Optional<List<String>> of(String text) {
        RecommendingStates.Found found = states.in(text);
        return found.unknown().isEmpty() && !found.iso3().isEmpty() ? Optional.of(found.iso3()) : Optional.empty();
    }
}
