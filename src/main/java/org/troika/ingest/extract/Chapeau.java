package org.troika.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the paragraph above a list of recommendations says of the State's response, in the words Working
 * Group reports use: "... enjoy the support of X" (supported), "... will be examined by X, which will provide
 * responses in due time" (pending), "... did not enjoy the support of X and would thus be noted" (noted).
 */
enum Chapeau {
    SUPPORTED, NOTED, PENDING, NO_RESPONSE;

    private static final Pattern PENDING_WORDS = Pattern.compile(
            "will be examined|will examine|will provide (?:its )?responses?|responses? in due (?:time|course)|will be considered by|under consideration");
    private static final Pattern NOTED_WORDS = Pattern.compile(
            "(?:did|do|does|will) not (?:enjoy|receive|have) the support|not (?:been )?supported|(?:thus|therefore|would|will|have|has|were|was|be|been) (?:thus )?(?:be )?noted|noted by|took note|takes note|rejected|not accepted");
    private static final Pattern SUPPORTED_WORDS = Pattern.compile(
            "enjoys? the support|(?:are|is|were|was|been|being) supported|(?:are|were|been|have been) accepted|accepts|supports");
    private static final Pattern LIST_WORDS = Pattern.compile("listed below|the following recommendations|recommendations below|below(?: have| enjoy| will| did)");

    static Chapeau of(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!s.contains("recommendation")) {
            return NO_RESPONSE;
        }
        if (PENDING_WORDS.matcher(s).find()) {
            return PENDING;
        }
        if (NOTED_WORDS.matcher(s).find()) {
            return NOTED;
        }
        if (SUPPORTED_WORDS.matcher(s).find()) {
            return SUPPORTED;
        }
        return NO_RESPONSE;
    }

    /** Whether the paragraph announces a list of recommendations that follows it. */
    static boolean introducesList(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (!s.contains("recommendation")) {
            return false;
        }
        return s.endsWith(":") || LIST_WORDS.matcher(s.replaceAll("\\s+", " ")).find();
    }
}
