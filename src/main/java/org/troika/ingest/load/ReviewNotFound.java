package org.troika.ingest.load;

/** The review a row or report belongs to cannot be told or made; the message says what is missing. */
final class ReviewNotFound extends IllegalArgumentException {

    ReviewNotFound(String message) {
        super(message);
    }
}
