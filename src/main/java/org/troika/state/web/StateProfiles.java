package org.troika.state.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.troika.analytics.StatisticsFacade;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.analytics.domain.StateOverview;
import org.troika.document.SourceDocumentFacade;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.state.State;
import org.troika.state.StateRegistry;
import org.troika.web.DocumentLink;
import org.troika.web.StateRef;

/** Gathers what the home and country pages show from the facades, as view records. */
@Component
class StateProfiles {

    private final StatisticsFacade statistics;
    private final ReviewFacade reviews;
    private final SourceDocumentFacade documents;
    private final StateRegistry states;

    StateProfiles(StatisticsFacade statistics, ReviewFacade reviews, SourceDocumentFacade documents, StateRegistry states) {
        this.statistics = statistics;
        this.reviews = reviews;
        this.documents = documents;
        this.states = states;
    }

    HomeView home() {
        return new HomeView(statistics.overview());
    }

    ProfileView profile(State state) {
        List<ReviewView> reviewViews = reviews.forState(state.iso3()).stream().map(this::review).toList();
        List<DocumentView> documentViews = documents.forState(state.iso3()).stream()
                .map(d -> new DocumentView(d, documents.statements(d.id()))).toList();
        return new ProfileView(state, statistics.overview(state.iso3()).totals(), reviewViews, documentViews);
    }

    private ReviewView review(Review review) {
        ReviewStatistics stats = statistics.forReview(review);
        List<StateRef> troika = review.troika().stream().map(c -> StateRef.of(states, c)).toList();
        return new ReviewView(review, stats, troika, DocumentLink.of(review.documents()));
    }

    /** Every State, for the home page. */
    public record HomeView(List<StateOverview> states) {

        public long statesWithReviews() {
            return states.stream().filter(s -> s.totals().reviews() > 0).count();
        }

        public int reviews() {
            return states.stream().mapToInt(s -> s.totals().reviews()).sum();
        }

        public int recommendations() {
            return states.stream().mapToInt(s -> s.totals().paragraphs()).sum();
        }
    }
}
