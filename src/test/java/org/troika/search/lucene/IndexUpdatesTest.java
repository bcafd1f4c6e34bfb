package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.IndexedVersions;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.state.StateRegistry;

/**
 * Changes reach the index by the recommendation's id: one document per recommendation, always its latest text. An
 * index whose documents were made by another schema (an older Troika) is not searched, but rebuilt.
 */
class IndexUpdatesTest {

    @TempDir
    Path folder;

    private final StateRegistry states = StateRegistry.bundled();
    private final List<IndexedRecommendation> kazakhstan = KazakhstanRecommendations.load().keySet().stream()
            .limit(12).map(r -> IndexedRecommendation.of(r, states)).toList();

    private static IndexedRecommendation rewritten(IndexedRecommendation r, String text) {
        return new IndexedRecommendation(r.id(), r.version() + 1, text, r.paragraph(), r.orderKey(), r.cycle(), r.session(),
                r.year(), r.stateUnderReview(), r.recommendingStates(), r.response(), r.themes(), r.sdgTargets(), r.values());
    }

    @Test
    void a_changed_recommendation_replaces_its_document_and_a_deleted_one_leaves() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("index"), new FieldValues(states))) {
            index.rebuild(sink -> kazakhstan.subList(0, 10).forEach(sink));
            IndexedRecommendation first = kazakhstan.get(0);

            index.update(List.of(rewritten(first, "Ratify the zanzibarian protocol"),
                            rewritten(first, "Ratify the quokkaesque protocol"),
                            kazakhstan.get(1), kazakhstan.get(10)),
                    List.of(kazakhstan.get(1).id(), kazakhstan.get(2).id()));

            // 10 - 2 deleted + 1 new; the first recommendation once, with the last of its two new texts.
            assertThat(index.search(SearchRequest.of("")).total()).isEqualTo(9);
            assertThat(index.search(SearchRequest.of("zanzibarian")).total()).isZero();
            List<SearchHit> found = index.search(SearchRequest.of("quokkaesque")).hits();
            assertThat(found).extracting(SearchHit::id).containsExactly(first.id());
            assertThat(ids(index, kazakhstan.get(1)) + ids(index, kazakhstan.get(2))).isZero();
            assertThat(ids(index, kazakhstan.get(10))).isEqualTo(1);
            IndexedVersions versions = index.versions();
            assertThat(versions.size()).isEqualTo(9);
            assertThat(versions.versions()[Arrays.binarySearch(versions.ids(), first.id())]).isEqualTo(first.version() + 1);

            // Updated again in a later change: still one document.
            index.update(List.of(rewritten(first, "Ratify the quokkaesque protocol again")), List.of());
            assertThat(index.search(SearchRequest.of("quokkaesque")).total()).isEqualTo(1);
            assertThat(index.search(SearchRequest.of("")).total()).isEqualTo(9);
        }
    }

    @Test
    void an_index_of_another_schema_is_emptied_at_opening_and_said_to_need_a_rebuild() throws IOException {
        Path index = folder.resolve("index");
        try (LuceneSearchIndex search = LuceneSearchIndex.open(index, new FieldValues(states))) {
            search.rebuild(sink -> kazakhstan.subList(0, 5).forEach(sink));
        }
        // What an older Troika leaves: an index whose documents are made differently, its schema in the commit.
        try (IndexWriter older = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
            older.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, "3").entrySet());
            older.commit();
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(index, new FieldValues(states))) {
            assertThat(reopened.needsRebuild()).isTrue();
            assertThat(reopened.search(SearchRequest.of("")).total()).isZero();
        }
        // Emptied, it carries this schema: opened again, it is kept (its owner, told once, has rebuilt it by then).
        try (LuceneSearchIndex again = LuceneSearchIndex.open(index, new FieldValues(states))) {
            assertThat(again.needsRebuild()).isFalse();
        }
    }

    /** How many documents the index holds for this recommendation. */
    private static long ids(LuceneSearchIndex index, IndexedRecommendation r) {
        long[] count = {0};
        index.forEachHit(SearchRequest.of(""), id -> {
            if (id == r.id()) {
                count[0]++;
            }
        });
        return count[0];
    }
}
