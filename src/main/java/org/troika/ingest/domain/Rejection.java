package org.troika.ingest.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A row of a table or a paragraph of a report that was not imported, and why.
 *
 * @param location where it is, down to the cell where one is at fault: "kazakhstan_upr.csv:12, column text",
 *                 "export.xlsx Recommendations!G7, column text", "export.json:3:5 (record 1), field \"text\"", "report.pdf:341"
 * @param field    the column or field at fault, when one is
 */
public record Rejection(String location, Optional<String> field, String reason) {

    public Rejection {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public static Rejection at(String location, String reason) {
        return new Rejection(location, Optional.empty(), reason);
    }

    public static Rejection at(String location, String field, String reason) {
        return new Rejection(location, Optional.ofNullable(field), reason);
    }

    /** One line: "kazakhstan_upr.csv:12, column recommending_state: unknown recommending State 'Freedonia'". */
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
