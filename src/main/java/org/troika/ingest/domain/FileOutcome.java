package org.troika.ingest.domain;

/** What became of one file given to the importer. */
public enum FileOutcome {
    /** Every row or paragraph was stored (or was already stored). */
    IMPORTED,
    /** The good rows were stored; the rejected ones are listed (--skip-bad-rows). */
    PARTLY_IMPORTED,
    /** Some rows were bad, so nothing was stored (the default, all-or-nothing). */
    REJECTED,
    /** The file could not be imported at all (unreadable, unknown shape, database error); nothing was stored. */
    FAILED,
    /** --dry-run: everything was checked and counted, then rolled back. */
    DRY_RUN;

    public boolean stored() {
        return this == IMPORTED || this == PARTLY_IMPORTED;
    }
}
