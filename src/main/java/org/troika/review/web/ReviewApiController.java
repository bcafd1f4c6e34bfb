package org.troika.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.troika.analytics.StatisticsFacade;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.state.StateRegistry;
import org.troika.web.NotFoundException;
import org.troika.web.RequestParameters;

@RestController
@RequestMapping("/api")
@Tag(name = "Reviews", description = "Universal Periodic Reviews: session, troika, documents, official and recorded totals")
class ReviewApiController {

    private final ReviewFacade reviews;
    private final StatisticsFacade statistics;
    private final StateRegistry states;

    ReviewApiController(ReviewFacade reviews, StatisticsFacade statistics, StateRegistry states) {
        this.reviews = reviews;
        this.statistics = statistics;
        this.states = states;
    }

    @GetMapping("/states/{iso3}/reviews")
    @Operation(summary = "The stored reviews of a State, oldest first")
    List<ReviewJson> forState(@Parameter(description = "ISO 3166 alpha-3 code of the State under review", example = "KAZ")
                              @PathVariable String iso3) {
        String code = RequestParameters.stateInPath(states, iso3).iso3();
        return reviews.forState(code).stream().map(this::json).toList();
    }

    @GetMapping("/reviews/{id}")
    @Operation(summary = "One review")
    ReviewJson one(@Parameter(description = "Review id, as listed under /api/states/{iso3}/reviews") @PathVariable long id) {
        return json(reviews.find(id).orElseThrow(() -> new NotFoundException("No review with id " + id)));
    }

    private ReviewJson json(Review review) {
        return ReviewJson.of(review, statistics.forReview(review), states);
    }
}
