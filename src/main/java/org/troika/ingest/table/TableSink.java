package org.troika.ingest.table;

import java.util.List;

/** Receives a table as it is read, so that no table is held in memory whole. */
public interface TableSink {

    /** The column headers, before the rows they head (again for each further sheet of a workbook). */
    void header(List<String> columns, String where);

    void row(TableRow row);

    /** The text encoding a CSV or TSV file was read in, when it is not UTF-8; before the header. */
    default void encoding(String charset) {
    }

    /** A row that cannot be read as a row at all (a JSON element that is no object). */
    void unreadable(String where, String reason);
}
