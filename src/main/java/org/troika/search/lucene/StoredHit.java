package org.troika.search.lucene;

import java.util.Arrays;
import java.util.List;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchHit;

/**
 * What a hit shows, stored as one string: State, cycle, session, year, response, recommending States and the
 * paragraph last (the only part that could hold any character; none of the others holds the separator).
 */
final class StoredHit {

    private static final char SEP = '\u001F';

    private StoredHit() {
    }

    static String write(IndexedRecommendation r) {
        return r.stateUnderReview() + SEP + r.cycle() + SEP + r.session() + SEP + r.year() + SEP + r.response() + SEP
                + String.join(",", r.recommendingStates()) + SEP + r.paragraph();
    }

    static SearchHit read(long id, String stored, String snippet, float score) {
        String[] f = stored.split(String.valueOf(SEP), 7);
        List<String> by = f[5].isEmpty() ? List.of() : Arrays.asList(f[5].split(","));
        return new SearchHit(id, f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[6], by, f[4],
                snippet, score);
    }
}
