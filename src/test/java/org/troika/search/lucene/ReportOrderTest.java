package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troika.recommendation.RecommendationBuilder.aRecommendation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.ReviewRef;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.search.domain.SortOrder;
import org.troika.state.StateRegistry;

/** Report order: by session, then State under review, then paragraph (its numbers compared as numbers), then id. */
class ReportOrderTest {

    @TempDir
    Path folder;

    private final StateRegistry states = StateRegistry.bundled();
    private final List<Recommendation> real = KazakhstanRecommendations.load().keySet().stream().limit(7).toList();

    /** A real recommendation's text, made in another review and paragraph. */
    private IndexedRecommendation placed(int i, int session, int year, String state, String paragraph) {
        Recommendation r = aRecommendation().in(new ReviewRef(i + 1, state, session, 1, year)).paragraph(paragraph)
                .text(real.get(i).text()).by("FRA").build().withId(i + 1);
        return IndexedRecommendation.of(r, states);
    }

    @Test
    void paragraph_order_is_session_then_state_then_paragraph_number() {
        List<IndexedRecommendation> shuffled = List.of(
                placed(0, 103, 2025, "FRA", "124.15"),
                placed(1, 20, 2014, "KAZ", "124.15"),
                placed(2, 7, 2010, "KAZ", "95.1"),
                placed(3, 20, 2014, "KAZ", "124.2"),
                placed(4, 20, 2014, "ALB", "99.1"),
                placed(5, 7, 2010, "KAZ", "95.1"),
                placed(6, 20, 2014, "KAZ", "124"));
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("index"), new FieldValues(states))) {
            index.rebuild(sink -> shuffled.forEach(sink));

            List<String> expected = List.of("7 KAZ 95.1", "7 KAZ 95.1", "20 ALB 99.1", "20 KAZ 124", "20 KAZ 124.2",
                    "20 KAZ 124.15", "103 FRA 124.15");
            List<SearchHit> inOrder = index.search(SearchRequest.of("").sortedBy(SortOrder.PARAGRAPH).ofSize(50)).hits();
            assertThat(inOrder).extracting(ReportOrderTest::place).containsExactlyElementsOf(expected);
            // Two in the same paragraph: the lower id first.
            assertThat(inOrder).extracting(SearchHit::id).startsWith(3L, 6L);

            // Page by page, with cursors, the same order.
            List<SearchHit> paged = new ArrayList<>();
            SearchResult page = index.search(SearchRequest.of("").sortedBy(SortOrder.PARAGRAPH).ofSize(2));
            paged.addAll(page.hits());
            while (page.nextCursor().isPresent()) {
                page = index.search(SearchRequest.of("").sortedBy(SortOrder.PARAGRAPH).ofSize(2).after(page.nextCursor().get()));
                paged.addAll(page.hits());
            }
            assertThat(paged).extracting(SearchHit::id).containsExactlyElementsOf(inOrder.stream().map(SearchHit::id).toList());

            // By date: the latest review first, report order within a year.
            List<SearchHit> byDate = index.search(SearchRequest.of("").sortedBy(SortOrder.DATE).ofSize(50)).hits();
            assertThat(byDate).extracting(ReportOrderTest::place).containsExactly("103 FRA 124.15", "20 ALB 99.1", "20 KAZ 124",
                    "20 KAZ 124.2", "20 KAZ 124.15", "7 KAZ 95.1", "7 KAZ 95.1");
        }
    }

    private static String place(SearchHit hit) {
        return hit.session() + " " + hit.stateUnderReview() + " " + hit.paragraph();
    }
}
