package org.troika.state;

import java.util.Arrays;
import java.util.Optional;

/** The five UN regional groups as used by the Human Rights Council; observers belong to none. */
public enum RegionalGroup {
    AFRICAN("African"),
    ASIA_PACIFIC("Asia-Pacific"),
    EASTERN_EUROPEAN("Eastern European"),
    LATIN_AMERICAN_AND_CARIBBEAN("Latin American and Caribbean"),
    WESTERN_EUROPEAN_AND_OTHERS("Western European and others");

    private final String label;

    RegionalGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RegionalGroup> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equalsIgnoreCase(label.trim()) || g.name().equalsIgnoreCase(label.trim())).findFirst();
    }
}
