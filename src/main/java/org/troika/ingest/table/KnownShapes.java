package org.troika.ingest.table;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The column shapes Troika reads without a mapping file: the UPR Info database export (one row per
 * recommending State, ../shared/data/upr_recommendations.csv), OHCHR's thematic lists of recommendations as
 * tabulated from the Universal Human Rights Index (../shared/data/slovenia_upr_thematic_lists.csv), and
 * Troika's own CSV/XLSX and JSON exports (see RecommendationExporter), so that an export imports back unchanged.
 */
public final class KnownShapes {

    public static final ColumnMapping UPR_INFO = new ColumnMapping("UPR Info export", Map.of(
            Field.ROW_ID, List.of("id"),
            Field.CYCLE, List.of("cycle"),
            Field.SESSION, List.of("session"),
            Field.STATE_UNDER_REVIEW, List.of("sur_iso3", "state_under_review"),
            Field.TEXT, List.of("recommendation"),
            Field.RECOMMENDING_STATE, List.of("recommending_iso3", "recommending_state"),
            Field.RESPONSE, List.of("response"),
            Field.ACTION_CATEGORY, List.of("action_category"),
            Field.ISSUES, List.of("issues")),
            List.of("id", "session", "recommendation", "recommending_state", "response"));

    public static final ColumnMapping UHRI_THEMATIC_LIST = new ColumnMapping("UHRI thematic list", Map.of(
            Field.CYCLE, List.of("cycle"),
            Field.SESSION, List.of("session"),
            Field.PARAGRAPH, List.of("paragraph"),
            Field.TEXT, List.of("recommendation"),
            Field.RECOMMENDING_STATES, List.of("recommending_states_parsed"),
            Field.RESPONSE, List.of("position"),
            Field.RESPONSE_SOURCE, List.of("position_source"),
            Field.THEMES, List.of("themes"),
            Field.AFFECTED_GROUPS, List.of("groups_of_persons"),
            Field.SDG_TARGETS, List.of("sdgs")),
            List.of("paragraph", "recommendation", "recommending_states_parsed", "position"));

    public static final ColumnMapping TROIKA_EXPORT = new ColumnMapping("Troika export", Map.ofEntries(
            Map.entry(Field.STATE_UNDER_REVIEW, List.of("state_under_review")),
            Map.entry(Field.CYCLE, List.of("cycle")),
            Map.entry(Field.SESSION, List.of("session")),
            Map.entry(Field.YEAR, List.of("year")),
            Map.entry(Field.PARAGRAPH, List.of("paragraph")),
            Map.entry(Field.TEXT, List.of("text")),
            Map.entry(Field.RECOMMENDING_STATES, List.of("recommending_states")),
            Map.entry(Field.RESPONSE, List.of("response")),
            Map.entry(Field.RESPONSE_SOURCE, List.of("response_source")),
            Map.entry(Field.SOURCE_SYMBOL, List.of("source_symbol")),
            Map.entry(Field.ACTION_CATEGORY, List.of("action_category")),
            Map.entry(Field.ISSUES, List.of("issues")),
            Map.entry(Field.THEMES, List.of("themes")),
            Map.entry(Field.AFFECTED_GROUPS, List.of("affected_groups")),
            Map.entry(Field.SDG_TARGETS, List.of("sdg_targets"))),
            List.of("state_under_review", "session", "paragraph", "text", "recommending_states", "response"));

    public static final ColumnMapping TROIKA_JSON_EXPORT = new ColumnMapping("Troika export", Map.ofEntries(
            Map.entry(Field.STATE_UNDER_REVIEW, List.of("stateUnderReview")),
            Map.entry(Field.CYCLE, List.of("cycle")),
            Map.entry(Field.SESSION, List.of("session")),
            Map.entry(Field.YEAR, List.of("year")),
            Map.entry(Field.PARAGRAPH, List.of("paragraph")),
            Map.entry(Field.TEXT, List.of("text")),
            Map.entry(Field.RECOMMENDING_STATES, List.of("states")),
            Map.entry(Field.RESPONSE, List.of("response")),
            Map.entry(Field.RESPONSE_SOURCE, List.of("responseSource")),
            Map.entry(Field.SOURCE_SYMBOL, List.of("sourceSymbol")),
            Map.entry(Field.ACTION_CATEGORY, List.of("actionCategory")),
            Map.entry(Field.ISSUES, List.of("issues")),
            Map.entry(Field.THEMES, List.of("themes")),
            Map.entry(Field.AFFECTED_GROUPS, List.of("affectedGroups")),
            Map.entry(Field.SDG_TARGETS, List.of("sdgTargets"))),
            List.of("stateUnderReview", "session", "paragraph", "text", "states", "response"));

    private static final List<ColumnMapping> ALL = List.of(TROIKA_EXPORT, TROIKA_JSON_EXPORT, UPR_INFO, UHRI_THEMATIC_LIST);

    private KnownShapes() {
    }

    public static Optional<ColumnMapping> of(Collection<String> header) {
        return ALL.stream().filter(m -> m.fits(header)).findFirst();
    }

    public static String names() {
        return "UPR Info export, UHRI thematic list, Troika export";
    }
}
