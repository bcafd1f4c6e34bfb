package org.troika.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.troika.search.SearchFacade;
import org.troika.search.domain.BadQueryException;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.SortOrder;
import org.troika.state.StateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search over every recommendation, with facet filters and counts.",
                "QUERY: words (all must occur), \"phrases\", AND, OR, NOT, -word, prefix*, and fields such as by:France, "
                        + "state:KAZ, response:noted, theme:\"death penalty\", cycle:2, bygroup:WEOG, year:[2010 TO 2014]. "
                        + "Quote the whole query for the shell: troika search '\"death penalty\" by:France'."})
public class SearchCommand implements Callable<Integer> {

    enum Format { JSON, TABLE }

    @Mixin
    DataOptions data;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces. None: everything.")
    List<String> query = new ArrayList<>();

    @Option(names = "--facet", paramLabel = "FIELD=VALUE", description = "Facet filter, repeatable: values of one field combine "
            + "with OR, fields with AND. Fields: state, by, group, bygroup, cycle, session, year, response, theme, sdg, action, source.")
    List<String> facets = new ArrayList<>();

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "relevance|date|paragraph", description = "Order (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Hits to show, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = request(new FieldValues(StateRegistry.bundled()));
        try (ConfigurableApplicationContext context = Boot.context(data)) {
            SearchResult result;
            try {
                result = context.getBean(SearchFacade.class).search(request);
            } catch (BadQueryException e) {
                throw new UserException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.println(context.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                out.print(table(request, result, StateRegistry.bundled()));
            }
            out.flush();
        }
        return 0;
    }

    SearchRequest request(FieldValues values) {
        Map<SearchField, Set<String>> filters = new EnumMap<>(SearchField.class);
        try {
            for (String facet : facets) {
                int sep = facet.indexOf('=') > 0 ? facet.indexOf('=') : facet.indexOf(':');
                if (sep <= 0) {
                    throw new UserException("--facet '" + facet + "' must be FIELD=VALUE, e.g. by=FRA");
                }
                String name = facet.substring(0, sep);
                SearchField field = SearchField.byKey(name).orElseThrow(() -> new UserException(
                        "unknown facet field '" + name + "' in --facet: use one of " + SearchField.keys()));
                filters.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(values.canonical(field, facet.substring(sep + 1)));
            }
            return new SearchRequest(String.join(" ", query), filters, SortOrder.parse(sort), limit, Optional.empty());
        } catch (BadQueryException e) {
            throw new UserException(e.getMessage().replace("Page size", "--limit"));
        }
    }

    static String table(SearchRequest request, SearchResult result, StateRegistry states) {
        StringBuilder out = new StringBuilder();
        out.append(result.total()).append(result.total() == 1 ? " recommendation" : " recommendations")
                .append(request.query().isEmpty() ? "" : " for " + request.query()).append('\n');
        result.suggestion().ifPresent(s -> out.append("Did you mean: ").append(s).append('\n'));
        if (!result.hits().isEmpty()) {
            TextTable table = new TextTable("Id", "State", "Year", "Paragraph", "By", "Response", "Text");
            for (SearchHit h : result.hits()) {
                table.row(h.id(), h.stateUnderReview(), h.year(), h.paragraph(), shorten(String.join(",", h.recommendingStates()), 15),
                        h.response(), shorten(plain(h.snippet()), 90));
            }
            out.append('\n').append(table.render());
        }
        for (FacetResult f : result.facets()) {
            if (f.values().isEmpty()) {
                continue;
            }
            List<String> counts = new ArrayList<>();
            for (FacetCount c : f.values().subList(0, Math.min(8, f.values().size()))) {
                counts.add((c.selected() ? "[x] " : "") + c.value() + " " + c.count());
            }
            out.append(String.format("%-9s %s%n", f.field().key() + ":", String.join(", ", counts)));
        }
        return out.toString();
    }

    /** The snippet as terminal text: matched words in *stars*, HTML entities undone. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "*").replace("</mark>", "*").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
