package org.troika.review;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewRepository;
import org.troika.review.domain.SessionCalendar;
import org.troika.review.domain.UprSession;
import org.troika.state.StateRegistry;

/** Reviews and the UPR calendar, for every other feature. */
@Service
public class ReviewFacade {

    private static final Pattern KEY = Pattern.compile("([A-Za-z]{3})-(\\d{4})");

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
        Matcher m = KEY.matcher(key.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Review key '" + key + "' is not of the form ISO3-YEAR, e.g. KAZ-2019");
        }
        String iso3 = states.require(m.group(1)).iso3();
        int year = Integer.parseInt(m.group(2));
        return repository.forState(iso3).stream().filter(r -> r.year(calendar) == year).findFirst();
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
