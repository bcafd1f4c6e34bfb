package org.troika.state.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.troika.analytics.StatisticsFacade;
import org.troika.state.StateRegistry;
import org.troika.web.RequestParameters;

@RestController
@RequestMapping("/api/states")
@Tag(name = "States", description = "The 193 UN member States and 2 observer States")
class StateApiController {

    private final StatisticsFacade statistics;
    private final StateRegistry states;

    StateApiController(StatisticsFacade statistics, StateRegistry states) {
        this.statistics = statistics;
        this.states = states;
    }

    @GetMapping
    @Operation(summary = "All 195 States by name, with the reviews and recommendations recorded for each")
    List<StateJson> all() {
        return statistics.overview().stream().map(StateJson::of).sorted(Comparator.comparing(StateJson::name, Collator.getInstance(Locale.ENGLISH))).toList();
    }

    @GetMapping("/{iso3}")
    @Operation(summary = "One State")
    StateJson one(@Parameter(description = "ISO 3166 alpha-3 code, any case", example = "KAZ") @PathVariable String iso3) {
        return StateJson.of(statistics.overview(RequestParameters.stateInPath(states, iso3).iso3()));
    }
}
