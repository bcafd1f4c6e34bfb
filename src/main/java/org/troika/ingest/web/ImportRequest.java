package org.troika.ingest.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.ImportOptions;
import org.troika.ingest.domain.Upload;
import org.troika.web.BadParameterException;

/** What a web form or API client sends to import: the files and the importer's options, as `troika import` takes them. */
record ImportRequest(List<MultipartFile> files, String review, String state, Integer session, boolean dryRun, boolean skipBadRows,
                     String docType, String title, String author, String date, String url) {

    List<Upload> uploads() {
        List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (sent.isEmpty()) {
            throw new BadParameterException("file", "No file to import: send one or more non-empty files as the part 'file'");
        }
        return sent.stream().map(f -> new Upload(Optional.ofNullable(f.getOriginalFilename()).orElse(f.getName()), f::getInputStream)).toList();
    }

    ImportOptions options(Principal user) {
        ImportOptions options = ImportOptions.defaults();
        if (given(review).isPresent()) {
            options = options.forReview(review.strip());
        }
        if (given(state).isPresent()) {
            options = options.forState(state.strip());
        }
        if (session != null) {
            options = options.forSession(session);
        }
        if (dryRun) {
            options = options.dry();
        }
        if (skipBadRows) {
            options = options.skippingBadRows();
        }
        Optional<DocumentType> type = given(docType).map(ImportRequest::documentType);
        options = options.withDocument(ImportOptions.DocumentOptions.given(type, given(title), given(author), given(date), given(url)));
        return options.by(user.getName());
    }

    private static DocumentType documentType(String name) {
        return DocumentType.parse(name).orElseThrow(() -> new BadParameterException("docType", "Unknown document type '" + name
                + "'; one of " + DocumentType.keys()));
    }

    /** A form sends a field left empty as an empty value: not given. */
    private static Optional<String> given(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
