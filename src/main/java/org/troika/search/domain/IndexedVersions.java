package org.troika.search.domain;

/** The ids and versions the index holds, both arrays in ascending id order. */
public record IndexedVersions(long[] ids, long[] versions) {

    public IndexedVersions {
        if (ids.length != versions.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + versions.length + " versions");
        }
    }

    public int size() {
        return ids.length;
    }
}
