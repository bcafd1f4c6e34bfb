package org.troika.ingest.extract;

import java.util.Objects;
import org.troika.recommendation.domain.Response;

/**
 * What an addendum ("Views on conclusions and/or recommendations ...", A/HRC/43/15/Add.1) says of one
 * recommendation.
 *
 * @param paragraph the recommendation's number in the Working Group report ("122.5"); a bare serial number
 *                  ("18") where the addendum uses one and does not say which paragraph it counts in
 * @param partly    the State supports the recommendation in part; it then counts as supported
 * @param source    the addendum's symbol, e.g. "A/HRC/43/15/Add.1", or "addendum" when it has none
 * @param line      1-based line of the addendum that states the response
 */
public record AddendumResponse(String paragraph, Response response, boolean partly, String source, int line) {

    public AddendumResponse {
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(source, "source");
    }
}
