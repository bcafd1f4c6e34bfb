package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.FieldDoc;
import org.junit.jupiter.api.Test;

/** The page by relevance keeps the best hits, highest score first and ties by id, whatever order they come in. */
class BestHitsTest {

    private record Hit(float score, long id, int doc) {
    }

    private static final Comparator<Hit> RELEVANCE = Comparator.comparing(Hit::score, Comparator.reverseOrder()).thenComparing(Hit::id);

    @Test
    void keeps_the_best_hits_in_order_with_ties_broken_by_id() {
        Random random = new Random(7);
        List<Hit> hits = new ArrayList<>();
        for (int doc = 0; doc < 5_000; doc++) {
            // Few distinct scores: most hits tie with many others.
            hits.add(new Hit(random.nextInt(6) / 2f, random.nextLong(1_000_000), doc));
        }
        for (int capacity : new int[]{1, 2, 21, 101}) {
            Collections.shuffle(hits, random);
            BestHits best = new BestHits(capacity);
            hits.forEach(h -> best.offer(h.score(), h.id(), h.doc()));
            assertThat(kept(best)).isEqualTo(hits.stream().sorted(RELEVANCE).limit(capacity).toList());
        }
    }

    @Test
    void pages_merged_from_several_threads_are_the_page_of_all() {
        Random random = new Random(11);
        List<Hit> hits = new ArrayList<>();
        for (int doc = 0; doc < 2_000; doc++) {
            hits.add(new Hit(random.nextInt(4), doc * 7L % 2_003, doc));
        }
        BestHits merged = new BestHits(21);
        for (int part = 0; part < 3; part++) {
            BestHits one = new BestHits(21);
            for (int i = part; i < hits.size(); i += 3) {
                one.offer(hits.get(i).score(), hits.get(i).id(), hits.get(i).doc());
            }
            merged.addAll(one);
        }
        assertThat(kept(merged)).isEqualTo(hits.stream().sorted(RELEVANCE).limit(21).toList());
    }

    @Test
    void an_empty_page_has_no_hits() {
        assertThat(new BestHits(20).sorted()).isEmpty();
    }

    private static List<Hit> kept(BestHits best) {
        List<Hit> kept = new ArrayList<>();
        for (FieldDoc d : best.sorted()) {
            assertThat(d.fields[0]).isEqualTo(d.score);
            kept.add(new Hit((Float) d.fields[0], (Long) d.fields[1], d.doc));
        }
        return kept;
    }
}
