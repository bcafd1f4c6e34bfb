package org.troika.ingest.freetext;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the first full calendar date written in English prose: "17 March 2023", "21 November, 2014", "March 17, 2023", "2023-03-17". */
final class DateMentions {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTHS + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?, (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private DateMentions() {
    }

    static Optional<LocalDate> first(String text) {
        Optional<Found> best = Optional.empty();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            best = earlier(best, date(m.start(), m.group(3), m.group(2), m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            best = earlier(best, date(m.start(), m.group(3), m.group(1), m.group(2)));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            best = earlier(best, iso(m));
        }
        return best.map(Found::date);
    }

    private record Found(int at, LocalDate date) {
    }

    private static Optional<Found> earlier(Optional<Found> a, Optional<Found> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().at() <= b.get().at() ? a : b;
    }

    private static Optional<Found> date(int at, String year, String month, String day) {
        try {
            Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
            return Optional.of(new Found(at, LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "31 February" is prose, not a date
        }
    }

    private static Optional<Found> iso(Matcher m) {
        try {
            return Optional.of(new Found(m.start(), LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
