package org.troika.recommendation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.state.StateRegistry;
import org.troika.web.RequestParameters;

/**
 * The filters of a recommendation list as the API, the pages and the export links share them,
 * checked: an unknown State code or response is a bad request naming the parameter.
 */
record RecommendationQuery(Optional<String> state, Optional<Integer> cycle, Optional<String> by, Optional<Response> response) {

    static RecommendationQuery parse(StateRegistry states, String state, Integer cycle, String by, String response) {
        return new RecommendationQuery(RequestParameters.state(states, "state", state), RequestParameters.cycle(cycle),
                RequestParameters.state(states, "by", by), RequestParameters.response(response));
    }

    RecommendationFilter filter() {
        return new RecommendationFilter(state, cycle, by, response, Optional.empty());
    }

    /** The query parameters that reproduce this filter, for links (paging, export, back to the list). */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        state.ifPresent(s -> p.put("state", s));
        cycle.ifPresent(c -> p.put("cycle", String.valueOf(c)));
        by.ifPresent(s -> p.put("by", s));
        response.ifPresent(r -> p.put("response", RequestParameters.lower(r)));
        return p;
    }

    String queryString() {
        StringBuilder q = new StringBuilder();
        parameters().forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }
}
