package org.troika.search.domain;

import java.util.List;
import java.util.Optional;

/**
 * One page of hits with the total, the facet counts over all hits, a spelling suggestion when words of the query are
 * in no recommendation, and the cursor of the next page (empty on the last page).
 */
public record SearchResult(long total, List<SearchHit> hits, List<FacetResult> facets, Optional<String> suggestion,
                           Optional<String> nextCursor) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public Optional<FacetResult> facet(SearchField field) {
        return facets.stream().filter(f -> f.field() == field).findFirst();
    }
}
