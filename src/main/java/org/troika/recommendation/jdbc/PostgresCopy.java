package org.troika.recommendation.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into a PostgreSQL table with COPY ... FROM STDIN, on the connection of the current
 * transaction: several times faster than INSERT batches for bulk imports (see docs/benchmarks.md, "Bulk import").
 * The rows are sent in pieces of about 64 KB as they are written, so that the server stores the first ones while
 * the rest are being written.
 */
final class PostgresCopy {

    private static final int PIECE = 64 * 1024;

    private PostgresCopy() {
    }

    /** Rows of values in column order; null is SQL NULL, anything else is written as its string form. */
    static void copy(DataSource dataSource, String table, String columns, List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = null;
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)");
            StringBuilder csv = new StringBuilder(PIECE + 4096);
            for (Object[] row : rows) {
                appendRow(csv, row);
                if (csv.length() >= PIECE) {
                    send(copy, csv);
                }
            }
            send(copy, csv);
            copy.endCopy();
            copy = null;
        } catch (SQLException e) {
            throw new DataIntegrityViolationException("COPY into " + table + " failed: " + e.getMessage(), e);
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction fails anyway; the first error is the one reported
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void send(CopyIn copy, StringBuilder csv) throws SQLException {
        if (!csv.isEmpty()) {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            csv.setLength(0);
        }
    }

    /** CSV as COPY reads it: a value in double quotes (a quote doubled), NULL as nothing. */
    static void appendRow(StringBuilder csv, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object v = row[i];
            if (v instanceof Number) {
                csv.append(v);
            } else if (v != null) {
                String s = v.toString();
                csv.append('"');
                if (s.indexOf('"') < 0) {
                    csv.append(s);
                } else {
                    for (int k = 0; k < s.length(); k++) {
                        char c = s.charAt(k);
                        if (c == '"') {
                            csv.append('"');
                        }
                        csv.append(c);
                    }
                }
                csv.append('"');
            }
        }
        csv.append('\n');
    }
}
