package org.troika.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a Working Group report says about its own review: its symbol (A/HRC/14/10), the State under
 * review, the session, the date of the review meeting, the troika and the documents of the review.
 */
public record ReportFacts(Optional<String> symbol, Optional<String> stateIso3, Optional<Integer> session,
                          Optional<LocalDate> reviewDate, List<String> troika, Optional<String> nationalReport,
                          Optional<String> compilation, Optional<String> stakeholdersSummary) {

    public ReportFacts {
        troika = List.copyOf(troika);
    }

    public static ReportFacts unknown() {
        return new ReportFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
