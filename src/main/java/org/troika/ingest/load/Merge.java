package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.troika.recommendation.domain.Label;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.Taxonomy;

/**
 * How a recommendation read from a file meets the one stored under the same paragraph. A file states what
 * it has columns for; what it has no column for (a thematic list has no source symbol, UPR Info no themes)
 * keeps its stored value instead of being erased.
 */
@FunctionalInterface
public interface Merge {

    Recommendation onto(Recommendation stored, Recommendation incoming);

    /** The file says everything: the incoming recommendation replaces the stored one. */
    Merge REPLACE = (stored, incoming) -> incoming;

    /**
     * A report says its paragraphs' text, States and the responses it states; the labels, action category and a
     * response it leaves open (given by an addendum or a database since) stay as stored.
     */
    Merge REPORT = (stored, incoming) -> {
        boolean open = incoming.response() == Response.PENDING;
        return new Recommendation(incoming.id(), incoming.review(), incoming.paragraph(), incoming.text(), incoming.recommendingStates(),
                open ? stored.response() : incoming.response(), open ? stored.responseSource() : incoming.responseSource(),
                incoming.sourceSymbol(), stored.actionCategory(), stored.labels());
    };

    /** Keeps the stored values of what the file does not give. */
    static Merge keeping(boolean responseSource, boolean sourceSymbol, boolean actionCategory, Set<Taxonomy> taxonomies) {
        return (stored, incoming) -> {
            List<Label> labels = new ArrayList<>(incoming.labels());
            stored.labels().stream().filter(l -> !taxonomies.contains(l.taxonomy())).forEach(labels::add);
            return new Recommendation(incoming.id(), incoming.review(), incoming.paragraph(), incoming.text(),
                    incoming.recommendingStates(), incoming.response(),
                    responseSource ? incoming.responseSource() : stored.responseSource(),
                    sourceSymbol ? incoming.sourceSymbol() : stored.sourceSymbol(),
                    actionCategory ? incoming.actionCategory() : stored.actionCategory(), labels);
        };
    }
}
