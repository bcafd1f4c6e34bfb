package org.troika.review.domain;

import java.util.List;
import java.util.Optional;

/** Where reviews are kept. A review is identified by its State and Working Group session. */
public interface ReviewRepository {

    /** Inserts the review, or updates the stored one of the same State and session; returns it with its id. */
    Review save(Review review);

    Optional<Review> find(long id);

    Optional<Review> find(String stateIso3, int session);

    List<Review> forState(String stateIso3);

    /** The review whose Working Group report has this symbol (e.g. A/HRC/43/15), if one is stored. */
    Optional<Review> findByWorkingGroupReport(String symbol);

    List<Review> all();
}
