package org.troika.state.web;

import java.util.List;
import org.troika.analytics.domain.ResponseSplit;
import org.troika.analytics.domain.StateTotals;
import org.troika.state.State;

/** What a country page shows: the State, its reviews with figures, and what independent sources say. */
public record ProfileView(State state, StateTotals totals, List<ReviewView> reviews, List<DocumentView> documents) {

    public int supportedRows() {
        return reviews.stream().mapToInt(r -> r.stats().recorded().supported()).sum();
    }

    public int notedRows() {
        return reviews.stream().mapToInt(r -> r.stats().recorded().noted()).sum();
    }

    public int pendingRows() {
        return reviews.stream().mapToInt(r -> r.stats().recorded().pending()).sum();
    }

    /** True when some review is known to be recorded only in part, so page totals must say so. */
    public boolean partlyRecorded() {
        return reviews.stream().anyMatch(r -> !r.stats().completeness().confirmedComplete() && r.stats().official().isPresent());
    }

    /** Data for the supported-vs-noted chart, one bar pair per review, each labelled with where its figures come from. */
    public ChartView chart() {
        List<String> labels = reviews.stream().map(r -> "Cycle " + r.stats().cycle() + " · " + r.stats().year()
                + (r.stats().responseSplit().basis() == ResponseSplit.Basis.OFFICIAL ? " (official)" : " (recorded)")).toList();
        return new ChartView(labels,
                reviews.stream().map(r -> r.stats().responseSplit().supported()).toList(),
                reviews.stream().map(r -> r.stats().responseSplit().noted()).toList());
    }

    public record ChartView(List<String> labels, List<Integer> supported, List<Integer> noted) {
    }
}
