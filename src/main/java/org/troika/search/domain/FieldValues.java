package org.troika.search.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.troika.recommendation.domain.Response;
import org.troika.state.RegionalGroup;
import org.troika.state.State;
import org.troika.state.StateNames;
import org.troika.state.StateRegistry;

/**
 * Turns what a user types after a field name into the value the index holds, and back into words: {@code by:France}
 * and {@code by:FRA} both become "FRA", {@code group:WEOG} and {@code group:"Western European and others"} "WEOG",
 * {@code response:rejected} "noted". A value that names nothing is a {@link BadQueryException} naming the field.
 */
public final class FieldValues {

    private static final Map<RegionalGroup, String> GROUP_CODES = Map.of(RegionalGroup.AFRICAN, "AFRICAN",
            RegionalGroup.ASIA_PACIFIC, "APG", RegionalGroup.EASTERN_EUROPEAN, "EEG",
            RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN, "GRULAC", RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS, "WEOG");
    private static final Map<Integer, String> ACTION_CATEGORIES = Map.of(1, "minimal action", 2, "continuing action",
            3, "considering action", 4, "general action", 5, "specific action");
    private static final Pattern SDG = Pattern.compile("(?i)(?:sdg\\s*)?(\\d{1,2})(?:\\.(\\w{1,2}))?");

    private final StateRegistry states;

    public FieldValues(StateRegistry states) {
        this.states = states;
    }

    public String canonical(SearchField field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            throw new BadQueryException(field.key(), "Field '" + field.key() + "' needs a value");
        }
        return switch (field) {
            case STATE, BY -> states.resolve(value).map(State::iso3).orElseThrow(() -> bad(field, value,
                    "is no State: use an ISO 3166 code such as FRA or a name such as France"));
            case GROUP, BY_GROUP -> group(value).map(GROUP_CODES::get).orElseThrow(() -> bad(field, value,
                    "is no regional group: use AFRICAN, APG, EEG, GRULAC or WEOG"));
            case CYCLE -> number(field, value, 1, 9);
            case SESSION -> number(field, value, 1, 99);
            case YEAR -> number(field, value, 2000, 2100);
            case ACTION -> number(field, value, 1, 5);
            case RESPONSE -> Response.parse(value).filter(r -> !value.isBlank()).map(r -> r.name().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> bad(field, value, "is no response: use supported, noted or pending"));
            case SDG -> sdg(field, value);
            case SOURCE -> SourceType.byKey(value).map(SourceType::key).orElseThrow(() -> bad(field, value,
                    "is no source type: use " + SourceType.keys()));
            case THEME -> value;
        };
    }

    /** What a results page shows for a canonical value. */
    public String label(SearchField field, String value) {
        return switch (field) {
            case STATE, BY -> states.byCode(value).map(State::name).orElse(value);
            case GROUP, BY_GROUP -> GROUP_CODES.entrySet().stream().filter(e -> e.getValue().equals(value))
                    .map(e -> e.getKey().label()).findFirst().orElse(value);
            case CYCLE -> "Cycle " + value;
            case SESSION -> "Session " + value;
            case RESPONSE -> Response.valueOf(value.toUpperCase(Locale.ROOT)).label();
            case ACTION -> value + " – " + ACTION_CATEGORIES.getOrDefault(Integer.parseInt(value), "?");
            case SDG -> "SDG " + value;
            case SOURCE -> SourceType.byKey(value).map(SourceType::label).orElse(value);
            case YEAR, THEME -> value;
        };
    }

    public static String groupCode(RegionalGroup group) {
        return GROUP_CODES.get(group);
    }

    /** "16.3" for target 3 of goal 16, "16" for the goal; "SDG 16" is read as "16". */
    public static boolean isSdgTarget(String canonical) {
        return canonical.contains(".");
    }

    private static Optional<RegionalGroup> group(String value) {
        String v = value.trim();
        for (Map.Entry<RegionalGroup, String> e : GROUP_CODES.entrySet()) {
            if (e.getValue().equalsIgnoreCase(v)) {
                return Optional.of(e.getKey());
            }
        }
        String key = StateNames.key(v).replaceAll("\\s+group$", "").replace("states", "").trim();
        for (RegionalGroup g : RegionalGroup.values()) {
            if (StateNames.key(g.label()).equals(key) || g.name().equalsIgnoreCase(v)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    private static String number(SearchField field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return String.valueOf(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(field, value, "must be a whole number from " + min + " to " + max);
    }

    private static String sdg(SearchField field, String value) {
        var m = SDG.matcher(value);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 17) {
            throw bad(field, value, "is no SDG goal or target: use a goal 1 to 17 or a target such as 16.3");
        }
        return Integer.parseInt(m.group(1)) + (m.group(2) == null ? "" : "." + m.group(2).toLowerCase(Locale.ROOT));
    }

    private static BadQueryException bad(SearchField field, String value, String why) {
        return new BadQueryException(field.key(), "'" + value + "' in field '" + field.key() + "' " + why);
    }
}
