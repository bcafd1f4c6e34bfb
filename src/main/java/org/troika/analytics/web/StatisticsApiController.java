package org.troika.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.troika.analytics.StatisticsFacade;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.state.StateRegistry;
import org.troika.web.BadParameterException;
import org.troika.web.RequestParameters;

@RestController
@Tag(name = "Statistics", description = "Figures per review, the same as `troika stats --format json`")
class StatisticsApiController {

    private final StatisticsFacade statistics;
    private final StateRegistry states;

    StatisticsApiController(StatisticsFacade statistics, StateRegistry states) {
        this.statistics = statistics;
        this.states = states;
    }

    @GetMapping("/api/stats")
    @Operation(summary = "One entry per review of a State: official totals (null when unknown) beside what is recorded",
            description = "recorded.rows, supported, noted and pending count one per recommending State, as UPR Info does; "
                    + "recorded.paragraphs counts report paragraphs and compares with official.total.")
    List<ReviewStatistics> forState(@Parameter(description = "ISO 3166 alpha-3 code of the State under review", example = "KAZ", required = true)
                                    @RequestParam String state) {
        return statistics.forState(RequestParameters.state(states, "state", state)
                .orElseThrow(() -> new BadParameterException("state", "Parameter 'state' is required")));
    }
}
