package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** How a search's work is shared between the cores: evenly, whatever the segments. */
class SharedSearchersTest {

    /** An index with segments of these many docs. */
    private static DirectoryReader index(int... segmentSizes) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : segmentSizes) {
                for (int i = 0; i < size; i++) {
                    writer.addDocument(new Document());
                }
                writer.commit();
            }
        }
        return DirectoryReader.open(directory);
    }

    private static long[] docsPerSlice(LeafSlice[] slices) {
        return Arrays.stream(slices).mapToLong(s -> Arrays.stream(s.partitions)
                .mapToLong(p -> Math.min(p.maxDocId, p.ctx.reader().maxDoc()) - p.minDocId).sum()).sorted().toArray();
    }

    @Test
    void segments_are_shared_out_evenly_biggest_first() throws IOException {
        try (DirectoryReader reader = index(500, 480, 300, 200, 20)) {
            LeafSlice[] slices = SharedSearchers.slices(reader.leaves(), 2, 0);
            assertThat(docsPerSlice(slices)).containsExactly(720, 780);
            assertThat(slices).allSatisfy(s -> assertThat(s.partitions).allSatisfy(p -> assertThat(p.minDocId).isZero()));
        }
    }

    @Test
    void a_segment_too_big_for_one_slice_is_cut_into_parts_in_different_slices() throws IOException {
        try (DirectoryReader reader = index(1000, 10)) {
            LeafSlice[] slices = SharedSearchers.slices(reader.leaves(), 2, 0);
            assertThat(docsPerSlice(slices)).containsExactly(500, 510);
            for (LeafSlice slice : slices) {
                List<Object> segments = Arrays.stream(slice.partitions).map(p -> (Object) p.ctx).toList();
                assertThat(segments).doesNotHaveDuplicates();
            }
            // The parts cover the segment once: 0..500 and 500..1000.
            List<LeafReaderContextPartition> parts = Arrays.stream(slices).flatMap(s -> Arrays.stream(s.partitions))
                    .filter(p -> p.ctx.reader().maxDoc() == 1000).toList();
            assertThat(parts).extracting(p -> p.minDocId + ".." + p.maxDocId).containsExactlyInAnyOrder("0..500", "500..1000");
        }
    }

    @Test
    void a_small_index_is_searched_in_one_slice() throws IOException {
        try (DirectoryReader reader = index(1000, 10)) {
            LeafSlice[] slices = SharedSearchers.slices(reader.leaves(), 2, 20_000);
            assertThat(slices).hasSize(1);
            assertThat(slices[0].partitions).hasSize(2).allSatisfy(p -> assertThat(p.minDocId).isZero());
        }
    }
}
