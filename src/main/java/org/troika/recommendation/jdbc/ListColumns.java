package org.troika.recommendation.jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Taxonomy;

/**
 * How a recommendation's recommending States and labels are written in its own row (migration V4): States as
 * ISO3 codes joined by commas in the document's order, labels as {@code TAXONOMY:value} sorted and joined by the
 * unit separator, a character a label cannot hold (Label).
 */
final class ListColumns {

    static final char LABEL_SEPARATOR = '\u001F';
    private static final Comparator<Label> ORDER = Comparator.comparing((Label l) -> l.taxonomy().name()).thenComparing(Label::value);

    private ListColumns() {
    }

    static String states(List<String> iso3) {
        return String.join(",", iso3);
    }

    static List<String> states(String column) {
        return column == null || column.isEmpty() ? List.of() : List.of(column.split(","));
    }

    /** Each label once, in a fixed order, as the tables they replace gave them back. */
    static String labels(List<Label> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        if (labels.size() == 1) {
            // Most rows of a bulk import have one label or none: no set, no sort.
            return labels.get(0).taxonomy().name() + ':' + labels.get(0).value();
        }
        List<Label> sorted = new ArrayList<>(new LinkedHashSet<>(labels));
        sorted.sort(ORDER);
        StringBuilder column = new StringBuilder();
        for (Label l : sorted) {
            if (!column.isEmpty()) {
                column.append(LABEL_SEPARATOR);
            }
            column.append(l.taxonomy().name()).append(':').append(l.value());
        }
        return column.toString();
    }

    static List<Label> labels(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<Label> labels = new ArrayList<>();
        int from = 0;
        while (from <= column.length()) {
            int end = column.indexOf(LABEL_SEPARATOR, from);
            String one = column.substring(from, end < 0 ? column.length() : end);
            int colon = one.indexOf(':');
            labels.add(new Label(Taxonomy.valueOf(one.substring(0, colon)), one.substring(colon + 1)));
            if (end < 0) {
                break;
            }
            from = end + 1;
        }
        return labels;
    }
}
