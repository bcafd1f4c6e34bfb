package org.troika.cli;

import java.io.PrintWriter;
import org.troika.ingest.domain.Correction;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.ingest.domain.Rejection;

/** How the import command reports a file: a summary and the changes on stdout; rejections and the error on stderr. */
final class ImportSummary {

    private ImportSummary() {
    }

    static void print(FileReport r, PrintWriter out, PrintWriter err) {
        for (Rejection rejection : r.rejections()) {
            err.println(rejection);
        }
        if (r.rejected() > r.rejections().size()) {
            err.println(r.file() + ": ... and " + (r.rejected() - r.rejections().size()) + " more rejected (the first "
                    + r.rejections().size() + " are listed and kept in the import log)");
        }
        if (r.outcome() == FileOutcome.FAILED || r.outcome() == FileOutcome.REJECTED) {
            err.println("troika import: error: " + r.error().orElse(r.file() + ": failed"));
            for (String note : r.notes()) {
                err.println("  " + note);
            }
            return;
        }
        String verb = r.outcome() == FileOutcome.DRY_RUN ? "dry run, nothing stored: would be " : "";
        out.println(r.file() + " (" + r.kind() + "): " + verb + r.recommendations()
                + (r.recommendations() == 1 ? " recommendation: " : " recommendations: ")
                + r.inserted() + " new, " + r.updated() + " updated, " + r.unchanged() + " unchanged; " + r.rejected() + " rejected");
        for (String note : r.notes()) {
            out.println("  " + note);
        }
        for (Correction c : r.corrections()) {
            out.println("  updated " + c);
        }
    }

    static int exitCode(FileReport r, boolean skipBadRows) {
        return switch (r.outcome()) {
            case IMPORTED -> 0;
            case PARTLY_IMPORTED -> 1;
            case REJECTED -> 2;
            case FAILED -> r.badInput() ? 2 : 1;
            case DRY_RUN -> r.rejected() == 0 ? 0 : skipBadRows ? 1 : 2;
        };
    }
}
