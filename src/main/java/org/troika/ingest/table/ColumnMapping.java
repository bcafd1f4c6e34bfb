package org.troika.ingest.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a table holds which {@link Field}: for each field the column headers to try, first
 * non-blank cell wins (UPR Info gives both "recommending_iso3" and "recommending_state").
 *
 * @param name      what the shape is called in reports: "UPR Info export"
 * @param signature the columns a header must have to be taken for this shape
 */
public record ColumnMapping(String name, Map<Field, List<String>> columns, List<String> signature) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
        signature = List.copyOf(signature);
    }

    /** Does a table with this header have this shape? */
    public boolean fits(Collection<String> header) {
        return signature.stream().allMatch(column -> find(header, column).isPresent());
    }

    /** The columns of this mapping resolved against a header (case-insensitive); fields whose columns are all absent are left out. */
    public Map<Field, List<String>> resolve(Collection<String> header) {
        Map<Field, List<String>> resolved = new EnumMap<>(Field.class);
        columns.forEach((field, wanted) -> {
            List<String> present = new ArrayList<>();
            for (String w : wanted) {
                find(header, w).ifPresent(present::add);
            }
            if (!present.isEmpty()) {
                resolved.put(field, present);
            }
        });
        return resolved;
    }

    static Optional<String> find(Collection<String> header, String column) {
        String wanted = column.strip().toLowerCase(Locale.ROOT);
        return header.stream().filter(h -> h.strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
