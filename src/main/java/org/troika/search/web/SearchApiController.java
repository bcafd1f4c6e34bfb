package org.troika.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.troika.export.ExportFormat;
import org.troika.export.RecommendationExporter;
import org.troika.recommendation.RecommendationFacade;
import org.troika.search.SearchFacade;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchRequest;
import org.troika.state.StateRegistry;
import org.troika.web.BadParameterException;
import org.troika.web.NotFoundException;

@RestController
@Tag(name = "Search", description = "Full-text and faceted search over every recommendation; similar recommendations")
class SearchApiController {

    private static final String FILTER = "Facet filter, repeatable: values of one field combine with OR, fields with AND. ";

    private final SearchFacade search;
    private final RecommendationFacade recommendations;
    private final RecommendationExporter exporter;
    private final StateRegistry states;
    private final FieldValues values;

    SearchApiController(SearchFacade search, RecommendationFacade recommendations, RecommendationExporter exporter, StateRegistry states) {
        this.search = search;
        this.recommendations = recommendations;
        this.exporter = exporter;
        this.states = states;
        this.values = new FieldValues(states);
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search recommendations: query language, facet filters, facet counts, highlighted hits, cursor paging",
            description = """
                    The query: words (all must occur), "phrases", AND, OR, NOT, -word, (brackets), prefix*, and fields \
                    state:, by:, group:, bygroup:, cycle:, session:, year: (also year:[2010 TO 2014]), response:, theme:, \
                    sdg:, action:, source:. States by ISO3 code or name (by:France), regional groups as AFRICAN, APG, \
                    EEG, GRULAC, WEOG. Case and diacritics do not matter; English words match their other forms. \
                    A query that cannot be read, an unknown field or value, a bad cursor: 400 naming the parameter.""")
    SearchJson search(
            @Parameter(description = "The query; empty finds everything", example = "\"death penalty\" by:France") @RequestParam(required = false) String q,
            @Parameter(description = FILTER + "State under review, ISO3 or name", example = "KAZ") @RequestParam(required = false) List<String> state,
            @Parameter(description = FILTER + "Recommending State, ISO3 or name", example = "FRA") @RequestParam(required = false) List<String> by,
            @Parameter(description = FILTER + "Regional group of the State under review: AFRICAN, APG, EEG, GRULAC, WEOG") @RequestParam(required = false) List<String> group,
            @Parameter(description = FILTER + "Regional group of a recommending State") @RequestParam(required = false) List<String> bygroup,
            @Parameter(description = FILTER + "UPR cycle") @RequestParam(required = false) List<String> cycle,
            @Parameter(description = FILTER + "UPR session") @RequestParam(required = false) List<String> session,
            @Parameter(description = FILTER + "Year of the review") @RequestParam(required = false) List<String> year,
            @Parameter(description = FILTER + "supported, noted or pending") @RequestParam(required = false) List<String> response,
            @Parameter(description = FILTER + "Theme: a UPR Info issue or UHRI theme, as the facet lists it", example = "Death penalty") @RequestParam(required = false) List<String> theme,
            @Parameter(description = FILTER + "SDG goal (16) or target (16.3)") @RequestParam(required = false) List<String> sdg,
            @Parameter(description = FILTER + "UPR Info action category, 1 to 5") @RequestParam(required = false) List<String> action,
            @Parameter(description = FILTER + "Source type: wg-report, addendum, other, none") @RequestParam(required = false) List<String> source,
            @Parameter(description = "relevance (default), date (latest review first) or paragraph (report order)") @RequestParam(required = false) String sort,
            @Parameter(description = "Hits per page, 1 to 100 (default 20)") @RequestParam(required = false) String size,
            @Parameter(description = "The nextCursor of the page before") @RequestParam(required = false) String cursor,
            HttpServletRequest http) {
        SearchRequest request = new SearchParameters(http.getParameterMap(), Set.of()).request(values, 20);
        return SearchJson.of(request, SearchParameters.translated(() -> search.search(request)), states);
    }

    @GetMapping("/api/search/export")
    @Operation(summary = "Every hit of a search as a CSV, JSON or XLSX file, streamed, in the search's order (no cap)",
            description = "Takes the parameters of /api/search (without size and cursor) and 'format'.",
            responses = @ApiResponse(responseCode = "200", description = "The file",
                    content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/json"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}))
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "csv, json or xlsx", required = true, schema = @Schema(allowableValues = {"csv", "json", "xlsx"}))
            @RequestParam String format,
            @Parameter(description = "The query, as for /api/search") @RequestParam(required = false) String q,
            HttpServletRequest http) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("format", "Unknown export format '" + format + "' in parameter 'format': use csv, json or xlsx");
        }
        SearchRequest request = new SearchParameters(http.getParameterMap(), Set.of("format")).request(values, SearchRequest.MAX_SIZE);
        // Checked before the response starts, so that a bad query is still a 400 and not a broken download.
        SearchParameters.translated(() -> search.search(request.ofSize(1)));
        StreamingResponseBody body = out -> exporter.write(exportFormat, sink -> search.forEachHit(request, sink), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("troika-search." + exportFormat.extension()).build().toString())
                .body(body);
    }

    @GetMapping("/api/recommendations/{id}/similar")
    @Operation(summary = "Recommendations worded most like this one, best first (\"more like this\")")
    List<SearchJson.HitJson> similar(@PathVariable long id,
                                     @Parameter(description = "How many, 1 to 100 (default 10)") @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
            throw new BadParameterException("limit", "Parameter 'limit' must be 1 to " + SearchRequest.MAX_SIZE + "; was " + limit);
        }
        if (recommendations.find(id).isEmpty()) {
            throw new NotFoundException("No recommendation with id " + id);
        }
        return search.similar(id, limit).stream().map(h -> SearchJson.HitJson.of(h, states)).toList();
    }
}
