package org.troika.recommendation.domain;

/** What an importer needs to know of a stored recommendation to tell a repeat from a correction, without loading it. */
public record Fingerprint(long id, long reviewId, String paragraph, String contentHash) {

    /** The fingerprint of a stored recommendation at hand: its content hashed. */
    public static Fingerprint of(Recommendation stored) {
        return new Fingerprint(stored.id(), stored.review().id(), stored.paragraph(), stored.contentHash());
    }
}
