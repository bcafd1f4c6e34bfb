package org.troika.search.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What kind of document a recommendation is printed in, read off its UN document symbol. */
public enum SourceType {
    WG_REPORT("wg-report", "Working Group report"),
    ADDENDUM("addendum", "Addendum to a report"),
    OTHER("other", "Other document"),
    NONE("none", "No source document");

    // A/HRC/28/10: the Human Rights Council's numbering of Working Group reports; A/HRC/WG.6/... are other UPR papers.
    private static final Pattern REPORT = Pattern.compile("A/HRC/\\d+/\\d+");
    private static final Pattern ADDENDUM_SYMBOL = Pattern.compile(".*/Add\\.\\d+.*", Pattern.CASE_INSENSITIVE);

    private final String key;
    private final String label;

    SourceType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public static SourceType of(Optional<String> symbol) {
        if (symbol.isEmpty() || symbol.get().isBlank()) {
            return NONE;
        }
        String s = symbol.get().trim();
        if (ADDENDUM_SYMBOL.matcher(s).matches()) {
            return ADDENDUM;
        }
        return REPORT.matcher(s).matches() ? WG_REPORT : OTHER;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<SourceType> byKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(k) || t.name().equalsIgnoreCase(k)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(SourceType::key).toList());
    }
}
