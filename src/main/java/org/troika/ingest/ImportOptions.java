package org.troika.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.troika.document.domain.DocumentType;

/**
 * What the person importing says about the files.
 *
 * @param review      ISO3-YEAR of the review the files belong to, where they do not say it themselves
 * @param state       the State under review, where the files do not say it (UHRI thematic lists)
 * @param session     the Working Group session, where a year had several
 * @param dryRun      read, check and count everything, then store nothing
 * @param skipBadRows store the good rows of a file with bad ones, instead of nothing
 * @param mapping     a mapping file for tables of a shape Troika does not know
 * @param document    for free-text documents: type, and title/author/date/url where the text does not give them
 * @param importedBy  who gives the files, for the import log: the signed-in user, or the command line and its system user
 */
public record ImportOptions(Optional<String> review, Optional<String> state, Optional<Integer> session, boolean dryRun,
                            boolean skipBadRows, Optional<Path> mapping, DocumentOptions document, Optional<String> importedBy) {

    public record DocumentOptions(Optional<DocumentType> type, Optional<String> title, Optional<String> author,
                                  Optional<LocalDate> date, Optional<String> url) {

        public static DocumentOptions none() {
            return new DocumentOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, false, Optional.empty(), DocumentOptions.none(),
                Optional.empty());
    }

    public ImportOptions skippingBadRows() {
        return new ImportOptions(review, state, session, dryRun, true, mapping, document, importedBy);
    }

    public ImportOptions dry() {
        return new ImportOptions(review, state, session, true, skipBadRows, mapping, document, importedBy);
    }

    public ImportOptions forReview(String key) {
        return new ImportOptions(Optional.of(key), state, session, dryRun, skipBadRows, mapping, document, importedBy);
    }

    public ImportOptions forState(String iso3) {
        return new ImportOptions(review, Optional.of(iso3), session, dryRun, skipBadRows, mapping, document, importedBy);
    }

    public ImportOptions forSession(int number) {
        return new ImportOptions(review, state, Optional.of(number), dryRun, skipBadRows, mapping, document, importedBy);
    }

    public ImportOptions withMapping(Path file) {
        return new ImportOptions(review, state, session, dryRun, skipBadRows, Optional.of(file), document, importedBy);
    }

    public ImportOptions by(String who) {
        return new ImportOptions(review, state, session, dryRun, skipBadRows, mapping, document, Optional.of(who));
    }

    public ImportOptions withDocument(DocumentOptions details) {
        return new ImportOptions(review, state, session, dryRun, skipBadRows, mapping, details, importedBy);
    }
}
