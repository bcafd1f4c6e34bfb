package org.troika.recommendation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.state.StateRegistry;
import org.troika.web.RequestParameters;
import org.troika.web.StateRef;

@Schema(name = "Recommendation", description = "A recommendation made to the State under review, as printed in a report")
record RecommendationJson(
        long id,
        ReviewJson review,
        @Schema(description = "Paragraph number in the report, or the source's own id where it gives none", example = "124.15") String paragraph,
        String text,
        @Schema(description = "In the order the document names them; empty for a recommendation from a body rather than a State")
        List<StateRef> recommendingStates,
        @Schema(allowableValues = {"supported", "noted", "pending"}) String response,
        @Schema(description = "Symbol of the document the response comes from", example = "A/HRC/28/10/Add.1") String responseSource,
        @Schema(description = "Symbol of the document the recommendation is printed in", example = "A/HRC/28/10") String sourceSymbol,
        @Schema(description = "UPR Info action category, 1 (minimal action) to 5 (specific action)") Integer actionCategory,
        List<LabelJson> labels) {

    @Schema(name = "RecommendationReview", description = "The review a recommendation was made in")
    record ReviewJson(long id, @Schema(example = "KAZ-2014") String key, StateRef stateUnderReview, int session, int cycle, int year) {
    }

    @Schema(name = "Label", description = "A classification from a taxonomy")
    record LabelJson(@Schema(example = "UPR_INFO_ISSUE") String taxonomy, @Schema(example = "Death penalty") String value) {
    }

    static RecommendationJson of(Recommendation r, StateRegistry states) {
        ReviewRef review = r.review();
        return new RecommendationJson(r.id(),
                new ReviewJson(review.id(), review.key(), StateRef.of(states, review.stateIso3()), review.session(), review.cycle(), review.year()),
                r.paragraph(), r.text(), r.recommendingStates().stream().map(c -> StateRef.of(states, c)).toList(),
                RequestParameters.lower(r.response()), r.responseSource().orElse(null), r.sourceSymbol().orElse(null),
                r.actionCategory().orElse(null), r.labels().stream().map(RecommendationJson::label).toList());
    }

    private static LabelJson label(Label l) {
        return new LabelJson(l.taxonomy().name(), l.value());
    }
}
