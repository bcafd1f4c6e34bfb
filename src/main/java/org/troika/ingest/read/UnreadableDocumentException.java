package org.troika.ingest.read;

import java.nio.file.Path;

/** A file that cannot be read as a document: the message names the file and what is wrong with it. */
public class UnreadableDocumentException extends IllegalArgumentException {

    private final transient Path file;

    public UnreadableDocumentException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public UnreadableDocumentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
