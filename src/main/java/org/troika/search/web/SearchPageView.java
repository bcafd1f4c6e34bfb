package org.troika.search.web;

import java.util.List;
import java.util.Optional;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.state.StateRegistry;

/**
 * The search page: the request as understood, one page of hits with their facets, or the reason the query could
 * not be run (shown in place of the results, so the user can correct it in the box above).
 */
public record SearchPageView(SearchRequest request, SearchResult result, Optional<String> error, StateRegistry states) {

    public List<SearchJson.HitJson> hits() {
        return result.hits().stream().map(h -> SearchJson.HitJson.of(h, states)).toList();
    }

    public List<FacetResult> facets() {
        return result.facets().stream().filter(f -> !f.values().isEmpty()).toList();
    }

    public String sort() {
        return request.sort().key();
    }

    public String exportUrl(String format) {
        String q = SearchParameters.queryString(request);
        return "/api/search/export?format=" + format + (q.isEmpty() ? "" : "&" + q);
    }

    public Optional<String> nextUrl() {
        String q = SearchParameters.queryString(request);
        return result.nextCursor().map(c -> "/search?" + (q.isEmpty() ? "" : q + "&") + "cursor=" + c);
    }

    public Optional<String> suggestionUrl() {
        SearchRequest corrected = new SearchRequest(result.suggestion().orElse(""), request.filters(), request.sort(),
                request.size(), Optional.empty());
        return result.suggestion().map(s -> "/search?" + SearchParameters.queryString(corrected));
    }
}
