package org.troika.ingest.extract;

import java.util.List;
import java.util.Optional;
import org.troika.recommendation.domain.Response;

/**
 * One recommendation found in a document, before it is stored.
 *
 * @param paragraph  the number as printed, without trailing dot: "118.7"
 * @param states     ISO3 codes of the recommending States, in document order
 * @param stateNames the names exactly as the document writes them, same order as {@code states}
 * @param response   the State's response where the document says it; empty where it does not
 * @param line       1-based line of the document where the paragraph starts
 */
public record ExtractedRecommendation(String paragraph, String text, List<String> states, List<String> stateNames,
                                      Optional<Response> response, int line) {

    public ExtractedRecommendation {
        states = List.copyOf(states);
        stateNames = List.copyOf(stateNames);
    }
}
