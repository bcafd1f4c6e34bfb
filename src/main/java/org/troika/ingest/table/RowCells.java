package org.troika.ingest.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.troika.ingest.domain.Rejection;

/**
 * The cells of a row by {@link Field}: the first non-blank of the field's columns, checked for binary data, as
 * text, a whole number or a list. A bad cell is thrown as a {@link BadCell} naming its place.
 */
final class RowCells {

    /** A cell that rejects its row; cheap to throw, as many rows of a damaged file may. */
    static final class BadCell extends RuntimeException {
        final Rejection rejection;

        BadCell(Rejection rejection) {
            super(null, null, false, false);
            this.rejection = rejection;
        }
    }

    private final Map<Field, List<String>> columns;
    private final UnaryOperator<String> cellText;

    RowCells(Map<Field, List<String>> columns, UnaryOperator<String> cellText) {
        this.columns = Map.copyOf(columns);
        this.cellText = cellText;
    }

    boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** The field's text, "" when blank or absent. */
    String text(TableRow row, Field field) {
        List<String> candidates = columns.get(field);
        if (candidates == null) {
            return "";
        }
        for (String column : candidates) {
            String value = checked(row, column, cellText.apply(row.text(column)));
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    Optional<String> optional(TableRow row, Field field) {
        String value = text(row, field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Optional<Integer> number(TableRow row, Field field) {
        return optional(row, field).map(s -> {
            try {
                return Integer.valueOf(s.endsWith(".0") ? s.substring(0, s.length() - 2) : s);
            } catch (NumberFormatException e) {
                throw bad(row, field, "'" + shorten(s) + "' is not a whole number");
            }
        });
    }

    /** The field's values: a list cell (JSON) as it is, a text cell split at the separator; blanks left out. */
    List<String> list(TableRow row, Field field, String separator) {
        if (!has(field)) {
            return List.of();
        }
        String column = column(row, field);
        List<String> raw = row.isList(column) ? row.list(column) : List.of(cellText.apply(row.text(column)).split(separator));
        List<String> values = new ArrayList<>(raw.size());
        for (String v : raw) {
            String value = checked(row, column, v.strip());
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    BadCell bad(TableRow row, Field field, String reason) {
        String column = has(field) ? column(row, field) : field.key();
        return new BadCell(Rejection.at(row.cellWhere().apply(column), column, reason));
    }

    /** The column the field's value was taken from: the first non-blank one. */
    private String column(TableRow row, Field field) {
        List<String> candidates = columns.get(field);
        return candidates.stream().filter(c -> !row.text(c).isEmpty()).findFirst().orElse(candidates.get(0));
    }

    /** Control characters mean the file is not the text it claims to be. */
    private static String checked(TableRow row, String column, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
                throw new BadCell(Rejection.at(row.cellWhere().apply(column), column, "holds control characters or undecodable bytes (binary data?)"));
            }
        }
        return value;
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
