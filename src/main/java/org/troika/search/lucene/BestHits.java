package org.troika.search.lucene;

import org.apache.lucene.search.FieldDoc;

/** The best hits by relevance (score, highest first, then id): a bounded heap of (score, id, doc), the worst at its root. */
final class BestHits {
    private final float[] scores;
    private final long[] ids;
    private final int[] docs;
    private int size;

    BestHits(int capacity) {
        scores = new float[capacity];
        ids = new long[capacity];
        docs = new int[capacity];
    }

    /** Whether (s1, id1) comes after (s2, id2) in relevance order. */
    static boolean worse(float s1, long id1, float s2, long id2) {
        int c = Float.compare(s1, s2);
        return c < 0 || (c == 0 && id1 > id2);
    }

    boolean full() {
        return size == scores.length;
    }

    float lowestScore() {
        return scores[0];
    }

    void offer(float score, long id, int doc) {
        if (size < scores.length) {
            set(size, score, id, doc);
            up(size++);
        } else if (worse(scores[0], ids[0], score, id)) {
            set(0, score, id, doc);
            down(0);
        }
    }

    void addAll(BestHits other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.scores[i], other.ids[i], other.docs[i]);
        }
    }

    /** The hits kept, best first, with their sort values as {@code TopFieldCollector} gives them. */
    FieldDoc[] sorted() {
        BestHits copy = new BestHits(scores.length);
        copy.addAll(this);
        FieldDoc[] out = new FieldDoc[copy.size];
        for (int i = copy.size - 1; i >= 0; i--) {
            out[i] = new FieldDoc(copy.docs[0], copy.scores[0], new Object[]{copy.scores[0], copy.ids[0]});
            copy.removeRoot();
        }
        return out;
    }

    private void removeRoot() {
        size--;
        set(0, scores[size], ids[size], docs[size]);
        down(0);
    }

    private void set(int i, float score, long id, int doc) {
        scores[i] = score;
        ids[i] = id;
        docs[i] = doc;
    }

    private void swap(int i, int j) {
        float s = scores[i];
        long id = ids[i];
        int d = docs[i];
        set(i, scores[j], ids[j], docs[j]);
        set(j, s, id, d);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(scores[i], ids[i], scores[parent], ids[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int worst = i;
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                if (worse(scores[child], ids[child], scores[worst], ids[worst])) {
                    worst = child;
                }
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }
}
