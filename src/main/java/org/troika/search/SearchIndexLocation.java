package org.troika.search;

import java.nio.file.Path;

/** The folder of the search index: {@code index} in the data folder, beside the embedded database. */
public record SearchIndexLocation(Path folder) {

    public static SearchIndexLocation in(Path dataDir) {
        return new SearchIndexLocation(dataDir.toAbsolutePath().normalize().resolve("index"));
    }
}
