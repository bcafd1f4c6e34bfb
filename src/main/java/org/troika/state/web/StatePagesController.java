package org.troika.state.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.troika.state.State;
import org.troika.state.StateRegistry;
import org.troika.web.RequestParameters;

/** The home page (every State, those with data first) and a State's country page. */
@Controller
class StatePagesController {

    private final StateProfiles profiles;
    private final StateRegistry states;

    StatePagesController(StateProfiles profiles, StateRegistry states) {
        this.profiles = profiles;
        this.states = states;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", profiles.home());
        return "states/home";
    }

    @GetMapping("/states/{iso3}")
    String state(@PathVariable String iso3, Model model) {
        State state = RequestParameters.stateInPath(states, iso3);
        model.addAttribute("profile", profiles.profile(state));
        return "states/state";
    }
}
