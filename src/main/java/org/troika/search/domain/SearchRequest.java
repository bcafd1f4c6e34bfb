package org.troika.search.domain;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One search: the query in Troika's query language, facet filters (values of one field combine with OR, fields
 * with AND), order, page size and the cursor of the page before.
 *
 * @param filters canonical facet values, as {@link FieldValues} makes them
 */
public record SearchRequest(String query, Map<SearchField, Set<String>> filters, SortOrder sort, int size,
                            Optional<String> cursor) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadQueryException("q", "Query is " + query.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadQueryException("size", "Page size must be 1 to " + MAX_SIZE + "; was " + size);
        }
        Map<SearchField, Set<String>> copy = new EnumMap<>(SearchField.class);
        filters.forEach((field, values) -> {
            if (!values.isEmpty()) {
                copy.put(field, Set.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = Map.copyOf(copy);
        cursor = cursor.filter(c -> !c.isBlank());
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 20, Optional.empty());
    }

    public SearchRequest withFilter(SearchField field, String... values) {
        Map<SearchField, Set<String>> f = new EnumMap<>(SearchField.class);
        f.putAll(filters);
        f.put(field, Set.of(values));
        return new SearchRequest(query, f, sort, size, cursor);
    }

    public SearchRequest sortedBy(SortOrder order) {
        return new SearchRequest(query, filters, order, size, Optional.empty());
    }

    public SearchRequest ofSize(int n) {
        return new SearchRequest(query, filters, sort, n, cursor);
    }

    public SearchRequest after(String nextCursor) {
        return new SearchRequest(query, filters, sort, size, Optional.of(nextCursor));
    }

    public Set<String> selected(SearchField field) {
        return filters.getOrDefault(field, Set.of());
    }
}
