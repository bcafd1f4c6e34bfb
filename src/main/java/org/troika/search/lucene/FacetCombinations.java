package org.troika.search.lucene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct combinations of one group's ordinals in a segment, numbered in order of appearance: each doc of a
 * {@link FacetColumn} holds one such number per group.
 */
final class FacetCombinations {

    private final Map<Key, Integer> numbers = new HashMap<>();
    private final List<int[]> found = new ArrayList<>();
    private final Key probe = new Key(null, 0);

    /** The number of the combination of {@code ords[0..length)}, given it if new. */
    int number(int[] ords, int length) {
        probe.ords = ords;
        probe.length = length;
        Integer number = numbers.get(probe);
        if (number == null) {
            number = found.size();
            int[] copy = Arrays.copyOf(ords, length);
            found.add(copy);
            numbers.put(new Key(copy, length), number);
        }
        return number;
    }

    /** Where each combination's ordinals start in {@link #ords()}, and one past the last. */
    int[] starts() {
        int[] starts = new int[found.size() + 1];
        for (int c = 0; c < found.size(); c++) {
            starts[c + 1] = starts[c] + found.get(c).length;
        }
        return starts;
    }

    /** Every combination's ordinals, one after another. */
    int[] ords() {
        return found.stream().flatMapToInt(Arrays::stream).toArray();
    }

    /** Part of an array as a map key; the probe is refilled for each lookup so that looking up allocates nothing. */
    private static final class Key {
        int[] ords;
        int length;

        Key(int[] ords, int length) {
            this.ords = ords;
            this.length = length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(ords, 0, length, k.ords, 0, k.length);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = 0; i < length; i++) {
                h = 31 * h + ords[i];
            }
            return h;
        }
    }
}
