package org.troika.search.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a query can name ({@code by:FRA}) and the facets results are counted by. Each is both: what a query
 * field selects, a facet filter selects too.
 */
public enum SearchField {
    STATE("state", "State under review", false),
    BY("by", "Recommending State", true),
    GROUP("group", "Regional group of the State under review", false),
    BY_GROUP("bygroup", "Regional group of the recommending State", true),
    CYCLE("cycle", "UPR cycle", false),
    SESSION("session", "UPR session", false),
    YEAR("year", "Year of the review", false),
    RESPONSE("response", "Response", false),
    THEME("theme", "Theme (UPR Info issue or UHRI theme)", true),
    SDG("sdg", "Sustainable Development Goal", true),
    ACTION("action", "Action category (UPR Info)", false),
    SOURCE("source", "Source type", false);

    private final String key;
    private final String label;
    private final boolean multiValued;

    SearchField(String key, String label, boolean multiValued) {
        this.key = key;
        this.label = label;
        this.multiValued = multiValued;
    }

    /** The name used in queries, request parameters and facet results, e.g. "bygroup". */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether one recommendation can have several values (a joint recommendation has several recommending States). */
    public boolean multiValued() {
        return multiValued;
    }

    public static Optional<SearchField> byKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(SearchField::key).toList());
    }
}
