package org.troika.search.domain;

import java.util.Arrays;
import java.util.Locale;

/** How hits are ordered. Ties are broken by recommendation id, so that paging through them is stable. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Most recent review first, then in report order. */
    DATE,
    /** Report order: session, State under review, paragraph number. */
    PARAGRAPH;

    public static SortOrder parse(String s) {
        if (s == null || s.isBlank()) {
            return RELEVANCE;
        }
        return Arrays.stream(values()).filter(o -> o.name().equalsIgnoreCase(s.trim())).findFirst()
                .orElseThrow(() -> new BadQueryException("sort", "Unknown sort '" + s + "': use relevance, date or paragraph"));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
