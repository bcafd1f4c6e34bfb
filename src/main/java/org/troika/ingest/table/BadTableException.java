package org.troika.ingest.table;

/** A table file that cannot be read on: the message names the file and where in it. */
public class BadTableException extends IllegalArgumentException {

    public BadTableException(String message) {
        super(message);
    }

    public BadTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
