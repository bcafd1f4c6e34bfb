package org.troika.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the database with the index, record by record: fed every (id, version) of the database in ascending id
 * order, it finds the recommendations the index lacks or holds in an older version, and those it holds that the
 * database no longer has. Cheap enough to run at every start: two ordered walks, no recommendation loaded.
 */
public final class IndexComparison {

    private final IndexedVersions indexed;
    private final List<Long> stale = new ArrayList<>();
    private final List<Long> orphans = new ArrayList<>();
    private int next;
    private long lastId = Long.MIN_VALUE;
    private long databaseCount;

    public IndexComparison(IndexedVersions indexed) {
        this.indexed = indexed;
    }

    /** One recommendation of the database; ids must come in ascending order. */
    public void accept(String version, long id) {
        if (id <= lastId) {
            throw new IllegalArgumentException("Database ids must ascend: " + id + " after " + lastId);
        }
        lastId = id;
        databaseCount++;
        long[] ids = indexed.ids();
        while (next < ids.length && ids[next] < id) {
            orphans.add(ids[next++]);
        }
        if (next < ids.length && ids[next] == id) {
            if (indexed.versions()[next] != IndexedRecommendation.version(version)) {
                stale.add(id);
            }
            next++;
        } else {
            stale.add(id);
        }
    }

    /** What differs, once the database has been walked through. */
    public Difference difference() {
        List<Long> gone = new ArrayList<>(orphans);
        for (int i = next; i < indexed.ids().length; i++) {
            gone.add(indexed.ids()[i]);
        }
        return new Difference(databaseCount, indexed.size(), List.copyOf(stale), List.copyOf(gone));
    }

    /**
     * @param stale   in the database but missing from the index or indexed in another version
     * @param orphans in the index but no longer in the database
     */
    public record Difference(long databaseCount, long indexedCount, List<Long> stale, List<Long> orphans) {

        public boolean none() {
            return stale.isEmpty() && orphans.isEmpty();
        }
    }
}
