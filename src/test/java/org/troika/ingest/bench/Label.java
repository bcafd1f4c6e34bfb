package org.troika.ingest.bench;

import java.util.Optional;
import java.util.Set;
import org.troika.recommendation.domain.Response;

/**
 * What an independent source says one recommendation is.
 *
 * @param paragraph the paragraph number, or null where the source has none (UPR Info rows)
 * @param states    ISO3 codes of the recommending States the source names
 * @param response  the final response the source records (after the addendum), if it records one
 */
record Label(String paragraph, String text, Set<String> states, Optional<Response> response) {
}
