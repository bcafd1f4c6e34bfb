package org.troika.search.domain;

import java.util.List;

/**
 * The recommendations worded most like one, split as its page shows them: made to the same State in its other reviews
 * (has this been recommended before?) and made to other States.
 */
public record WordedAlike(List<SearchHit> toSameState, List<SearchHit> toOtherStates) {

    /** "More like this" always finds something; what scores under this share of the best is mostly a shared word or a State's name. */
    static final float FLOOR = 0.5f;

    public WordedAlike {
        toSameState = List.copyOf(toSameState);
        toOtherStates = List.copyOf(toOtherStates);
    }

    /** From the most similar first: those scoring at least half the best, at most {@code shown} of each kind. */
    public static WordedAlike of(List<SearchHit> similar, String state, int session, int shown) {
        float floor = similar.isEmpty() ? 0 : similar.get(0).score() * FLOOR;
        List<SearchHit> alike = similar.stream().filter(h -> h.score() >= floor).toList();
        return new WordedAlike(
                alike.stream().filter(h -> h.stateUnderReview().equals(state) && h.session() != session).limit(shown).toList(),
                alike.stream().filter(h -> !h.stateUnderReview().equals(state)).limit(shown).toList());
    }
}
