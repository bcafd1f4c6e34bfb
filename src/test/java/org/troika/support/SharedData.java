package org.troika.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.TestAbortedException;

/**
 * The real public data in ../shared (beside the project; CI has it there too), read by tests and
 * benchmarks, never copied into the product. TROIKA_SHARED overrides the location.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String override = System.getenv("TROIKA_SHARED");
        Path root = override != null ? Path.of(override) : Path.of("..", "shared");
        if (!Files.isDirectory(root.resolve("data"))) {
            throw new TestAbortedException("shared data folder not found at " + root.toAbsolutePath() + " (set TROIKA_SHARED)");
        }
        return root;
    }

    public static Path data(String name) {
        return root().resolve("data").resolve(name);
    }

    public static Path report(String name) {
        return root().resolve("data").resolve("reports").resolve(name);
    }

    public static Path seed(String name) {
        return root().resolve("seeds").resolve(name);
    }
}
