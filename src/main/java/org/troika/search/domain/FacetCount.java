package org.troika.search.domain;

/** One value of a facet: its canonical value (for filters), what to show, how many hits have it, whether it is chosen. */
public record FacetCount(String value, String label, long count, boolean selected) {
}
