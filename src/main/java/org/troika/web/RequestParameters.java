package org.troika.web;

import java.util.Locale;
import java.util.Optional;
import org.troika.recommendation.domain.Response;
import org.troika.shared.PageRequest;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/** Turns raw request values into domain values, or errors that name the parameter at fault. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** A State named in the path: unknown means there is no such page (404). */
    public static State stateInPath(StateRegistry states, String code) {
        return states.byCode(code).filter(s -> code.length() == 3)
                .orElseThrow(() -> new NotFoundException("No State with the code '" + code + "': use an ISO 3166 alpha-3 code such as KAZ"));
    }

    /** An optional State code in the query: unknown is a bad request (400) naming the parameter. */
    public static Optional<String> state(StateRegistry states, String parameter, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(states.byCode(code.trim()).map(State::iso3).orElseThrow(() -> new BadParameterException(parameter,
                "Unknown State code '" + code + "' in parameter '" + parameter + "': use an ISO 3166 alpha-3 code such as KAZ")));
    }

    public static Optional<Integer> cycle(Integer cycle) {
        if (cycle != null && cycle < 1) {
            throw new BadParameterException("cycle", "Parameter 'cycle' must be a UPR cycle number, 1 or more; was " + cycle);
        }
        return Optional.ofNullable(cycle);
    }

    public static Optional<Response> response(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Response.parse(word).orElseThrow(() -> new BadParameterException("response",
                "Unknown response '" + word + "' in parameter 'response': use supported, noted or pending")));
    }

    public static PageRequest page(int page, int size) {
        if (page < 0) {
            throw new BadParameterException("page", "Parameter 'page' must be 0 or more (pages count from 0); was " + page);
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new BadParameterException("size", "Parameter 'size' must be 1 to " + PageRequest.MAX_SIZE + "; was " + size);
        }
        return new PageRequest(page, size);
    }

    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
