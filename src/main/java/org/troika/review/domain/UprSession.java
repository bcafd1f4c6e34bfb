package org.troika.review.domain;

import java.time.LocalDate;
import java.util.Optional;

/** A session of the UPR Working Group; several States are reviewed in each. */
public record UprSession(int number, int cycle, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay, String dateSource) {

    public UprSession {
        if (number < 1) {
            throw new IllegalArgumentException("UPR session number must be positive: " + number);
        }
        if (cycle < 1) {
            throw new IllegalArgumentException("UPR cycle must be positive: " + cycle);
        }
    }
}
