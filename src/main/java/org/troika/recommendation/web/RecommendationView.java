package org.troika.recommendation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.StateRegistry;
import org.troika.web.DocumentLink;
import org.troika.web.RequestParameters;
import org.troika.web.StateRef;

/** A recommendation as the pages show it: State names rather than codes, document links, named labels. */
public record RecommendationView(Recommendation recommendation, StateRef stateUnderReview, List<StateRef> recommendingStates) {

    private static final Map<Integer, String> ACTION_CATEGORIES = Map.of(1, "minimal action", 2, "continuing action",
            3, "considering action", 4, "general action", 5, "specific action");
    private static final Map<Taxonomy, String> TAXONOMIES = Map.of(Taxonomy.UPR_INFO_ISSUE, "Issues (UPR Info)",
            Taxonomy.UHRI_THEME, "Themes (Universal Human Rights Index)", Taxonomy.AFFECTED_GROUP, "Groups of persons affected",
            Taxonomy.SDG_TARGET, "SDG targets");

    static RecommendationView of(Recommendation r, StateRegistry states) {
        return new RecommendationView(r, StateRef.of(states, r.review().stateIso3()),
                r.recommendingStates().stream().map(c -> StateRef.of(states, c)).toList());
    }

    public String response() {
        return RequestParameters.lower(recommendation.response());
    }

    public Optional<DocumentLink> responseSource() {
        return recommendation.responseSource().map(s -> new DocumentLink("Response", s));
    }

    public Optional<DocumentLink> printedIn() {
        return recommendation.sourceSymbol().map(s -> new DocumentLink("Report", s));
    }

    /** "5 – specific action", after the UPR Info scale. */
    public Optional<String> actionCategory() {
        return recommendation.actionCategory().map(c -> c + " – " + ACTION_CATEGORIES.get(c));
    }

    /** Label values by taxonomy name, in the taxonomies' own order; taxonomies without labels left out. */
    public Map<String, List<String>> labels() {
        Map<String, List<String>> byTaxonomy = new LinkedHashMap<>();
        for (Taxonomy t : Taxonomy.values()) {
            List<String> values = recommendation.labelValues(t);
            if (!values.isEmpty()) {
                byTaxonomy.put(TAXONOMIES.getOrDefault(t, t.name()), values);
            }
        }
        return byTaxonomy;
    }

    public String recommendingStateNames() {
        return String.join(", ", recommendingStates.stream().map(StateRef::name).toList());
    }
}
