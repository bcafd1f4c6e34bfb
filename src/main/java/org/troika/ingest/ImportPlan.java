package org.troika.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.load.ReportImport;
import org.troika.ingest.read.DocumentReaders;
import org.troika.ingest.read.UnreadableDocumentException;
import org.troika.ingest.table.TableFormat;

/**
 * Decides what each file given to the importer is — a table (CSV, TSV, XLSX, JSON array), a Troika bundle
 * (JSON object), a Working Group report, its addendum, or a free-text document — by its content, and pairs
 * each addendum with the report it belongs to among the files given (an addendum given without it answers a review
 * already stored). With --doc-type every document is a
 * source document, even one that quotes numbered recommendations.
 */
final class ImportPlan {

    private ImportPlan() {
    }

    static List<ImportUnit> of(List<Path> files, ReportImport reports, boolean sourceDocuments) {
        List<ImportUnit> units = new ArrayList<>();
        List<ImportUnit.Addendum> addenda = new ArrayList<>();
        for (Path path : files) {
            ImportUnit unit = classify(path, reports, sourceDocuments);
            if (unit instanceof ImportUnit.Addendum a) {
                addenda.add(a);
            } else {
                units.add(unit);
            }
        }
        for (ImportUnit.Addendum a : addenda) {
            int match = reportFor(a, units);
            if (match < 0) {
                units.add(a);
            } else {
                units.set(match, ((ImportUnit.Report) units.get(match)).with(a));
            }
        }
        return units;
    }

    /** The report whose symbol the addendum's extends (A/HRC/43/15 for A/HRC/43/15/Add.1), else the only report given. */
    private static int reportFor(ImportUnit.Addendum a, List<ImportUnit> units) {
        String head = a.text().text().substring(0, Math.min(3000, a.text().text().length()));
        List<Integer> reports = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) instanceof ImportUnit.Report r && r.addendum().isEmpty()) {
                reports.add(i);
                Optional<String> symbol = r.extraction().facts().symbol();
                if (symbol.isPresent() && head.contains(symbol.get() + "/Add.")) {
                    return i;
                }
            }
        }
        return reports.size() == 1 ? reports.get(0) : -1;
    }

    private static ImportUnit classify(Path path, ReportImport reports, boolean sourceDocuments) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(1024);
        } catch (NoSuchFileException e) {
            return new ImportUnit.Unreadable(path, path + ": no such file");
        } catch (IOException e) {
            return new ImportUnit.Unreadable(path, path + ": cannot be read: " + e.getMessage());
        }
        if (head.length == 0) {
            return new ImportUnit.Unreadable(path, path + ": the file is empty");
        }
        Optional<TableFormat> table = TableFormat.of(name, head);
        if (table.isPresent()) {
            return new ImportUnit.Table(path, table.get());
        }
        if (TableFormat.isJsonObject(name, head)) {
            return new ImportUnit.BundleFile(path);
        }
        String text;
        try {
            text = DocumentReaders.read(path).text();
        } catch (UnreadableDocumentException e) {
            return new ImportUnit.Unreadable(path, e.getMessage());
        }
        if (sourceDocuments) {
            return new ImportUnit.FreeText(path, text, "");
        }
        ReportImport.Text named = new ReportImport.Text(path.toString(), text);
        if (ReportImport.isAddendum(text)) {
            return new ImportUnit.Addendum(path, named);
        }
        Extraction extraction = reports.extract(text);
        if (!extraction.recommendations().isEmpty()) {
            return new ImportUnit.Report(path, named, extraction, Optional.empty());
        }
        String problem = extraction.problems().isEmpty() ? "no recommendations found" : extraction.problems().get(0).message();
        return new ImportUnit.FreeText(path, text, problem);
    }
}
