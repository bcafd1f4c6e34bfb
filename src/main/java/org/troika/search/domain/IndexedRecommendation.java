package org.troika.search.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Taxonomy;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * A recommendation as the search index holds it: its text, the canonical value of every {@link SearchField}, what a
 * hit shows, and a 64-bit version to tell whether the index still agrees with the database.
 *
 * @param themes     the labels searched by {@code theme:} (UPR Info issues and UHRI themes)
 * @param sdgTargets SDG targets such as "16.3" (facet values hold the goals)
 * @param orderKey   sorts in report order: session, State under review, paragraph with its numbers compared as numbers
 */
public record IndexedRecommendation(long id, long version, String text, String paragraph, String orderKey,
                                    int cycle, int session, int year, String stateUnderReview,
                                    List<String> recommendingStates, String response, List<String> themes,
                                    List<String> sdgTargets, Map<SearchField, List<String>> values) {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    // Compiled once: a rebuild makes a million of these (String.matches and replaceFirst compile theirs every call).
    private static final Pattern SDG_PREFIX = Pattern.compile("(?i)^sdg\\s*");
    private static final Pattern SDG_TARGET = Pattern.compile("\\d{1,2}(\\.\\w{1,2})?");

    public IndexedRecommendation {
        recommendingStates = List.copyOf(recommendingStates);
        themes = List.copyOf(themes);
        sdgTargets = List.copyOf(sdgTargets);
        // Facets have no empty values: a blank label or code says nothing to count.
        Map<SearchField, List<String>> nonBlank = new EnumMap<>(SearchField.class);
        values.forEach((f, v) -> nonBlank.put(f, v.stream().filter(s -> s != null && !s.isBlank()).toList()));
        values = Map.copyOf(nonBlank);
    }

    public static IndexedRecommendation of(Recommendation r, StateRegistry states) {
        Map<SearchField, List<String>> values = new EnumMap<>(SearchField.class);
        String sur = r.review().stateIso3();
        values.put(SearchField.STATE, List.of(sur));
        values.put(SearchField.BY, r.recommendingStates().stream().filter(c -> !c.isBlank()).distinct().toList());
        values.put(SearchField.GROUP, groups(states, List.of(sur)));
        values.put(SearchField.BY_GROUP, groups(states, r.recommendingStates()));
        values.put(SearchField.CYCLE, List.of(String.valueOf(r.review().cycle())));
        values.put(SearchField.SESSION, List.of(String.valueOf(r.review().session())));
        values.put(SearchField.YEAR, r.review().year() > 0 ? List.of(String.valueOf(r.review().year())) : List.of());
        String response = r.response().name().toLowerCase(Locale.ROOT);
        values.put(SearchField.RESPONSE, List.of(response));
        List<String> themes = new ArrayList<>(r.labelValues(Taxonomy.UPR_INFO_ISSUE));
        themes.addAll(r.labelValues(Taxonomy.UHRI_THEME));
        themes = List.copyOf(new LinkedHashSet<>(themes));
        values.put(SearchField.THEME, themes);
        List<String> targets = r.labelValues(Taxonomy.SDG_TARGET).stream().map(t -> SDG_PREFIX.matcher(t.trim()).replaceFirst(""))
                .filter(t -> SDG_TARGET.matcher(t).matches()).distinct().toList();
        values.put(SearchField.SDG, targets.stream().map(t -> t.contains(".") ? t.substring(0, t.indexOf('.')) : t).distinct().toList());
        values.put(SearchField.ACTION, r.actionCategory().map(c -> List.of(String.valueOf(c))).orElse(List.of()));
        values.put(SearchField.SOURCE, List.of(SourceType.of(r.sourceSymbol()).key()));
        return new IndexedRecommendation(r.id(), version(r.version()), r.text(), r.paragraph(),
                orderKey(r.review().session(), sur, r.paragraph()), r.review().cycle(), r.review().session(), r.review().year(),
                sur, r.recommendingStates(), response, themes, targets.stream().filter(t -> t.contains(".")).toList(), values);
    }

    public List<String> values(SearchField field) {
        return values.getOrDefault(field, List.of());
    }

    /** A version string (see {@link Recommendation#version()}) as 64 bits: the first eight bytes of its SHA-256. */
    public static long version(String version) {
        byte[] d = Recommendation.sha256(version.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xFF);
        }
        return v;
    }

    /** "124.15" after "124.2": numbers padded so that they sort as numbers. */
    static String orderKey(int session, String state, String paragraph) {
        Matcher m = NUMBER.matcher(paragraph);
        // The session in three digits or more, as "%03d" pads it, without parsing a format for every recommendation a
        // rebuild reads (and in ASCII digits whatever the machine's locale).
        StringBuilder key = new StringBuilder(paragraph.length() + 40);
        if (session < 0) {
            key.append(String.format(Locale.ROOT, "%03d", session));
        } else {
            if (session < 100) {
                key.append(session < 10 ? "00" : "0");
            }
            key.append(session);
        }
        key.append('|').append(state).append('|');
        int last = 0;
        while (m.find()) {
            key.append(paragraph, last, m.start());
            String digits = m.group();
            key.append("0".repeat(Math.max(0, 9 - digits.length()))).append(digits);
            last = m.end();
        }
        return key.append(paragraph.substring(last)).toString();
    }

    private static List<String> groups(StateRegistry states, List<String> iso3s) {
        Set<String> groups = new LinkedHashSet<>();
        for (String c : iso3s) {
            states.byCode(c).flatMap(State::regionalGroup).map(FieldValues::groupCode).ifPresent(groups::add);
        }
        return List.copyOf(groups);
    }
}
