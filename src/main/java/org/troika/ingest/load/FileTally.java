package org.troika.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troika.ingest.domain.Correction;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.ingest.domain.Rejection;

/**
 * What importing one file has done so far. Rejections and corrections are all counted; the first
 * {@value #LISTED} of each are kept to print and store, so a file of a million bad rows cannot exhaust memory.
 */
public final class FileTally {

    public static final int LISTED = 10_000;

    private final String file;
    private String kind;
    private int inserted;
    private int updated;
    private int unchanged;
    private int rejected;
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Correction> corrections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    public FileTally(String file, String kind) {
        this.file = file;
        this.kind = kind;
    }

    public void kind(String what) {
        this.kind = what;
    }

    public String kind() {
        return kind;
    }

    public void inserted(int n) {
        inserted += n;
    }

    public void updated(int n) {
        updated += n;
    }

    public void unchanged(int n) {
        unchanged += n;
    }

    public void reject(Rejection rejection) {
        rejected++;
        if (rejections.size() < LISTED) {
            rejections.add(rejection);
        }
    }

    public void corrected(List<Correction> changes) {
        for (Correction c : changes) {
            if (corrections.size() < LISTED) {
                corrections.add(c);
            }
        }
    }

    /** Something the file created (a review): said only if the file was stored. */
    public void created(String what) {
        if (created.size() < LISTED) {
            created.add(what);
        }
    }

    public void note(String note) {
        if (notes.size() < LISTED) {
            notes.add(note);
        }
    }

    public int rejected() {
        return rejected;
    }

    public long handled() {
        return (long) inserted + updated + unchanged + rejected;
    }

    public FileReport report(String sha256, FileOutcome outcome, Optional<String> error, boolean badInput) {
        boolean stored = outcome.stored() || outcome == FileOutcome.DRY_RUN;
        List<String> said = new ArrayList<>();
        String would = outcome == FileOutcome.DRY_RUN ? "would have " : "";
        if (stored && created.size() <= 10) {
            created.forEach(c -> said.add(would + c));
        } else if (stored) {
            // A bulk import creates hundreds of reviews: one line, not one each.
            said.add(would + "created " + created.size() + " reviews: " + String.join(", ", created.stream()
                    .map(c -> c.replaceFirst("^created review (\\S+).*$", "$1")).toList()));
        }
        said.addAll(notes);
        return new FileReport(file, sha256, kind, outcome, stored ? inserted : 0, stored ? updated : 0, stored ? unchanged : 0,
                rejected, rejections, stored ? corrections : List.of(), said, error, badInput);
    }
}
