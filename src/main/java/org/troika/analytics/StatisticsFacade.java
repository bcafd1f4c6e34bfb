package org.troika.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.analytics.domain.StateOverview;
import org.troika.analytics.domain.StateTotals;
import org.troika.analytics.domain.StatisticsRepository;
import org.troika.recommendation.RecommendationFacade;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/** Read-only figures for State profiles, charts, {@code troika stats} and {@code /api/stats}. */
@Service
public class StatisticsFacade {

    private final ReviewFacade reviews;
    private final RecommendationFacade recommendations;
    private final StatisticsRepository repository;
    private final StateRegistry states;

    public StatisticsFacade(ReviewFacade reviews, RecommendationFacade recommendations, StatisticsRepository repository,
                            StateRegistry states) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.repository = repository;
        this.states = states;
    }

    /** One entry per stored review of the State, oldest first; fails with {@code UnknownStateException} for an unknown code. */
    @Transactional(readOnly = true)
    public List<ReviewStatistics> forState(String iso3) {
        return reviews.forState(states.require(iso3).iso3()).stream().map(this::forReview).toList();
    }

    @Transactional(readOnly = true)
    public ReviewStatistics forReview(Review review) {
        return new ReviewStatistics(review.cycle(), reviews.year(review), review.session(), review.official(),
                recommendations.countsForReview(review.id()));
    }

    /**
     * Every State Troika knows (all 195), those with recorded recommendations first (most first),
     * then the rest by name.
     */
    @Transactional(readOnly = true)
    public List<StateOverview> overview() {
        Map<String, StateTotals> totals = repository.totalsByState();
        return states.all().stream()
                .map(s -> new StateOverview(s, totals.getOrDefault(s.iso3(), StateTotals.NONE)))
                .sorted(Comparator.comparing((StateOverview o) -> o.totals().reviews() == 0)
                        .thenComparing(o -> -o.totals().paragraphs())
                        .thenComparing(o -> o.state().name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public StateOverview overview(String iso3) {
        State state = states.require(iso3);
        return new StateOverview(state, repository.totalsByState().getOrDefault(state.iso3(), StateTotals.NONE));
    }
}
