package org.troika.recommendation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.troika.shared.Page;
import org.troika.web.StateRef;

/**
 * The recommendation list page: the filter choices, the current filter and one page of results.
 *
 * @param statesUnderReview States with recorded reviews, to choose from
 * @param recommendingStates States that made recorded recommendations
 */
public record RecommendationListView(List<StateRef> statesUnderReview, List<StateRef> recommendingStates, List<Integer> cycles,
                                     RecommendationQuery query, Page<RecommendationView> results) {

    public Map<String, String> filter() {
        return query.parameters();
    }

    /** The list address of page {@code p} (from 0) under the current filter. */
    public String pageUrl(int p) {
        String filter = query.queryString();
        return "/recommendations?" + (filter.isEmpty() ? "" : filter + "&") + "page=" + p + "&size=" + results.size();
    }

    /** The export address for a format under the current filter. */
    public String exportUrl(String format) {
        String filter = query.queryString();
        return "/api/recommendations/export?format=" + format + (filter.isEmpty() ? "" : "&" + filter);
    }

    public long firstShown() {
        return results.items().isEmpty() ? 0 : (long) results.page() * results.size() + 1;
    }

    public long lastShown() {
        return (long) results.page() * results.size() + results.items().size();
    }

    /** Page numbers (from 0) to offer: first, last and a window around the current one; -1 marks a gap. */
    public List<Integer> pageLinks() {
        int pages = results.pages();
        int current = results.page();
        List<Integer> links = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            if (p == 0 || p == pages - 1 || Math.abs(p - current) <= 2) {
                links.add(p);
            } else if (links.get(links.size() - 1) != -1) {
                links.add(-1);
            }
        }
        return links;
    }
}
