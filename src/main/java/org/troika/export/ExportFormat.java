package org.troika.export;

import java.util.Arrays;
import java.util.Locale;

/** The file formats recommendations can be exported to. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String s) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(s.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown export format '" + s + "': use csv, json or xlsx"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
