package org.troika.web;

import org.troika.state.State;
import org.troika.state.StateRegistry;

/** A State as JSON and pages name it: code and short UN name. */
public record StateRef(String iso3, String name) {

    public static StateRef of(State state) {
        return new StateRef(state.iso3(), state.name());
    }

    /** Falls back to the code itself for a code the registry does not know, rather than failing a whole page. */
    public static StateRef of(StateRegistry states, String iso3) {
        return states.byCode(iso3).map(StateRef::of).orElse(new StateRef(iso3, iso3));
    }
}
