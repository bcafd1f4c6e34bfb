package org.troika.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.domain.ImportOptionException;

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

        /**
         * The options as a front end was given them: title, author, date and url only describe a source document, so
         * they need its type; the date is written YYYY-MM-DD.
         *
         * @throws ImportOptionException naming the option to fix
         */
        public static DocumentOptions given(Optional<DocumentType> type, Optional<String> title, Optional<String> author,
                                            Optional<String> date, Optional<String> url) {
            if (type.isEmpty() && (title.isPresent() || author.isPresent() || date.isPresent() || url.isPresent())) {
                throw new ImportOptionException("doc-type", "--title, --author, --date and --url describe a source document: give --doc-type too");
            }
            return new DocumentOptions(type, title, author, date.map(DocumentOptions::day), url);
        }

        private static LocalDate day(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new ImportOptionException("date", "--date '" + text + "' is not a date of the form YYYY-MM-DD");
            }
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
