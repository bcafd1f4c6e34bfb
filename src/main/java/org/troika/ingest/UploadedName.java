package org.troika.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where an uploaded file is stored, in its upload's folder: under its sender's name without any folder, in letters,
 * digits and a few marks, so that no name can reach outside that folder ("../../etc/passwd" is "passwd"); a name
 * already taken there gets a number ("2-report.pdf"). Reports name the file by this name (FileReport.outside).
 */
final class UploadedName {

    private static final int MAX = 120;

    private UploadedName() {
    }

    /** A file in the folder, not there yet, named after the name sent. */
    static Path in(Path folder, String sent) {
        String base = base(sent);
        Path file = folder.resolve(base);
        for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
            file = folder.resolve(n + "-" + base);
        }
        return file;
    }

    private static String base(String sent) {
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
        return base.isEmpty() ? "upload" : base;
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
