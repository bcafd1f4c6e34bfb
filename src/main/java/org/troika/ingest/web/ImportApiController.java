package org.troika.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.troika.ingest.ImportFacade;
import org.troika.ingest.ImportOptions;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.ingest.domain.ImportOptionException;
import org.troika.ingest.domain.ImportRun;
import org.troika.web.BadParameterException;
import org.troika.web.NotFoundException;
import org.troika.web.OpenApiConfiguration;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Import UN reports, addenda, UPR Info / UHRI / Troika tables and source documents; the import log")
class ImportApiController {

    private static final int MAX_LOG = 1_000;

    private final ImportFacade imports;

    ImportApiController(ImportFacade imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import files, as `troika import` does (needs the EDITOR role)",
            security = @SecurityRequirement(name = OpenApiConfiguration.EDITOR),
            description = "Each file is read for what it is (Working Group report, addendum, table, bundle, or with docType a source "
                    + "document) and imported in one transaction: a file with a bad row stores nothing unless skipBadRows. "
                    + "Answers 200 with one report per file when every file was imported (or checked, with dryRun); 422 with the "
                    + "same reports when a file was refused, its error and rejected rows naming the place in the file.")
    ResponseEntity<List<FileReport>> importFiles(
            @Parameter(description = "The files (the part may be repeated)") @RequestParam("file") List<MultipartFile> file,
            @Parameter(description = "ISO3-YEAR of the review, where the files do not say it", example = "KAZ-2019") @RequestParam(required = false) String review,
            @Parameter(description = "State under review (ISO3 or name), where the files do not name it") @RequestParam(required = false) String state,
            @Parameter(description = "Working Group session, where the review's year had several") @RequestParam(required = false) Integer session,
            @Parameter(description = "Check and count everything, store nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "Store the good rows of a file with bad ones") @RequestParam(defaultValue = "false") boolean skipBadRows,
            @Parameter(description = DocumentTypeParameter.DESCRIPTION) @RequestParam(required = false) String docType,
            @RequestParam(required = false) String title, @RequestParam(required = false) String author,
            @Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) String date,
            @RequestParam(required = false) String url, Principal user) {
        ImportRequest request = new ImportRequest(file, review, state, session, dryRun, skipBadRows, docType, title, author, date, url);
        List<FileReport> reports = run(imports, request, user);
        boolean refused = reports.stream().anyMatch(r -> r.outcome() == FileOutcome.REJECTED || r.outcome() == FileOutcome.FAILED);
        return ResponseEntity.status(refused ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(reports);
    }

    @GetMapping
    @Operation(summary = "The import log, latest first: who gave which file when, and what became of it")
    List<ImportRun> log(@Parameter(description = "How many entries, at most " + MAX_LOG) @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LOG) {
            throw new BadParameterException("limit", "limit must be 1 to " + MAX_LOG + "; was " + limit);
        }
        return imports.recentRuns(limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry of the import log, with every row or paragraph it refused")
    ImportRun one(@PathVariable long id) {
        return imports.run(id).orElseThrow(() -> new NotFoundException("No import with id " + id));
    }

    /**
     * Options the importer cannot use (an unknown State, a malformed review key, a date that is none) are the
     * request's fault: a 400 naming the parameter.
     */
    static List<FileReport> run(ImportFacade imports, ImportRequest request, Principal user) {
        ImportOptions options;
        try {
            options = request.options(user);
            imports.checkOptions(options);
        } catch (ImportOptionException e) {
            throw new BadParameterException(e.parameter(), e.withoutDashes());
        }
        return imports.importUploads(request.uploads(), options);
    }
}
