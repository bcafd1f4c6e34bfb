package org.troika.ingest.domain;

import java.io.IOException;
import java.io.InputStream;

/** A file sent to the importer over the web: the name its sender gave it, and its bytes. */
public record Upload(String name, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
