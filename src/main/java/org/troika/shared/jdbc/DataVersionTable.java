package org.troika.shared.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-row table {@code data_version}: a number raised in the transaction of every write that views derived from
 * the database (the search index) must follow, whichever feature makes the write.
 */
public final class DataVersionTable {

    private final JdbcClient jdbc;

    public DataVersionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the version within the caller's transaction and returns the new value. */
    public long raise() {
        // The row lock taken here also orders concurrent writers, so versions follow commit order.
        jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
        return current();
    }

    public long current() {
        return jdbc.sql("SELECT version FROM data_version WHERE id = 1").query(Long.class).single();
    }
}
