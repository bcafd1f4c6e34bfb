package org.troika.recommendation.domain;

import java.util.Locale;
import java.util.Optional;

/** How the State under review answered a recommendation. */
public enum Response {
    SUPPORTED, NOTED, PENDING;

    /** Reads the words UN documents and UPR databases use: "Supported", "Accepted", "Noted", "Rejected", "Pending". */
    public static Optional<Response> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "supported", "support", "accepted", "accept", "enjoy the support", "yes" -> Optional.of(SUPPORTED);
            case "noted", "note", "rejected", "not supported", "not accepted", "do not enjoy the support" -> Optional.of(NOTED);
            case "pending", "will be examined", "under consideration", "" -> Optional.of(PENDING);
            default -> Optional.empty();
        };
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
