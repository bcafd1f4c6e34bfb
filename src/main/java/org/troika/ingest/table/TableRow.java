package org.troika.ingest.table;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One row of a table file, by column header. A cell is a String, or a list of Strings where the format has
 * lists (JSON arrays).
 *
 * @param where     the row's place, for messages: "kazakhstan_upr.csv:12", "export.xlsx Recommendations!7"
 * @param cellWhere a cell's place from its column header: "kazakhstan_upr.csv:12, column text",
 *                  "export.xlsx Recommendations!G7, column text"
 */
public record TableRow(String where, Map<String, Object> cells, UnaryOperator<String> cellWhere) {

    public TableRow {
        // The readers build a fresh map per row and keep no reference to it; copying would cost more than the row.
        cells = java.util.Collections.unmodifiableMap(cells);
    }

    /** The cell as text (a list joined with "; "), stripped; empty when blank or absent. */
    public String text(String column) {
        Object v = cells.get(column);
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList()).strip();
        }
        return v.toString().strip();
    }

    public boolean isList(String column) {
        return cells.get(column) instanceof List<?>;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String column) {
        return cells.get(column) instanceof List<?> list ? (List<String>) list : List.of();
    }

    public boolean blank() {
        return cells.values().stream().allMatch(v -> v instanceof List<?> l ? l.isEmpty() : v.toString().isBlank());
    }
}
