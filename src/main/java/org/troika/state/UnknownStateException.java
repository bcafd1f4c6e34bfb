package org.troika.state;

/** A code or name that matches no State in the reference data. */
public class UnknownStateException extends IllegalArgumentException {

    private final String given;

    public UnknownStateException(String given) {
        super("Unknown state '" + given + "': expected an ISO 3166 alpha-3 code such as KAZ, or a UN State name");
        this.given = given;
    }

    public String given() {
        return given;
    }
}
