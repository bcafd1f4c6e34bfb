package org.troika.ingest.domain;

import java.time.Instant;

/** The audit of what came in: one entry per file given to the importer, with every rejection. */
public interface ImportRunLog {

    /** Stores the report of one file; returns the entry's id. */
    long record(FileReport report, Instant startedAt);
}
