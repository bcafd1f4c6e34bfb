package org.troika.ingest.domain;

import org.troika.recommendation.domain.FieldChange;

/** One field of a stored recommendation that an import changed in place: what it was and what it became. */
public record Correction(String review, String paragraph, String field, String before, String after) {

    public static Correction of(String review, String paragraph, FieldChange change) {
        return new Correction(review, paragraph, change.field(), change.before(), change.after());
    }

    @Override
    public String toString() {
        return review + " " + paragraph + " " + field + ": " + quoted(before) + " -> " + quoted(after);
    }

    private static String quoted(String s) {
        String shown = s.length() > 120 ? s.substring(0, 117) + "..." : s;
        return "\"" + shown.replace("\n", " ") + "\"";
    }
}
