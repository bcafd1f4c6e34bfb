package org.troika.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A recommendation's page shows what is worded like it, to its own State in other reviews and to other States. */
class WordedAlikeTest {

    private static SearchHit hit(long id, String state, int session, float score) {
        return new SearchHit(id, state, 1, session, 2010, "1." + id, List.of("FRA"), "supported", "", score);
    }

    @Test
    void splits_by_state_and_leaves_out_the_same_review() {
        WordedAlike alike = WordedAlike.of(List.of(hit(1, "KAZ", 7, 10), hit(2, "SVN", 7, 9), hit(3, "KAZ", 20, 8), hit(4, "KAZ", 34, 7)),
                "KAZ", 7, 10);
        assertThat(alike.toSameState()).extracting(SearchHit::id).containsExactly(3L, 4L);
        assertThat(alike.toOtherStates()).extracting(SearchHit::id).containsExactly(2L);
    }

    @Test
    void leaves_out_what_scores_under_half_the_best() {
        WordedAlike alike = WordedAlike.of(List.of(hit(1, "SVN", 7, 10), hit(2, "FRA", 7, 5), hit(3, "DEU", 7, 4.9f)), "KAZ", 7, 10);
        assertThat(alike.toOtherStates()).extracting(SearchHit::id).containsExactly(1L, 2L);
    }

    @Test
    void shows_at_most_so_many_of_each_kind_best_first() {
        List<SearchHit> similar = List.of(hit(1, "SVN", 7, 10), hit(2, "FRA", 7, 9), hit(3, "DEU", 7, 8), hit(4, "KAZ", 20, 7),
                hit(5, "KAZ", 34, 6.5f), hit(6, "KAZ", 48, 6));
        WordedAlike alike = WordedAlike.of(similar, "KAZ", 7, 2);
        assertThat(alike.toOtherStates()).extracting(SearchHit::id).containsExactly(1L, 2L);
        assertThat(alike.toSameState()).extracting(SearchHit::id).containsExactly(4L, 5L);
        assertThat(WordedAlike.of(List.of(), "KAZ", 7, 2)).isEqualTo(new WordedAlike(List.of(), List.of()));
    }
}
