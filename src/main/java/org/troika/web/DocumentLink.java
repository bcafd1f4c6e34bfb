package org.troika.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.troika.review.domain.ReviewDocuments;

/**
 * A document by its UN symbol, linked through the UN's symbol resolver; a source that is no UN document ("UPR Info
 * export") has no link.
 */
public record DocumentLink(String label, String symbol) {

    /** "A/HRC/28/10/Add.1", "CCPR/C/KAZ/CO/2": a body's letters, then a slash, no spaces. */
    private static final Pattern UN_SYMBOL = Pattern.compile("[A-Z][A-Z0-9.]*/\\S+");

    /** The UN's resolver address for the symbol, or null where the source is no UN document. */
    public String url() {
        return UN_SYMBOL.matcher(symbol).matches() ? "https://undocs.org/" + symbol : null;
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
