package org.troika.ingest.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.troika.ingest.domain.ImportOptionException;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.review.ReviewFacade;
import org.troika.review.domain.Review;
import org.troika.review.domain.ReviewDocuments;
import org.troika.review.domain.ReviewKey;
import org.troika.review.domain.SessionCalendar;
import org.troika.review.domain.UprSession;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Finds the review a recommendation belongs to — by State under review and session, or State and year —
 * and creates it when it is not stored yet, its cycle taken from the UPR session calendar. What the file
 * does not say comes from the importer's --review, --state and --session.
 */
public final class ReviewResolver {

    private final ReviewFacade reviews;
    private final StateRegistry states;
    private final Optional<String> defaultState;
    private final Optional<Integer> defaultYear;
    private final Optional<Integer> defaultSession;
    private final Map<String, ReviewRef> known = new HashMap<>();
    private final Set<Long> created = new HashSet<>();
    private final FileTally tally;

    public ReviewResolver(ReviewFacade reviews, StateRegistry states, Defaults defaults, FileTally tally) {
        this.reviews = reviews;
        this.states = states;
        this.defaultState = defaults.state();
        this.defaultYear = defaults.year();
        this.defaultSession = defaults.session();
        this.tally = tally;
    }

    /** What the importer said: --state / --review ISO3-YEAR / --session. */
    public record Defaults(Optional<String> state, Optional<Integer> year, Optional<Integer> session) {

        public static Defaults of(Optional<String> reviewKey, Optional<String> state, Optional<Integer> session, StateRegistry registry) {
            Optional<String> iso3 = state.map(s -> registry.resolve(s).map(State::iso3)
                    .orElseThrow(() -> new ImportOptionException("state", "--state: unknown State '" + s + "'")));
            Optional<Integer> year = Optional.empty();
            if (reviewKey.isPresent()) {
                ReviewKey key;
                try {
                    key = ReviewKey.parse(reviewKey.get());
                } catch (IllegalArgumentException e) {
                    throw new ImportOptionException("review", "--review " + e.getMessage(), e);
                }
                String fromKey = registry.byCode(key.stateCode()).map(State::iso3)
                        .orElseThrow(() -> new ImportOptionException("review", "--review " + reviewKey.get() + ": unknown State '" + key.stateCode() + "'"));
                if (iso3.isPresent() && !iso3.get().equals(fromKey)) {
                    throw new ImportOptionException("review", "--review " + reviewKey.get() + " and --state " + state.get() + " name different States");
                }
                iso3 = Optional.of(fromKey);
                year = Optional.of(key.year());
            }
            return new Defaults(iso3, year, session);
        }

        public boolean any() {
            return state.isPresent() || year.isPresent() || session.isPresent();
        }
    }

    public Optional<String> defaultState() {
        return defaultState;
    }

    /** Refuses a document about another State than the one --review or --state name ({@code about}: what it is about). */
    public void requireDefaultState(String file, Optional<String> documentState, String about) {
        if (documentState.isPresent() && defaultState.isPresent() && !documentState.equals(defaultState)) {
            throw new IllegalArgumentException(file + ": " + about + " " + documentState.get() + ", not of " + defaultState.get()
                    + " as --review or --state say");
        }
    }

    public boolean knowsWhen() {
        return defaultYear.isPresent() || defaultSession.isPresent();
    }

    /** The stored review of the State that --review or --session name; nothing is created. */
    public Optional<Review> storedReview(String iso3) {
        if (defaultSession.isPresent()) {
            return reviews.find(iso3, defaultSession.get());
        }
        return defaultYear.flatMap(year -> reviews.findInYear(iso3, year));
    }

    /**
     * @param cycle only checked: a row's cycle must be its session's
     */
    public ReviewRef resolve(Optional<String> state, Optional<Integer> session, Optional<Integer> cycle, Optional<Integer> year) {
        String iso3 = state.or(() -> defaultState).orElseThrow(() -> new ReviewNotFound(
                "no State under review: the file does not say it; give --state ISO3 or --review ISO3-YEAR"));
        Optional<Integer> s = session.or(() -> year.isPresent() ? Optional.empty() : defaultSession);
        Optional<Integer> y = year.or(() -> defaultYear);
        String cacheKey = iso3 + "/" + s.map(String::valueOf).orElse("") + "/" + y.map(String::valueOf).orElse("") + "/" + cycle.map(String::valueOf).orElse("");
        ReviewRef cached = known.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        ReviewRef ref;
        if (s.isPresent()) {
            ref = bySession(iso3, s.get(), cycle);
        } else if (y.isPresent()) {
            ref = byYear(iso3, y.get());
        } else {
            throw new ReviewNotFound("no session or year of the review: the file does not say it; give --review ISO3-YEAR");
        }
        known.put(cacheKey, ref);
        return ref;
    }

    private ReviewRef bySession(String iso3, int session, Optional<Integer> cycle) {
        UprSession uprSession = reviews.calendar().session(session)
                .orElseThrow(() -> new ReviewNotFound("unknown UPR session " + session));
        if (cycle.isPresent() && cycle.get() != uprSession.cycle()) {
            throw new ReviewNotFound("cycle " + cycle.get() + " does not match session " + session + ", which belongs to cycle " + uprSession.cycle());
        }
        Review review = reviews.find(iso3, session).orElseGet(() -> create(iso3, uprSession));
        return ref(review);
    }

    private ReviewRef byYear(String iso3, int year) {
        Optional<Review> stored = reviews.findInYear(iso3, year);
        if (stored.isPresent()) {
            return ref(stored.get());
        }
        SessionCalendar calendar = reviews.calendar();
        List<UprSession> inYear = calendar.all().stream()
                .filter(u -> u.firstDay().map(d -> d.getYear() == year).orElse(false)).toList();
        if (inYear.size() != 1) {
            throw new ReviewNotFound("no review " + iso3 + "-" + year + " is stored, and " + (inYear.isEmpty()
                    ? "the session calendar has no dated UPR session in " + year
                    : year + " had UPR sessions " + String.join(", ", inYear.stream().map(u -> String.valueOf(u.number())).toList()))
                    + ": give the session with --session N");
        }
        return ref(reviews.find(iso3, inYear.get(0).number()).orElseGet(() -> create(iso3, inYear.get(0))));
    }

    /** A review this import created: it holds only what this import stored in it. */
    public boolean createdHere(long reviewId) {
        return created.contains(reviewId);
    }

    private Review create(String iso3, UprSession session) {
        Review review = reviews.save(new Review(0, iso3, session.number(), session.cycle(), Optional.empty(), List.of(),
                ReviewDocuments.none(), Optional.empty()));
        created.add(review.id());
        tally.created("created review " + review.key(reviews.calendar()) + " (" + states.require(iso3).name() + ", session "
                + session.number() + ", cycle " + session.cycle() + ")");
        return review;
    }

    public ReviewRef ref(Review review) {
        return new ReviewRef(review.id(), review.stateIso3(), review.session(), review.cycle(), reviews.year(review));
    }
}
