package org.troika.cli;

/** A problem with what the user asked for (bad option, missing file): reported as one line, exit code 2. */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }
}
