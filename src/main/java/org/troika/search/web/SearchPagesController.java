package org.troika.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.search.SearchFacade;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.WordedAlike;
import org.troika.state.StateRegistry;
import org.troika.web.BadParameterException;
import org.troika.web.NotFoundException;
import org.troika.web.StateRef;

/** The search page: the query box, facets as checkboxes and the hits, updated in place through htmx. */
@Controller
class SearchPagesController {

    /** How many recommendations worded alike are shown of each kind (SearchFacade.wordedAlike chooses them). */
    private static final int RELATED_SHOWN = 10;

    private final SearchFacade search;
    private final RecommendationFacade recommendations;
    private final StateRegistry states;
    private final FieldValues values;

    SearchPagesController(SearchFacade search, RecommendationFacade recommendations, StateRegistry states) {
        this.search = search;
        this.recommendations = recommendations;
        this.states = states;
        this.values = new FieldValues(states);
    }

    /**
     * On a recommendation's page (loaded by htmx): recommendations worded like it, made to the same State in other
     * reviews (has it been made before, has it come back?) and to other States.
     */
    @GetMapping("/recommendations/{id}/related")
    String related(@PathVariable long id, Model model) {
        Recommendation recommendation = recommendations.find(id).orElseThrow(() -> new NotFoundException("No recommendation with id " + id + "."));
        WordedAlike alike = search.wordedAlike(recommendation, RELATED_SHOWN);
        model.addAttribute("related", new RelatedView(StateRef.of(states, recommendation.review().stateIso3()),
                alike.toSameState().stream().map(h -> SearchJson.HitJson.of(h, states)).toList(),
                alike.toOtherStates().stream().map(h -> SearchJson.HitJson.of(h, states)).toList()));
        return "search/related :: related";
    }

    @GetMapping("/search")
    String search(HttpServletRequest http, HttpServletResponse response,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                  Model model) {
        SearchRequest request;
        SearchResult result;
        Optional<String> error = Optional.empty();
        try {
            request = new SearchParameters(http.getParameterMap(), Set.of()).request(values, 20);
            SearchRequest asked = request;
            result = SearchParameters.translated(() -> search.search(asked));
        } catch (BadParameterException e) {
            // Shown where the results would be, so that the query box keeps what was typed and can be corrected.
            String[] q = http.getParameterMap().get("q");
            request = SearchRequest.of(q == null || q.length == 0 || q[0].length() > SearchRequest.MAX_QUERY_LENGTH ? "" : q[0]);
            result = new SearchResult(0, List.of(), List.of(), Optional.empty(), Optional.empty());
            error = Optional.of(e.getMessage());
            if (htmx == null) {
                response.setStatus(400);
            }
        }
        model.addAttribute("view", new SearchPageView(request, result, error, states));
        model.addAttribute("typed", Optional.ofNullable(http.getParameterMap().get("q")).map(v -> v[0]).orElse(""));
        return htmx != null && historyRestore == null ? "search/search :: results" : "search/search";
    }

}
