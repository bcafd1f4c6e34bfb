package org.troika.review;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewKey;
import org.troika.review.domain.ReviewRepository;
import org.troika.review.domain.SessionCalendar;
import org.troika.review.domain.UprSession;
import org.troika.state.StateRegistry;

/** Reviews and the UPR calendar, for every other feature. */
@Service
public class ReviewFacade {

    private final ReviewRepository repository;
    private final SessionCalendar calendar;
    private final StateRegistry states;

    public ReviewFacade(ReviewRepository repository, SessionCalendar calendar, StateRegistry states) {
        this.repository = repository;
        this.calendar = calendar;
        this.states = states;
    }

    @Transactional
    public Review save(Review review) {
        states.require(review.stateIso3());
        review.troika().forEach(states::require);
        UprSession session = calendar.session(review.session())
                .orElseThrow(() -> new IllegalArgumentException("Unknown UPR session " + review.session()));
        if (session.cycle() != review.cycle()) {
            throw new IllegalArgumentException("Session " + review.session() + " belongs to cycle " + session.cycle()
                    + ", not " + review.cycle());
        }
        return repository.save(review);
    }

    @Transactional(readOnly = true)
    public Optional<Review> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Review> find(String stateIso3, int session) {
        return repository.find(stateIso3, session);
    }

    /** Finds a review by the key users type, ISO3-YEAR such as KAZ-2019. */
    @Transactional(readOnly = true)
    public Optional<Review> findByKey(String key) {
        ReviewKey parsed;
        try {
            parsed = ReviewKey.parse(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Review key " + e.getMessage(), e);
        }
        return findInYear(states.require(parsed.stateCode()).iso3(), parsed.year());
    }

    /** The review of this State held in that year, if one is stored. */
    @Transactional(readOnly = true)
    public Optional<Review> findInYear(String stateIso3, int year) {
        return repository.forState(stateIso3).stream().filter(r -> r.year(calendar) == year).findFirst();
    }

    /** The review whose Working Group report has this symbol (A/HRC/43/15), if one is stored. */
    @Transactional(readOnly = true)
    public Optional<Review> findByWorkingGroupReport(String symbol) {
        return repository.findByWorkingGroupReport(symbol);
    }

    @Transactional(readOnly = true)
    public List<Review> forState(String stateIso3) {
        return repository.forState(states.require(stateIso3).iso3());
    }

    @Transactional(readOnly = true)
    public List<Review> all() {
        return repository.all();
    }

    public SessionCalendar calendar() {
        return calendar;
    }

    public int year(Review review) {
        return review.year(calendar);
    }
}
