package org.troika.ingest.domain;

/**
 * An import option the importer cannot use (an unknown State, a malformed review key). The message reads as the
 * command line gives the option ("--review KAZ-20: ..."); {@link #option()} names it for the other front ends.
 */
public final class ImportOptionException extends IllegalArgumentException {

    private final String option;

    public ImportOptionException(String option, String message, Throwable cause) {
        super(message, cause);
        if (!message.startsWith("--" + option)) {
            throw new IllegalArgumentException("The message of an option's error starts with the option: " + message);
        }
        this.option = option;
    }

    public ImportOptionException(String option, String message) {
        this(option, message, null);
    }

    /** The option's name without dashes: "review", "state". */
    public String option() {
        return option;
    }

    /** The message as a front end without dashes puts it ("review KAZ-20: ..."). */
    public String withoutDashes() {
        return getMessage().substring(2);
    }
}
