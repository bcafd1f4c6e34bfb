package org.troika.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.troika.state.State;
import org.troika.state.StateRegistry;

/**
 * Reads who made a recommendation from the brackets that close each of its clauses:
 * "... (Argentina) (Côte d’Ivoire);", "... (Portugal, Slovakia);", "... (Chile); Consider ... (Nepal)".
 * Only a run of brackets that ends a clause (before ";", "." or the end) can name States; within that run,
 * brackets that name no State ("(No. 29)", "(CRPD)", "(the “Istanbul Convention”)") are text. A bracket that
 * reads like a State name but matches none is reported, never dropped.
 */
final class RecommendingStates {

    private static final Pattern NAME_LIKE = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}\u2019'.\\-]*(?:\\s+(?:of|the|and|de|da|del|d\u2019|d'|\\p{Lu}[\\p{L}\\p{M}\u2019'.\\-]*|\\([^()]*\\)))*");
    private static final Pattern ON_BEHALF = Pattern.compile("\\s+on behalf of\\s+.*", Pattern.DOTALL);

    /** A bracket naming something that looks like a State but is not one; offset within the text read. */
    record UnknownName(String name, int offset) {
    }

    record Found(List<String> iso3, List<String> names, List<UnknownName> unknown, boolean anyRun) {
    }

    private final StateRegistry registry;

    RecommendingStates(StateRegistry registry) {
        this.registry = registry;
    }

    Found in(String text) {
        Map<String, String> states = new LinkedHashMap<>();
        List<UnknownName> unknown = new ArrayList<>();
        boolean anyRun = false;
        List<int[]> groups = bracketGroups(text);
        int i = 0;
        while (i < groups.size()) {
            int j = i;
            while (j + 1 < groups.size() && text.substring(groups.get(j)[1] + 1, groups.get(j + 1)[0]).isBlank()) {
                j++;
            }
            if (endsClause(text, groups.get(j)[1] + 1)) {
                anyRun |= readRun(text, groups.subList(i, j + 1), states, unknown);
            }
            i = j + 1;
        }
        return new Found(List.copyOf(states.keySet()), List.copyOf(states.values()), unknown, anyRun);
    }

    /** Reads a run of brackets from its end: State brackets, until one that is plain text. */
    private boolean readRun(String text, List<int[]> run, Map<String, String> states, List<UnknownName> unknown) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        List<UnknownName> notFound = new ArrayList<>();
        boolean any = false;
        for (int g = run.size() - 1; g >= 0; g--) {
            int open = run.get(g)[0];
            String content = text.substring(open + 1, run.get(g)[1]).replaceAll("\\s+", " ").strip();
            List<Map.Entry<String, String>> named = new ArrayList<>();
            List<UnknownName> unnamed = new ArrayList<>();
            if (!readNames(content, open + 1, named, unnamed)) {
                break;
            }
            any = true;
            found.addAll(0, named);
            notFound.addAll(0, unnamed);
        }
        for (Map.Entry<String, String> e : found) {
            states.putIfAbsent(e.getKey(), e.getValue());
        }
        unknown.addAll(notFound);
        return any;
    }

    /** False when the bracket is text rather than names; otherwise fills in States and unknown names. */
    private boolean readNames(String content, int offset, List<Map.Entry<String, String>> named, List<UnknownName> unnamed) {
        Optional<State> whole = byName(content);
        if (whole.isPresent()) {
            named.add(Map.entry(whole.get().iso3(), content));
            return true;
        }
        List<String> pieces = splitOnCommas(content);
        boolean anyState = false;
        List<String> strangers = new ArrayList<>();
        for (String piece : pieces) {
            String name = piece.startsWith("and ") ? piece.substring(4).strip() : piece;
            Optional<State> state = byName(name).or(() -> byName(ON_BEHALF.matcher(name).replaceFirst("")));
            if (state.isPresent()) {
                named.add(Map.entry(state.get().iso3(), name));
                anyState = true;
            } else if (!splitOnAnd(name, named)) {
                strangers.add(name);
            }
        }
        if (strangers.isEmpty()) {
            return true;
        }
        if (!anyState && !strangers.stream().allMatch(RecommendingStates::looksLikeStateName)) {
            named.clear();
            return false;
        }
        for (String s : strangers) {
            unnamed.add(new UnknownName(s, offset));
        }
        return true;
    }

    /** "Bangladesh and Egypt" in one bracket. */
    private boolean splitOnAnd(String name, List<Map.Entry<String, String>> named) {
        int at = name.indexOf(" and ");
        while (at > 0) {
            String left = name.substring(0, at).strip();
            String right = name.substring(at + 5).strip();
            Optional<State> l = byName(left);
            Optional<State> r = byName(right);
            if (l.isPresent() && r.isPresent()) {
                named.add(Map.entry(l.get().iso3(), left));
                named.add(Map.entry(r.get().iso3(), right));
                return true;
            }
            at = name.indexOf(" and ", at + 1);
        }
        return false;
    }

    private Optional<State> byName(String name) {
        return name.isEmpty() ? Optional.empty() : registry.byName(name);
    }

    static boolean looksLikeStateName(String s) {
        return NAME_LIKE.matcher(s).matches() && !s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.length() <= 70;
    }

    private static List<String> splitOnCommas(String content) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                pieces.add(content.substring(start, i).strip());
                start = i + 1;
            }
        }
        pieces.add(content.substring(start).strip());
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    /** Outermost bracket pairs, as [open, close] offsets; unbalanced brackets are ignored. */
    private static List<int[]> bracketGroups(String text) {
        List<int[]> groups = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    groups.add(new int[]{open, i});
                }
            }
        }
        return groups;
    }

    /** After a clause's last bracket comes ";", "." (either perhaps followed by a footnote number) or nothing. */
    private static boolean endsClause(String text, int index) {
        int i = index;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c == ';' || c == '.') {
            return true;
        }
        // "(Slovenia)2;" - a footnote marker between the bracket and the clause's end.
        int j = i;
        while (j < text.length() && Character.isDigit(text.charAt(j)) && j - i < 2) {
            j++;
        }
        return j > i && (j == text.length() || text.charAt(j) == ';' || text.charAt(j) == '.');
    }
}
