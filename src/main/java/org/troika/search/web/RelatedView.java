package org.troika.search.web;

import java.util.List;
import org.troika.web.StateRef;

/**
 * Recommendations worded like one: made to the same State in its other reviews, and to other States.
 *
 * @param state the State the recommendation was made to
 */
public record RelatedView(StateRef state, List<SearchJson.HitJson> sameState, List<SearchJson.HitJson> otherStates) {
}
