package org.troika.review.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One Universal Periodic Review of one State: held in a Working Group session, assisted by a troika
 * of three States, documented by a set of UN documents.
 *
 * @param id     database id, 0 for a review not yet stored
 * @param troika ISO3 codes of the three rapporteur States, in the order the report names them
 */
public record Review(long id, String stateIso3, int session, int cycle, Optional<LocalDate> date,
                     List<String> troika, ReviewDocuments documents, Optional<OfficialTotals> official) {

    public Review {
        troika = List.copyOf(troika);
        if (troika.size() > 3) {
            throw new IllegalArgumentException("A troika has three States, not " + troika.size());
        }
    }

    /** The year users know a review by: the year of the review meeting, else of its session. */
    public int year(SessionCalendar calendar) {
        return date.or(() -> calendar.session(session).flatMap(UprSession::firstDay))
                .map(LocalDate::getYear).orElse(0);
    }

    /** The key users type: ISO3-YEAR, e.g. KAZ-2019. */
    public String key(SessionCalendar calendar) {
        return stateIso3 + "-" + year(calendar);
    }

    public Review withDocuments(ReviewDocuments newDocuments) {
        return new Review(id, stateIso3, session, cycle, date, troika, newDocuments, official);
    }

    public Review withId(long newId) {
        return new Review(newId, stateIso3, session, cycle, date, troika, documents, official);
    }
}
