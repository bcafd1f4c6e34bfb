package org.troika.recommendation.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into a PostgreSQL table with COPY ... FROM STDIN, on the connection of the current
 * transaction: several times faster than INSERT batches for bulk imports (see docs/benchmarks.md, "Bulk import").
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    /** Rows of values in column order; null is SQL NULL, anything else is written as its string form. */
    static void copy(DataSource dataSource, String table, String columns, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        for (Object[] row : rows) {
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
                    for (int k = 0; k < s.length(); k++) {
                        char c = s.charAt(k);
                        if (c == '"') {
                            csv.append('"');
                        }
                        csv.append(c);
                    }
                    csv.append('"');
                }
            }
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new org.springframework.dao.DataIntegrityViolationException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
