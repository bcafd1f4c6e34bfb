package org.troika.review.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key people type for a review, ISO3-YEAR such as KAZ-2019: a State code and the year of its review.
 *
 * @param stateCode the three letters as typed, not yet checked against the States
 */
public record ReviewKey(String stateCode, int year) {

    private static final Pattern FORM = Pattern.compile("([A-Za-z]{3})-(\\d{4})");

    /** @throws IllegalArgumentException naming the key, when it is not of the form ISO3-YEAR */
    public static ReviewKey parse(String key) {
        Matcher m = FORM.matcher(key.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + key + "' is not of the form ISO3-YEAR, e.g. KAZ-2019");
        }
        return new ReviewKey(m.group(1), Integer.parseInt(m.group(2)));
    }
}
