package org.troika.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The name an uploaded file is stored and reported under: its sender's name without any folder, in letters, digits
 * and a few marks, so that no name can reach outside the upload's folder ("../../etc/passwd" is "passwd").
 */
final class UploadedName {

    private static final int MAX = 120;

    private UploadedName() {
    }

    static String of(String sent, Collection<String> taken) {
        String base = sent == null ? "" : sent.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.length() > MAX) {
            int dot = base.lastIndexOf('.');
            String ext = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, MAX - ext.length()) + ext;
        }
        if (base.isEmpty()) {
            base = "upload";
        }
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = n + "-" + base;
        }
        return name;
    }

    /** Removes an upload's folder and what is in it; what cannot be removed is left to the system's temporary-file cleaning. */
    static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Nothing of the import depends on it.
        }
    }
}
