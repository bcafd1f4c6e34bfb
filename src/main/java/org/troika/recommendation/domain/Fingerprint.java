package org.troika.recommendation.domain;

/** What an importer needs to know of a stored recommendation to tell a repeat from a correction, without loading it. */
public record Fingerprint(long id, long reviewId, String paragraph, String contentHash) {
}
