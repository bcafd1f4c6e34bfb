package org.troika.state.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.troika.analytics.domain.StateOverview;
import org.troika.state.RegionalGroup;
import org.troika.state.State;

@Schema(name = "State", description = "A UN member or observer State, with what Troika holds about it")
record StateJson(
        @Schema(example = "KAZ") String iso3,
        @Schema(example = "KZ") String iso2,
        @Schema(example = "Kazakhstan") String name,
        @Schema(example = "Republic of Kazakhstan") String formalName,
        @Schema(description = "UN regional group; null for observer States", example = "Asia-Pacific") String regionalGroup,
        @Schema(description = "false for the two observer States") boolean unMember,
        @Schema(description = "Reviews of this State stored") int reviews,
        @Schema(description = "Recommendations recorded as State under review (report paragraphs)") int recommendations,
        @Schema(description = "The same, counted once per recommending State (as UPR Info counts)") int recommendationRows,
        @Schema(description = "Recommendations this State made to others") int recommendationsMade) {

    static StateJson of(StateOverview o) {
        State s = o.state();
        return new StateJson(s.iso3(), s.iso2(), s.name(), s.formalName(), s.regionalGroup().map(RegionalGroup::label).orElse(null),
                s.unMember(), o.totals().reviews(), o.totals().paragraphs(), o.totals().rows(), o.totals().made());
    }
}
