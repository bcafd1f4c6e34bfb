package org.troika.state;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All States Troika knows, with every name under which documents refer to them.
 * Loaded once from the project's own reference file {@code reference/states.tsv}.
 */
public final class StateRegistry {

    private static final String RESOURCE = "/reference/states.tsv";
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");
    private static volatile StateRegistry bundled;

    private final Map<String, State> byIso3 = new LinkedHashMap<>();
    private final Map<String, State> byIso2 = new HashMap<>();
    private final Map<String, State> byNameKey = new HashMap<>();

    public StateRegistry(Collection<State> states) {
        for (State state : states) {
            byIso3.put(state.iso3(), state);
            byIso2.put(state.iso2(), state);
            for (String name : namesOf(state)) {
                State previous = byNameKey.putIfAbsent(StateNames.key(name), state);
                if (previous != null && !previous.equals(state)) {
                    throw new IllegalStateException("Name '" + name + "' given to both " + previous.iso3() + " and " + state.iso3());
                }
            }
        }
    }

    /** The registry of the reference file shipped with Troika. */
    public static StateRegistry bundled() {
        StateRegistry registry = bundled;
        if (registry == null) {
            synchronized (StateRegistry.class) {
                if (bundled == null) {
                    try (InputStream in = StateRegistry.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("Reference file " + RESOURCE + " is missing from the classpath");
                        }
                        bundled = new StateRegistry(parse(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                registry = bundled;
            }
        }
        return registry;
    }

    static List<State> parse(InputStream in) throws IOException {
        List<State> states = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 8 columns, found " + f.length);
            }
            List<String> variants = f[7].isBlank() ? List.of() : Arrays.asList(f[7].split("\\|"));
            states.add(new State(f[0], f[1], f[2], f[3], f[4],
                    f[5].isBlank() ? Optional.empty() : RegionalGroup.fromLabel(f[5]),
                    Boolean.parseBoolean(f[6]), variants));
        }
        return states;
    }

    private static List<String> namesOf(State state) {
        List<String> names = new ArrayList<>();
        names.add(state.name());
        names.add(state.formalName());
        names.addAll(state.variants());
        for (String name : List.copyOf(names)) {
            // "Iran (Islamic Republic of)" is written "Islamic Republic of Iran" in running text.
            Matcher m = BRACKETED.matcher(name);
            if (m.matches()) {
                names.add(m.group(2) + " " + m.group(1));
                if (name.equals(state.name())) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    public Collection<State> all() {
        return Collections.unmodifiableCollection(byIso3.values());
    }

    /** By ISO alpha-3 or alpha-2 code, any case. */
    public Optional<State> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(java.util.Locale.ROOT);
        return Optional.ofNullable(c.length() == 2 ? byIso2.get(c) : byIso3.get(c));
    }

    /** By any name or variant, in any of the spellings {@link StateNames#key} folds together. */
    public Optional<State> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byNameKey.get(StateNames.key(name)));
    }

    /** By code first, then by name. */
    public Optional<State> resolve(String codeOrName) {
        return byCode(codeOrName).or(() -> byName(codeOrName));
    }

    /** Like {@link #byCode} but fails with a message naming the code. */
    public State require(String code) {
        return byCode(code).orElseThrow(() -> new UnknownStateException(code));
    }
}
