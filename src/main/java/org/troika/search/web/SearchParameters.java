package org.troika.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.troika.search.domain.BadQueryException;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SortOrder;
import org.troika.web.BadParameterException;

/**
 * The request parameters of a search, shared by the API, the page and the export links: {@code q}, one parameter per
 * facet field (repeatable: values of one field combine with OR), {@code sort}, {@code size}, {@code cursor}. Any
 * other parameter is a mistake worth saying, not something to ignore.
 */
final class SearchParameters {

    private final Map<String, String[]> raw;
    private final Set<String> allowed;

    SearchParameters(Map<String, String[]> raw, Set<String> extra) {
        this.raw = raw;
        Set<String> names = new LinkedHashSet<>(List.of("q", "sort", "size", "cursor"));
        for (SearchField f : SearchField.values()) {
            names.add(f.key());
        }
        names.addAll(extra);
        this.allowed = names;
    }

    SearchRequest request(FieldValues values, int defaultSize) {
        for (String name : raw.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadParameterException(name, "Unknown parameter '" + name + "': use " + String.join(", ", allowed));
            }
        }
        Map<SearchField, Set<String>> filters = new EnumMap<>(SearchField.class);
        for (SearchField field : SearchField.values()) {
            for (String value : raw.getOrDefault(field.key(), new String[0])) {
                if (!value.isBlank()) {
                    filters.computeIfAbsent(field, f -> new TreeSet<>()).add(translated(() -> values.canonical(field, value)));
                }
            }
        }
        int size = defaultSize;
        String sizeText = first("size");
        if (sizeText != null && !sizeText.isBlank()) {
            try {
                size = Integer.parseInt(sizeText.trim());
            } catch (NumberFormatException e) {
                throw new BadParameterException("size", "Parameter 'size' must be a whole number; was '" + sizeText + "'");
            }
        }
        int pageSize = size;
        return translated(() -> new SearchRequest(first("q"), filters, SortOrder.parse(first("sort")), pageSize,
                Optional.ofNullable(first("cursor"))));
    }

    private String first(String name) {
        String[] v = raw.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    /** Runs a piece of search, turning a {@link BadQueryException} into the web's bad-parameter error (400). */
    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (BadQueryException e) {
            throw new BadParameterException(e.parameter(), e.getMessage());
        }
    }

    /** The query string that repeats a request (without cursor), for links: pages, exports, facet choices. */
    static String queryString(SearchRequest request) {
        StringBuilder q = new StringBuilder();
        if (!request.query().isEmpty()) {
            append(q, "q", request.query());
        }
        request.filters().forEach((field, values) -> values.stream().sorted().forEach(v -> append(q, field.key(), v)));
        if (request.sort() != SortOrder.RELEVANCE) {
            append(q, "sort", request.sort().key());
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
