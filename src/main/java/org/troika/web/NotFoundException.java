package org.troika.web;

/** What the path names does not exist: a State code, a review or recommendation id. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
