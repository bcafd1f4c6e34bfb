package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.troika.ingest.domain.Correction;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;

/** What a corrected file changes in a stored recommendation, field by field, old value beside new. */
final class Corrections {

    private Corrections() {
    }

    static List<Correction> between(Recommendation before, Recommendation after) {
        String review = after.review().key();
        String p = after.paragraph();
        List<Correction> changes = new ArrayList<>();
        add(changes, review, p, "text", before.text(), after.text());
        add(changes, review, p, "recommending States", String.join(", ", before.recommendingStates()), String.join(", ", after.recommendingStates()));
        add(changes, review, p, "response", before.response().label(), after.response().label());
        add(changes, review, p, "response source", text(before.responseSource()), text(after.responseSource()));
        add(changes, review, p, "source symbol", text(before.sourceSymbol()), text(after.sourceSymbol()));
        add(changes, review, p, "action category", text(before.actionCategory()), text(after.actionCategory()));
        if (!new HashSet<>(before.labels()).equals(new HashSet<>(after.labels()))) {
            changes.add(new Correction(review, p, "labels", labels(before.labels()), labels(after.labels())));
        }
        return changes;
    }

    private static void add(List<Correction> changes, String review, String paragraph, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new Correction(review, paragraph, field, before, after));
        }
    }

    private static String text(Optional<?> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String labels(List<Label> labels) {
        return String.join("; ", labels.stream().map(l -> l.taxonomy().name().toLowerCase(java.util.Locale.ROOT) + ":" + l.value()).sorted().toList());
    }
}
