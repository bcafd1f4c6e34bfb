package org.troika.ingest;

/** Told how an import advances, for a progress bar; does nothing by default. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** A file is started; {@code size} in bytes, 0 when unknown. */
    default void started(String file, long size) {
    }

    /** {@code bytes} of the current file were read, {@code recommendations} stored or checked so far. */
    default void advanced(long bytes, long recommendations) {
    }

    default void finished() {
    }
}
