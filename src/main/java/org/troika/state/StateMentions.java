package org.troika.state;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the States named in running text ("... the Czech Republic, Costa Rica, Estonia ..."), by every
 * name and variant in the registry, longest name first so that "Democratic Republic of the Congo" is
 * not read as "Congo".
 */
public final class StateMentions {

    /** One mention: which State, and where in the text. */
    public record Mention(String iso3, int start, int end) {
    }

    private final Pattern pattern;
    private final Map<String, String> iso3ByFolded = new LinkedHashMap<>();

    public StateMentions(StateRegistry registry) {
        List<String> names = new ArrayList<>();
        for (State s : registry.all()) {
            for (String name : allNames(s)) {
                String folded = fold(name);
                // Two-letter codes and short abbreviations ("UK", "USA") would match inside ordinary words.
                if (folded.length() < 4 || iso3ByFolded.containsKey(folded)) {
                    continue;
                }
                iso3ByFolded.put(folded, s.iso3());
                names.add(folded);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder("\\b(?:");
        for (int i = 0; i < names.size(); i++) {
            alternation.append(i == 0 ? "" : "|").append(Pattern.quote(names.get(i)));
        }
        pattern = Pattern.compile(alternation.append(")\\b").toString());
    }

    private static List<String> allNames(State s) {
        List<String> names = new ArrayList<>(s.variants());
        names.add(s.name());
        names.add(s.formalName());
        return names;
    }

    /** Lower case, no diacritics, one kind of apostrophe; same length as the input so offsets stay valid. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4') {
                out.append('\'');
            } else if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(base.length() == 1 ? Character.toLowerCase(base.charAt(0)) : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = pattern.matcher(fold(text));
        while (m.find()) {
            mentions.add(new Mention(iso3ByFolded.get(m.group()), m.start(), m.end()));
        }
        return mentions;
    }

    /** The State named most often, if any (ties go to the one named first). */
    public Optional<String> mostMentioned(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        find(text).forEach(m -> counts.merge(m.iso3(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
