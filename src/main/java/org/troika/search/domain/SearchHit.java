package org.troika.search.domain;

import java.util.List;

/**
 * One recommendation found, with what a result list shows of it.
 *
 * @param snippet the best passages of the text, HTML-escaped, matched words in {@code <mark>}
 */
public record SearchHit(long id, String stateUnderReview, int cycle, int session, int year, String paragraph,
                        List<String> recommendingStates, String response, String snippet, float score) {

    public SearchHit {
        recommendingStates = List.copyOf(recommendingStates);
    }
}
