package org.troika.web;

import java.util.ArrayList;
import java.util.List;
import org.troika.review.domain.ReviewDocuments;

/** A UN document by its symbol, linked through the UN's symbol resolver. */
public record DocumentLink(String label, String symbol) {

    public String url() {
        return "https://undocs.org/" + symbol;
    }

    /** The documents of a review that are known, in the order they appear in the UPR process. */
    public static List<DocumentLink> of(ReviewDocuments d) {
        List<DocumentLink> links = new ArrayList<>();
        d.nationalReport().ifPresent(s -> links.add(new DocumentLink("National report", s)));
        d.compilation().ifPresent(s -> links.add(new DocumentLink("UN compilation", s)));
        d.stakeholdersSummary().ifPresent(s -> links.add(new DocumentLink("Stakeholders’ summary", s)));
        d.workingGroupReport().ifPresent(s -> links.add(new DocumentLink("Working Group report", s)));
        d.addendum().ifPresent(s -> links.add(new DocumentLink("Addendum (responses)", s)));
        return links;
    }
}
