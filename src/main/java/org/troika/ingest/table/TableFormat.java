package org.troika.ingest.table;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The table formats the importer reads, told apart by content first and name second. */
public enum TableFormat {
    CSV("CSV"), TSV("TSV"), XLSX("XLSX"), JSON("JSON");

    private final String label;

    TableFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The table format of a file, or empty when it is a document (PDF, Word, HTML, text) or a bundle.
     * A JSON file (named .json, or not named at all) that starts with '[' is a table (a list of records); one that
     * starts with '{' is a bundle.
     */
    public static Optional<TableFormat> of(String fileName, byte[] head) {
        String ext = extension(fileName);
        boolean zip = head.length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
        if (zip && (ext.equals("xlsx") || ext.equals("xlsm"))) {
            return Optional.of(XLSX);
        }
        if (zip) {
            return Optional.empty();
        }
        char first = firstSignificant(head);
        if (ext.equals("json") || (ext.isEmpty() && first == '[')) {
            return first == '{' ? Optional.empty() : Optional.of(JSON);
        }
        return switch (ext) {
            case "csv" -> Optional.of(CSV);
            case "tsv", "tab" -> Optional.of(TSV);
            case "xlsx", "xlsm" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }

    /** A bundle is a JSON object: Troika's own "troika-bundle/1". */
    public static boolean isJsonObject(String fileName, byte[] head) {
        String ext = extension(fileName);
        return (ext.equals("json") || ext.isEmpty()) && firstSignificant(head) == '{';
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static char firstSignificant(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 256), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        s = s.stripLeading();
        return s.isEmpty() ? 0 : s.charAt(0);
    }
}
