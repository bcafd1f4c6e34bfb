package org.troika.document.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who speaks in a source document; decides how much weight its claims carry against the government's. */
public enum DocumentType {
    UPR_REPORT("UPR document"),
    TREATY_BODY("Treaty body concluding observations"),
    SPECIAL_PROCEDURE("Special procedure"),
    HIGH_COMMISSIONER("High Commissioner / OHCHR"),
    PARLIAMENT("Parliament"),
    GOVERNMENT("Government"),
    NHRI("National human rights institution"),
    NGO("Non-governmental organisation"),
    MEDIA("Media");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the voices that check government claims: everything but the government itself. */
    public boolean independent() {
        return this != GOVERNMENT;
    }

    /** The type as the web form, the API and bundles write it: "treaty-body" for TREATY_BODY ({@link #parse} reads it). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every type's key, in order, for the lists the front ends show: "upr-report, treaty-body, ...". */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(DocumentType::key).toList());
    }

    public static Optional<DocumentType> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String k = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(k)).findFirst();
    }
}
