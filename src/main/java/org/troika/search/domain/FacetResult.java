package org.troika.search.domain;

import java.util.List;

/**
 * The counts of one facet. A facet with chosen values is counted "sideways": as if its own choice were not made,
 * so that the other values stay visible with the number of hits each would add.
 */
public record FacetResult(SearchField field, List<FacetCount> values) {

    public FacetResult {
        values = List.copyOf(values);
    }
}
