package org.troika.ingest;

import java.nio.file.Path;
import java.util.Optional;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.load.ReportImport;
import org.troika.ingest.table.TableFormat;

/** One thing to import in one transaction: a file, or a report with its addendum. */
sealed interface ImportUnit {

    Path path();

    record Table(Path path, TableFormat format) implements ImportUnit {
    }

    record BundleFile(Path path) implements ImportUnit {
    }

    record Report(Path path, ReportImport.Text text, Extraction extraction, Optional<Addendum> addendum) implements ImportUnit {

        Report with(Addendum a) {
            return new Report(path, text, extraction, Optional.of(a));
        }
    }

    record Addendum(Path path, ReportImport.Text text) implements ImportUnit {
    }

    record FreeText(Path path, String text, String problem) implements ImportUnit {
    }

    /** A file that cannot be imported at all, and why. */
    record Unreadable(Path path, String reason) implements ImportUnit {
    }
}
