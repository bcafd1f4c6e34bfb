package org.troika.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A UN member or observer State.
 *
 * @param variants other names under which UN documents and UPR databases refer to the State
 *                 (formal names, former names, inverted forms such as "Bolivarian Republic of Venezuela")
 */
public record State(String iso3, String iso2, String m49, String name, String formalName,
                    Optional<RegionalGroup> regionalGroup, boolean unMember, List<String> variants) {

    public State {
        Objects.requireNonNull(name, "name");
        if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("ISO 3166 alpha-3 code must be three capital letters: " + iso3);
        }
        if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("ISO 3166 alpha-2 code must be two capital letters: " + iso2);
        }
        variants = List.copyOf(variants);
    }

    public String regionalGroupLabel() {
        return regionalGroup.map(RegionalGroup::label).orElse("none (observer)");
    }
}
