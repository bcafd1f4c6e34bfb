package org.troika.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the import log: a file given to the importer, by whom, what became of it, and every row or paragraph
 * it had refused (empty in a list of entries, where only their number is read).
 */
public record ImportRun(long id, String file, String kind, String sha256, Instant startedAt, Optional<String> importedBy,
                        FileOutcome outcome, int inserted, int updated, int unchanged, int rejected, Optional<String> error,
                        List<Rejection> rejections) {

    public ImportRun {
        rejections = List.copyOf(rejections);
    }
}
