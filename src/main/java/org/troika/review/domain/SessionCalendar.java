package org.troika.review.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/** The UPR Working Group sessions, from the project's reference file {@code reference/sessions.tsv}. */
public final class SessionCalendar {

    private static final String RESOURCE = "/reference/sessions.tsv";
    private static volatile SessionCalendar bundled;

    private final TreeMap<Integer, UprSession> sessions = new TreeMap<>();

    public SessionCalendar(Collection<UprSession> sessions) {
        sessions.forEach(s -> this.sessions.put(s.number(), s));
    }

    public static SessionCalendar bundled() {
        if (bundled == null) {
            synchronized (SessionCalendar.class) {
                if (bundled == null) {
                    bundled = load();
                }
            }
        }
        return bundled;
    }

    private static SessionCalendar load() {
        try (InputStream in = SessionCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reference file " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            java.util.List<UprSession> list = new java.util.ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                list.add(new UprSession(Integer.parseInt(f[0]), Integer.parseInt(f[1]), date(f[2]), date(f[3]), f[4]));
            }
            return new SessionCalendar(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<LocalDate> date(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }

    public Collection<UprSession> all() {
        return Collections.unmodifiableCollection(sessions.values());
    }

    public Optional<UprSession> session(int number) {
        return Optional.ofNullable(sessions.get(number));
    }

    /** The session whose dates include the given day, if any is dated. */
    public Optional<UprSession> sessionOn(LocalDate day) {
        return sessions.values().stream()
                .filter(s -> s.firstDay().isPresent() && s.lastDay().isPresent())
                .filter(s -> !day.isBefore(s.firstDay().get()) && !day.isAfter(s.lastDay().get()))
                .findFirst();
    }
}
