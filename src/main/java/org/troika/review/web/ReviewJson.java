package org.troika.review.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.review.domain.OfficialTotals;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.state.StateRegistry;
import org.troika.web.StateRef;

@Schema(name = "Review", description = "One Universal Periodic Review of one State, with what Troika holds of it")
record ReviewJson(
        long id,
        @Schema(description = "The key users type: ISO3-YEAR", example = "KAZ-2019") String key,
        StateRef stateUnderReview,
        @Schema(description = "UPR Working Group session", example = "34") int session,
        @Schema(example = "3") int cycle,
        @Schema(example = "2019") int year,
        @Schema(description = "Day of the review meeting, when known") LocalDate date,
        @Schema(description = "The three rapporteur States, in the order the report names them") List<StateRef> troika,
        Documents documents,
        @Schema(description = "Totals an official source gives; null when none is known") OfficialTotals official,
        @Schema(description = "What Troika holds: paragraphs, and rows by response counted once per recommending State") RecordedCounts recorded,
        @Schema(description = "How complete the record is", example = "120 of 245 recorded") String completeness) {

    @Schema(name = "ReviewDocuments", description = "UN document symbols; resolve them at https://undocs.org/<symbol>")
    record Documents(String nationalReport, String compilation, String stakeholdersSummary, String workingGroupReport, String addendum) {

        static Documents of(ReviewDocuments d) {
            return new Documents(d.nationalReport().orElse(null), d.compilation().orElse(null), d.stakeholdersSummary().orElse(null),
                    d.workingGroupReport().orElse(null), d.addendum().orElse(null));
        }
    }

    static ReviewJson of(Review review, ReviewStatistics stats, StateRegistry states) {
        return new ReviewJson(review.id(), review.stateIso3() + "-" + stats.year(), StateRef.of(states, review.stateIso3()),
                review.session(), review.cycle(), stats.year(), review.date().orElse(null),
                review.troika().stream().map(c -> StateRef.of(states, c)).toList(), Documents.of(review.documents()),
                review.official().orElse(null), stats.recorded(), stats.completeness().wording());
    }
}
