package org.troika.recommendation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A recommendation made to the State under review, as printed in a report: its paragraph number
 * ("141.12"), full text, the recommending States and the State's response.
 *
 * @param id                 database id, 0 when not yet stored
 * @param recommendingStates ISO3 codes, in the order the document names them; empty for a
 *                           recommendation from a body rather than a State
 * @param responseSource     symbol of the document the response comes from, e.g. "A/HRC/28/10/Add.1"
 * @param sourceSymbol       symbol of the document the recommendation is printed in
 * @param actionCategory     UPR Info action category, 1 (minimal) to 5 (specific action)
 */
public record Recommendation(long id, ReviewRef review, String paragraph, String text, List<String> recommendingStates,
                             Response response, Optional<String> responseSource, Optional<String> sourceSymbol,
                             Optional<Integer> actionCategory, List<Label> labels) {

    public static final int MAX_TEXT = 20_000;

    public Recommendation {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(response, "response");
        if (paragraph == null || paragraph.isBlank() || paragraph.length() > 20) {
            throw new IllegalArgumentException("Paragraph number must be 1 to 20 characters: '" + paragraph + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Recommendation " + paragraph + " has no text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Recommendation " + paragraph + " text is " + text.length()
                    + " characters, more than the " + MAX_TEXT + " allowed");
        }
        if (actionCategory.isPresent() && (actionCategory.get() < 1 || actionCategory.get() > 5)) {
            throw new IllegalArgumentException("Action category must be 1 to 5: " + actionCategory.get());
        }
        recommendingStates = List.copyOf(recommendingStates);
        labels = List.copyOf(labels);
    }

    /** A fingerprint of everything a document says about this recommendation, to tell a correction from a repeat. */
    public String contentHash() {
        // Computed for every recommendation an import reads: built without streams, hashed with this thread's digest.
        StringBuilder canonical = new StringBuilder(text.length() + 160);
        canonical.append(paragraph).append(FIELD).append(text).append(FIELD);
        for (int i = 0; i < recommendingStates.size(); i++) {
            canonical.append(i == 0 ? "" : ",").append(recommendingStates.get(i));
        }
        canonical.append(FIELD).append(response.name()).append(FIELD).append(responseSource.orElse("")).append(FIELD)
                .append(sourceSymbol.orElse("")).append(FIELD);
        actionCategory.ifPresent(canonical::append);
        canonical.append(FIELD);
        if (!labels.isEmpty()) {
            String[] sorted = new String[labels.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = labels.get(i).taxonomy() + ":" + labels.get(i).value();
            }
            java.util.Arrays.sort(sorted);
            for (String l : sorted) {
                canonical.append('|').append(l);
            }
        }
        return HEX.formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of these bytes, with this thread's digest. */
    public static byte[] sha256(byte[] bytes) {
        return SHA_256.get().digest(bytes);
    }

    private static final char FIELD = '\u0001';
    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread (digest() leaves it reset): looking the algorithm up for every row of a bulk import costs. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    /**
     * Changes whenever anything stored about this recommendation changes, its review's State, session and year
     * included; {@code RecommendationRepository.forEachVersion} reads the same from the database.
     */
    public String version() {
        return contentHash() + "|" + review.stateIso3() + "|" + review.session() + "|" + review.year();
    }

    /**
     * What storing {@code corrected} in place of this recommendation changes, field by field, in the words of an
     * import report: {@code response: "Noted" -> "Supported"}. Labels are compared as a set, as the content hash does.
     */
    public List<FieldChange> changesTo(Recommendation corrected) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "text", text, corrected.text);
        change(changes, "recommending States", String.join(", ", recommendingStates), String.join(", ", corrected.recommendingStates));
        change(changes, "response", response.label(), corrected.response.label());
        change(changes, "response source", responseSource.orElse(""), corrected.responseSource.orElse(""));
        change(changes, "source symbol", sourceSymbol.orElse(""), corrected.sourceSymbol.orElse(""));
        change(changes, "action category", actionCategory.map(String::valueOf).orElse(""),
                corrected.actionCategory.map(String::valueOf).orElse(""));
        if (!new HashSet<>(labels).equals(new HashSet<>(corrected.labels))) {
            changes.add(new FieldChange("labels", labelList(labels), labelList(corrected.labels)));
        }
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String labelList(List<Label> labels) {
        return String.join("; ", labels.stream().map(l -> l.taxonomy().name().toLowerCase(Locale.ROOT) + ":" + l.value()).sorted().toList());
    }

    public List<String> labelValues(Taxonomy taxonomy) {
        return labels.stream().filter(l -> l.taxonomy() == taxonomy).map(Label::value).toList();
    }

    public Recommendation withId(long newId) {
        return new Recommendation(newId, review, paragraph, text, recommendingStates, response, responseSource,
                sourceSymbol, actionCategory, labels);
    }
}
