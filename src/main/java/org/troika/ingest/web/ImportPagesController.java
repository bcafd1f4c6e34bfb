package org.troika.ingest.web;

import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.ImportFacade;
import org.troika.ingest.domain.FileReport;
import org.troika.web.BadParameterException;
import org.troika.web.NotFoundException;

/** The import page: a form to send files (editors), what became of them, and the import log with each entry's rejections. */
@Controller
class ImportPagesController {

    private static final int LOG_SHOWN = 100;

    private final ImportFacade imports;

    ImportPagesController(ImportFacade imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String page(Model model) {
        return page(model, List.of(), null);
    }

    @PostMapping("/imports")
    String importFiles(@RequestParam(name = "file", required = false) List<MultipartFile> file,
                       @RequestParam(required = false) String review, @RequestParam(required = false) String state,
                       @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean skipBadRows,
                       @RequestParam(required = false) String docType, Principal user, Model model) {
        ImportRequest request = new ImportRequest(file, review, state, null, dryRun, skipBadRows, docType, null, null, null, null);
        try {
            return page(model, ImportApiController.run(imports, request, user), null);
        } catch (BadParameterException e) {
            return page(model, List.of(), e.getMessage());
        }
    }

    @GetMapping("/imports/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", imports.run(id).orElseThrow(() -> new NotFoundException("No import with id " + id)));
        return "imports/run";
    }

    private String page(Model model, List<FileReport> results, String problem) {
        model.addAttribute("results", results);
        model.addAttribute("problem", problem);
        model.addAttribute("runs", imports.recentRuns(LOG_SHOWN));
        model.addAttribute("documentTypes", DocumentType.values());
        return "imports/imports";
    }
}
