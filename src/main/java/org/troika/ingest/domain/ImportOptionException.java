package org.troika.ingest.domain;

import java.util.regex.Pattern;

/**
 * An import option the importer cannot use (an unknown State, a malformed review key, a date that is none). The message
 * names options as the command line does ("--review KAZ-20: ..."); {@link #option()} names the one to fix, and
 * {@link #parameter()} and {@link #withoutDashes()} put both as the web names its parameters ("docType" for --doc-type).
 */
public final class ImportOptionException extends IllegalArgumentException {

    /** An option named in a message: at its start or after a space, comma or bracket, so values such as "KAZ-20" are left alone. */
    private static final Pattern OPTION = Pattern.compile("(?<![^\\s,(])--([a-z]+(?:-[a-z]+)*)");

    private final String option;

    public ImportOptionException(String option, String message, Throwable cause) {
        super(message, cause);
        if (!message.contains("--" + option)) {
            throw new IllegalArgumentException("The message of an option's error names the option: " + message);
        }
        this.option = option;
    }

    public ImportOptionException(String option, String message) {
        this(option, message, null);
    }

    /** The option's name as the command line has it, without dashes: "review", "doc-type". */
    public String option() {
        return option;
    }

    /** The option as a front end without dashes names it: "review", "docType". */
    public String parameter() {
        return camelCase(option);
    }

    /** The message as a front end without dashes puts it: "review KAZ-20: ...", "title, ...: give docType too". */
    public String withoutDashes() {
        return OPTION.matcher(getMessage()).replaceAll(named -> camelCase(named.group(1)));
    }

    private static String camelCase(String option) {
        StringBuilder name = new StringBuilder(option.length());
        for (int i = 0; i < option.length(); i++) {
            char c = option.charAt(i);
            if (c == '-' && i + 1 < option.length()) {
                name.append(Character.toUpperCase(option.charAt(++i)));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
