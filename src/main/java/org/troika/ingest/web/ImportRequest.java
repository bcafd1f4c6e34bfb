package org.troika.ingest.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
        if (blank(review) != null) {
            options = options.forReview(review.strip());
        }
        if (blank(state) != null) {
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
        Optional<DocumentType> type = Optional.ofNullable(blank(docType)).map(ImportRequest::documentType);
        if (type.isEmpty() && (blank(title) != null || blank(author) != null || blank(date) != null || blank(url) != null)) {
            throw new BadParameterException("docType", "title, author, date and url describe a source document: give docType too");
        }
        if (type.isPresent()) {
            options = options.withDocument(new ImportOptions.DocumentOptions(type, Optional.ofNullable(blank(title)),
                    Optional.ofNullable(blank(author)), Optional.ofNullable(blank(date)).map(ImportRequest::day), Optional.ofNullable(blank(url))));
        }
        return options.by(user.getName());
    }

    private static DocumentType documentType(String name) {
        return DocumentType.parse(name).orElseThrow(() -> new BadParameterException("docType", "Unknown document type '" + name
                + "'; one of " + String.join(", ", Arrays.stream(DocumentType.values()).map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())));
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("date", "date '" + text + "' is not a date of the form YYYY-MM-DD");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
