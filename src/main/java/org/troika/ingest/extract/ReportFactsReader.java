package org.troika.ingest.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Reads what the introduction of a Working Group report says about its review: "held its seventh session",
 * "The review of Kazakhstan was held at the 9th meeting, on 12 February 2010", "selected the following group
 * of rapporteurs (troika) to facilitate the review of Kazakhstan: Bangladesh, Cuba and Mauritius" and the
 * symbols of the national report, the compilation and the summary (A/HRC/WG.6/7/KAZ/1, /2, /3).
 */
final class ReportFactsReader {

    private static final int INTRODUCTION_LENGTH = 12_000;
    private static final Pattern SYMBOL = Pattern.compile("A/HRC/\\d{1,2}/\\d{1,3}(?:/Add\\.\\d)?");
    private static final Pattern SESSION = Pattern.compile("held its ([\\w-]+) session");
    private static final Pattern REVIEW = Pattern.compile(
            "[Tt]he review of (?:the )?([\\p{L}\\p{M}’'(). -]{2,80}?) was held at (?:the|its) [\\w-]+ meeting,? (?:held )?on (\\d{1,2} \\p{L}+ \\d{4})");
    private static final Pattern TROIKA = Pattern.compile("\\(troika\\)[^:]{0,120}:\\s*([^.;]{3,300})[.;]");
    private static final Pattern DOCUMENT = Pattern.compile("A/HRC/WG\\.6/\\d{1,2}/[A-Z]{3}/([123])");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final StateRegistry registry;

    ReportFactsReader(StateRegistry registry) {
        this.registry = registry;
    }

    ReportFacts read(String text, Consumer<String> problems) {
        String intro = text.substring(0, Math.min(text.length(), INTRODUCTION_LENGTH)).replaceAll("\\s+", " ");
        Optional<String> symbol = first(SYMBOL, intro, 0);
        Optional<Integer> session = first(SESSION, intro, 1).flatMap(Ordinals::parse);
        Optional<String> state = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Matcher review = REVIEW.matcher(intro);
        if (review.find()) {
            state = registry.byName(review.group(1).strip()).map(State::iso3);
            if (state.isEmpty()) {
                problems.accept("the State under review '" + review.group(1).strip() + "' is not a known State name");
            }
            date = date(review.group(2), problems);
        }
        List<String> troika = new ArrayList<>();
        Matcher t = TROIKA.matcher(intro);
        if (t.find()) {
            for (String name : troikaNames(t.group(1))) {
                Optional<State> member = registry.byName(name);
                member.ifPresentOrElse(s -> troika.add(s.iso3()),
                        () -> problems.accept("troika member '" + name + "' is not a known State name"));
            }
        }
        String[] documents = new String[4];
        Matcher d = DOCUMENT.matcher(intro);
        while (d.find()) {
            int which = Integer.parseInt(d.group(1));
            if (documents[which] == null) {
                documents[which] = d.group();
            }
        }
        return new ReportFacts(symbol, state, session, date, troika,
                Optional.ofNullable(documents[1]), Optional.ofNullable(documents[2]), Optional.ofNullable(documents[3]));
    }

    /** "Bangladesh, Cuba and Mauritius"; "Bosnia and Herzegovina" stays whole because it is a State. */
    private List<String> troikaNames(String list) {
        List<String> names = new ArrayList<>();
        for (String piece : list.split("\\s*,\\s*")) {
            String p = piece.strip();
            if (p.startsWith("and ")) {
                p = p.substring(4);
            }
            if (registry.byName(p).isPresent() || !p.contains(" and ")) {
                names.add(p);
                continue;
            }
            int at = p.lastIndexOf(" and ");
            names.add(p.substring(0, at).strip());
            names.add(p.substring(at + 5).strip());
        }
        return names;
    }

    private static Optional<LocalDate> date(String text, Consumer<String> problems) {
        try {
            return Optional.of(LocalDate.parse(text, DATE));
        } catch (DateTimeParseException e) {
            problems.accept("the review date '" + text + "' is not a date");
            return Optional.empty();
        }
    }

    private static Optional<String> first(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(group)) : Optional.empty();
    }
}
