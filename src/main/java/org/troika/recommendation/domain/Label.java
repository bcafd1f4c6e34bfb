package org.troika.recommendation.domain;

import java.util.Objects;

/** One classification of a recommendation: a value from a taxonomy. */
public record Label(Taxonomy taxonomy, String value) {

    public Label {
        Objects.requireNonNull(taxonomy, "taxonomy");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A label needs a value");
        }
        value = value.trim();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new IllegalArgumentException("A label is text; this one holds a control character: '" + value + "'");
            }
        }
    }
}
