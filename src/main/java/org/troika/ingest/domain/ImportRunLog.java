package org.troika.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The audit of what came in: one entry per file given to the importer, with every rejection. */
public interface ImportRunLog {

    /** Stores the report of one file; returns the entry's id. */
    long record(FileReport report, Instant startedAt, Optional<String> importedBy);

    /** The latest entries first, without their rejections. */
    List<ImportRun> recent(int limit);

    /** One entry with every rejection it stored. */
    Optional<ImportRun> find(long id);
}
