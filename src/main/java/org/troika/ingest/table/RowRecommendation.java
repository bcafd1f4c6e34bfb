package org.troika.ingest.table;

import java.util.List;
import java.util.Optional;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Response;

/**
 * A recommendation as one table row (or several adjacent UPR Info rows, one per recommending State) gives
 * it, before its review is known.
 *
 * @param key the paragraph number, or the source's row id where the table has no paragraph numbers
 */
public record RowRecommendation(String where, Optional<String> stateUnderReview, Optional<Integer> session,
                                Optional<Integer> cycle, Optional<Integer> year, String key, String text,
                                List<String> recommendingStates, Response response, Optional<String> responseSource,
                                Optional<String> sourceSymbol, Optional<Integer> actionCategory, List<Label> labels) {

    public RowRecommendation {
        recommendingStates = List.copyOf(recommendingStates);
        labels = List.copyOf(labels);
    }

    /** Rows that UPR Info writes once per recommending State belong together when everything but the State agrees. */
    public boolean sameRecommendationAs(RowRecommendation other) {
        return text.equals(other.text) && stateUnderReview.equals(other.stateUnderReview) && session.equals(other.session)
                && year.equals(other.year) && response == other.response && actionCategory.equals(other.actionCategory);
    }

    public RowRecommendation joinedWith(RowRecommendation other) {
        List<String> states = new java.util.ArrayList<>(recommendingStates);
        other.recommendingStates.stream().filter(s -> !states.contains(s)).forEach(states::add);
        List<Label> merged = new java.util.ArrayList<>(labels);
        other.labels.stream().filter(l -> !merged.contains(l)).forEach(merged::add);
        return new RowRecommendation(where, stateUnderReview, session, cycle, year, key, text, states, response,
                responseSource, sourceSymbol, actionCategory, merged);
    }
}
