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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many rows into a PostgreSQL table with COPY ... FROM STDIN, on the connection of the current
 * transaction: several times faster than INSERT batches for bulk imports (see docs/benchmarks.md, "Bulk import").
 * The rows are sent in pieces of about 64 KB as they are written, so that the server stores the first ones while
 * the rest are being written.
 *
 * <p>Within a transaction the COPY is ended on a thread of its own: the server's work on the rows (index entries,
 * one foreign-key check each) goes on while the importing thread reads and prepares the next ones. The driver lets
 * no other statement use the connection until the COPY has ended, so whatever the transaction does next waits for
 * it; its outcome is awaited before the next COPY, when the transaction is flushed and before the commit, where a
 * failure fails the transaction with the server's own message. A failed COPY has aborted the transaction on the server in any case, so the
 * commit can never keep part of a file.
 */
final class PostgresCopy {

    private static final int PIECE = 64 * 1024;

    private PostgresCopy() {
    }

    /** Rows of values in column order; null is SQL NULL, anything else is written as its string form. */
    static void copy(DataSource dataSource, String table, String columns, List<Object[]> rows) {
        awaitEnd();
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
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                Ending.start(copy, table);
            } else {
                copy.endCopy();
            }
            copy = null;
        } catch (SQLException e) {
            throw failed(table, e);
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

    /** Waits for the COPY this transaction left ending, if any; its failure is thrown here. */
    static void awaitEnd() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // The transaction's own list: a transaction suspended around this one keeps its COPYs to itself.
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof Ending ending && !ending.awaited) {
                    ending.await();
                }
            }
        }
    }

    private static DataIntegrityViolationException failed(String table, SQLException e) {
        return new DataIntegrityViolationException("COPY into " + table + " failed: " + e.getMessage(), e);
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

    /** The end of one COPY, on a thread of its own; awaited before the next COPY, the commit or the rollback. */
    private static final class Ending implements TransactionSynchronization {

        private final String table;
        private final Thread thread;
        private volatile SQLException failure;
        private boolean awaited;

        private Ending(CopyIn copy, String table) {
            this.table = table;
            this.thread = Thread.ofPlatform().name("postgres-copy-end").daemon().unstarted(() -> {
                try {
                    copy.endCopy();
                } catch (SQLException e) {
                    failure = e;
                }
            });
        }

        static void start(CopyIn copy, String table) {
            Ending ending = new Ending(copy, table);
            TransactionSynchronizationManager.registerSynchronization(ending);
            ending.thread.start();
        }

        void await() {
            awaited = true;
            join();
            if (failure != null) {
                throw failed(table, failure);
            }
        }

        private void join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while PostgreSQL ended a COPY into " + table, e);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
        }

        /**
         * A transaction that will roll back (a dry run) never reaches {@link #beforeCommit}: it flushes to learn
         * whether what it wrote was stored.
         */
        @Override
        public void flush() {
            if (!awaited) {
                await();
            }
        }

        @Override
        public void beforeCompletion() {
            // On rollback too: the connection goes back to the pool only once the COPY has ended.
            join();
        }
    }
}
