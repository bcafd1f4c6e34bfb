package org.troika.ingest.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a column can hold, as named in mapping files (lower case: "recommending_states"). */
public enum Field {
    /** ISO3 code or name of the State under review. */
    STATE_UNDER_REVIEW,
    CYCLE,
    SESSION,
    /** Year of the review, used with the State when there is no session column. */
    YEAR,
    /** The recommendation's number in the Working Group report, "115.1". */
    PARAGRAPH,
    /** A stable id of the row in its source (UPR Info "UPRINFO-09654"), used as the key when there is no paragraph. */
    ROW_ID,
    TEXT,
    /** All recommending States of the recommendation in one cell, codes or names, separated by ";" (or ","). */
    RECOMMENDING_STATES,
    /** One recommending State per row, as UPR Info exports a joint recommendation: adjacent rows with the same text are joined. */
    RECOMMENDING_STATE,
    RESPONSE,
    RESPONSE_SOURCE,
    SOURCE_SYMBOL,
    ACTION_CATEGORY,
    ISSUES,
    THEMES,
    AFFECTED_GROUPS,
    SDG_TARGETS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Field> parse(String key) {
        String k = key.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(k)).findFirst();
    }
}
