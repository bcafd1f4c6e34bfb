package org.troika.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a table file of any supported format into a sink, row by row. */
public final class TableFiles {

    private TableFiles() {
    }

    /**
     * @param progress told how many bytes of the file were read so far (not for XLSX, which is read by sheet)
     */
    public static void read(Path path, TableFormat format, TableSink sink, java.util.function.LongConsumer progress) {
        String file = path.toString();
        try {
            if (format == TableFormat.XLSX) {
                XlsxTable.read(path, file, sink);
                return;
            }
            try (InputStream in = new CountingInputStream(Files.newInputStream(path), progress)) {
                switch (format) {
                    case CSV -> CsvTable.read(in, file, false, sink);
                    case TSV -> CsvTable.read(in, file, true, sink);
                    case JSON -> JsonTable.read(in, file, sink);
                    default -> throw new IllegalStateException(format.name());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
