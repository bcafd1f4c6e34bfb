package org.troika.ingest.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What importing one file did.
 *
 * @param kind        what the file was read as, e.g. "UPR Info export (CSV)", "Working Group report A/HRC/14/10"
 * @param rejected    how many rows or paragraphs were refused; {@code rejections} lists them (up to a limit)
 * @param corrections stored recommendations the file changed in place, field by field (up to a limit)
 * @param notes       reviews created, documents stored, warnings that rejected nothing
 * @param error       why the whole file failed, for {@link FileOutcome#FAILED}
 * @param badInput    the failure is the file's fault (or the options'), not the system's
 */
public record FileReport(String file, String sha256, String kind, FileOutcome outcome, int inserted, int updated, int unchanged,
                         int rejected, List<Rejection> rejections, List<Correction> corrections, List<String> notes,
                         Optional<String> error, boolean badInput) {

    public FileReport {
        rejections = List.copyOf(rejections);
        corrections = List.copyOf(corrections);
        notes = List.copyOf(notes);
    }

    public int recommendations() {
        return inserted + updated + unchanged;
    }

    /**
     * The same report with this folder left out wherever it names a file in it: an upload, stored in a folder of its
     * own under the name its sender gave it, is named as its sender named it.
     */
    public FileReport outside(Path folder) {
        String prefix = folder + folder.getFileSystem().getSeparator();
        UnaryOperator<String> shown = text -> text.replace(prefix, "");
        return new FileReport(shown.apply(file), sha256, kind, outcome, inserted, updated, unchanged, rejected,
                rejections.stream().map(r -> new Rejection(shown.apply(r.location()), r.field(), shown.apply(r.reason()))).toList(),
                corrections, notes.stream().map(shown).toList(), error.map(shown), badInput);
    }
}
