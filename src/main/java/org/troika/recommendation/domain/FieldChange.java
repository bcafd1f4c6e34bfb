package org.troika.recommendation.domain;

/**
 * One field of a stored recommendation that a correction changes, named as people say it ("recommending States"),
 * with the old and the new value as text.
 */
public record FieldChange(String field, String before, String after) {
}
