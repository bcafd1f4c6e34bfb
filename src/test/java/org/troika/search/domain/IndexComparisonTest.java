package org.troika.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The record-by-record check of the index against the database. */
class IndexComparisonTest {

    private static IndexedVersions indexed(long[] ids, String... versions) {
        long[] v = new long[versions.length];
        for (int i = 0; i < versions.length; i++) {
            v[i] = IndexedRecommendation.version(versions[i]);
        }
        return new IndexedVersions(ids, v);
    }

    @Test
    void finds_missing_outdated_and_orphaned_records() {
        IndexComparison comparison = new IndexComparison(indexed(new long[]{1, 2, 4, 7}, "a", "b", "d", "g"));
        comparison.accept("a", 1);
        comparison.accept("b2", 2);
        comparison.accept("c", 3);
        comparison.accept("d", 4);
        comparison.accept("h", 8);

        IndexComparison.Difference difference = comparison.difference();

        assertThat(difference.stale()).containsExactly(2L, 3L, 8L);
        assertThat(difference.orphans()).containsExactly(7L);
        assertThat(difference.databaseCount()).isEqualTo(5);
        assertThat(difference.indexedCount()).isEqualTo(4);
        assertThat(difference.none()).isFalse();
    }

    @Test
    void an_index_that_agrees_has_no_difference() {
        IndexComparison comparison = new IndexComparison(indexed(new long[]{5, 9}, "x", "y"));
        comparison.accept("x", 5);
        comparison.accept("y", 9);
        assertThat(comparison.difference().none()).isTrue();
    }

    @Test
    void an_empty_database_leaves_every_indexed_record_orphaned() {
        assertThat(new IndexComparison(indexed(new long[]{1, 2}, "a", "b")).difference().orphans()).containsExactly(1L, 2L);
    }
}
