package org.troika.recommendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.troika.export.ExportFileName;
import org.troika.export.ExportFormat;
import org.troika.export.RecommendationExporter;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.state.StateRegistry;
import org.troika.web.BadParameterException;
import org.troika.web.NotFoundException;
import org.troika.web.PageJson;
import org.troika.web.RequestParameters;

@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "Recommendations", description = "Recommendations with their recommending States and responses; lists, details, exports")
class RecommendationApiController {

    private final RecommendationFacade recommendations;
    private final RecommendationExporter exporter;
    private final StateRegistry states;

    RecommendationApiController(RecommendationFacade recommendations, RecommendationExporter exporter, StateRegistry states) {
        this.recommendations = recommendations;
        this.exporter = exporter;
        this.states = states;
    }

    @GetMapping
    @Operation(summary = "Recommendations matching all the filters given, a page at a time",
            description = "Ordered by session, State under review and id. Filters combine with AND.")
    PageJson<RecommendationJson> list(
            @Parameter(description = "State under review, ISO3", example = "KAZ") @RequestParam(required = false) String state,
            @Parameter(description = "UPR cycle, 1 to 4", example = "2") @RequestParam(required = false) Integer cycle,
            @Parameter(description = "Recommending State, ISO3 (alone or jointly)", example = "FRA") @RequestParam(required = false) String by,
            @Parameter(description = "supported, noted or pending") @RequestParam(required = false) String response,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 1000") @RequestParam(defaultValue = "50") int size) {
        RecommendationQuery query = RecommendationQuery.parse(states, state, cycle, by, response);
        return PageJson.of(recommendations.find(query.filter(), RequestParameters.page(page, size))
                .map(r -> RecommendationJson.of(r, states)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One recommendation")
    RecommendationJson one(@PathVariable long id) {
        return RecommendationJson.of(recommendations.find(id)
                .orElseThrow(() -> new NotFoundException("No recommendation with id " + id)), states);
    }

    @GetMapping("/export")
    @Operation(summary = "Every matching recommendation as a CSV, JSON or XLSX file, streamed (no cap)",
            responses = @ApiResponse(responseCode = "200", description = "The file, named after the filters",
                    content = {@Content(mediaType = "text/csv"), @Content(mediaType = "application/json"),
                            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}))
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "csv, json or xlsx", required = true, schema = @Schema(allowableValues = {"csv", "json", "xlsx"}))
            @RequestParam String format,
            @Parameter(description = "State under review, ISO3") @RequestParam(required = false) String state,
            @Parameter(description = "UPR cycle") @RequestParam(required = false) Integer cycle,
            @Parameter(description = "Recommending State, ISO3") @RequestParam(required = false) String by,
            @Parameter(description = "supported, noted or pending") @RequestParam(required = false) String response) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("format", "Unknown export format '" + format + "' in parameter 'format': use csv, json or xlsx");
        }
        RecommendationFilter filter = RecommendationQuery.parse(states, state, cycle, by, response).filter();
        StreamingResponseBody body = out -> exporter.write(exportFormat, sink -> recommendations.forEach(filter, sink), out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(ExportFileName.of(filter, exportFormat)).build().toString())
                .body(body);
    }
}
