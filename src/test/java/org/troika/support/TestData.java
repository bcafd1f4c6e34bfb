package org.troika.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table that tests write to, keeping the reference data (States, sessions). */
public final class TestData {

    private TestData() {
    }

    public static void clean(JdbcClient jdbc) {
        for (String table : new String[]{"recommendation",
                "review_troika", "review", "statement", "source_document", "import_run"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        // As any write behind a search index's back: the next search compares the index with the database.
        jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();
    }
}
