package org.troika.search.domain;

/** A search that cannot be run as asked, naming the part at fault (query, a facet field, sort, size, cursor). */
public class BadQueryException extends RuntimeException {

    private final String parameter;

    public BadQueryException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The request parameter at fault: "q", a field key such as "by", "sort", "size" or "cursor". */
    public String parameter() {
        return parameter;
    }
}
