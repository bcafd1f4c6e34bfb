package org.troika.review.domain;

import java.util.Optional;

/** UN document symbols of one review, e.g. national report A/HRC/WG.6/7/KAZ/1, WG report A/HRC/14/10. */
public record ReviewDocuments(Optional<String> nationalReport, Optional<String> compilation,
                              Optional<String> stakeholdersSummary, Optional<String> workingGroupReport,
                              Optional<String> addendum) {

    public static ReviewDocuments none() {
        return new ReviewDocuments(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The three pre-session documents follow a fixed pattern: A/HRC/WG.6/{session}/{ISO3}/1, /2 and /3. */
    public static ReviewDocuments standard(int session, String iso3, String workingGroupReport) {
        String base = "A/HRC/WG.6/" + session + "/" + iso3 + "/";
        Optional<String> report = Optional.ofNullable(workingGroupReport);
        return new ReviewDocuments(Optional.of(base + "1"), Optional.of(base + "2"), Optional.of(base + "3"),
                report, report.map(r -> r + "/Add.1"));
    }

    /** These symbols, with {@code other}'s filling in those not known: what is known stays. */
    public ReviewDocuments completedBy(ReviewDocuments other) {
        return new ReviewDocuments(nationalReport.or(other::nationalReport), compilation.or(other::compilation),
                stakeholdersSummary.or(other::stakeholdersSummary), workingGroupReport.or(other::workingGroupReport),
                addendum.or(other::addendum));
    }
}
