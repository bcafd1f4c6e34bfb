package org.troika.recommendation.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.troika.analytics.StatisticsFacade;
import org.troika.analytics.domain.StateOverview;
import org.troika.recommendation.RecommendationFacade;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.UprSession;
import org.troika.shared.Page;
import org.troika.state.StateRegistry;
import org.troika.web.NotFoundException;
import org.troika.web.RequestParameters;
import org.troika.web.StateRef;

/** The recommendation list (filters update it in place through htmx) and the page of one recommendation. */
@Controller
class RecommendationPagesController {

    private final RecommendationFacade recommendations;
    private final StatisticsFacade statistics;
    private final ReviewFacade reviews;
    private final StateRegistry states;

    RecommendationPagesController(RecommendationFacade recommendations, StatisticsFacade statistics, ReviewFacade reviews,
                                  StateRegistry states) {
        this.recommendations = recommendations;
        this.statistics = statistics;
        this.reviews = reviews;
        this.states = states;
    }

    @GetMapping("/recommendations")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) Integer cycle,
                @RequestParam(required = false) String by, @RequestParam(required = false) String response,
                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model) {
        RecommendationQuery query = RecommendationQuery.parse(states, state, cycle, by, response);
        Page<RecommendationView> results = recommendations.find(query.filter(), RequestParameters.page(page, size))
                .map(r -> RecommendationView.of(r, states));
        List<StateOverview> overview = statistics.overview();
        Comparator<StateRef> byName = Comparator.comparing(StateRef::name, Collator.getInstance(Locale.ENGLISH));
        model.addAttribute("list", new RecommendationListView(
                overview.stream().filter(o -> o.totals().reviews() > 0).map(o -> StateRef.of(o.state())).sorted(byName).toList(),
                overview.stream().filter(o -> o.totals().made() > 0).map(o -> StateRef.of(o.state())).sorted(byName).toList(),
                reviews.calendar().all().stream().map(UprSession::cycle).distinct().sorted().toList(),
                query, results));
        // htmx swaps in the results alone; a history restore needs the whole page.
        return htmx != null && historyRestore == null ? "recommendations/list :: results" : "recommendations/list";
    }

    @GetMapping("/recommendations/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("rec", RecommendationView.of(recommendations.find(id)
                .orElseThrow(() -> new NotFoundException("No recommendation with id " + id + ".")), states));
        return "recommendations/detail";
    }
}
