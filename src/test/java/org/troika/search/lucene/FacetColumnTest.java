package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Counting by combinations of values gives the counts of the doc values themselves. */
class FacetColumnTest {

    private static final String FIELD = "$facets";
    private static final List<Set<String>> GROUPS = List.of(Set.of("state", "cycle"), Set.of("by"), Set.of("theme"));

    @Test
    void counts_by_combination_are_those_of_the_doc_values() throws IOException {
        Random random = new Random(7);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 3_000; i++) {
                    Document doc = new Document();
                    if (i % 97 != 0) { // some docs have no facets at all
                        add(doc, "state", "S" + random.nextInt(30));
                        add(doc, "cycle", "" + random.nextInt(4));
                        for (int b = random.nextInt(3); b >= 0; b--) {
                            add(doc, "by", "B" + random.nextInt(10));
                        }
                        for (int t = random.nextInt(4); t > 0; t--) {
                            add(doc, "theme", "T" + random.nextInt(8));
                        }
                        add(doc, "other", "O" + random.nextInt(3)); // in no group: counted with the last
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                FacetColumn column = FacetColumn.read(leaf, FIELD, GROUPS);
                int[] all = IntStream.range(0, leaf.maxDoc()).toArray();
                int[] few = IntStream.range(0, leaf.maxDoc()).filter(d -> d % 101 == 3).toArray();
                int[] some = IntStream.range(0, leaf.maxDoc()).filter(d -> random.nextInt(3) == 0).toArray();
                for (int[] docs : List.of(all, few, some)) {
                    assertThat(tallied(column, docs)).isEqualTo(expected(leaf, docs, column.size));
                }
            }
        }
    }

    @Test
    void counts_the_same_when_a_group_has_more_combinations_than_two_bytes_number() throws IOException {
        // Rows are kept in two bytes per group up to 65,536 combinations, in four beyond: here the themes of every doc
        // differ, so that group has 70,000 combinations.
        Random random = new Random(11);
        int docs = 70_000;
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < docs; i++) {
                    Document doc = new Document();
                    add(doc, "state", "S" + random.nextInt(30));
                    add(doc, "by", "B" + random.nextInt(10));
                    add(doc, "theme", "T" + i);
                    add(doc, "theme", "T" + random.nextInt(docs));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                FacetColumn column = FacetColumn.read(leaf, FIELD, GROUPS);
                assertThat(column.combinations()[2]).isGreaterThan(65_536);
                for (int[] hits : List.of(IntStream.range(0, docs).toArray(), IntStream.range(0, docs).filter(d -> d % 7 == 2).toArray())) {
                    assertThat(tallied(column, hits)).isEqualTo(expected(leaf, hits, column.size));
                }
            }
        }
    }

    /** The counts of the segment's ordinals that tallying these docs by combination gives. */
    private static int[] tallied(FacetColumn column, int[] docs) {
        FacetColumn.Tally tally = column.tally();
        for (int doc : docs) {
            tally.add(doc);
        }
        int[] counted = new int[column.size];
        tally.addTo(counted);
        return counted;
    }

    private static void add(Document doc, String dim, String value) {
        doc.add(new SortedSetDocValuesField(FIELD, new BytesRef(FacetsConfig.pathToString(dim, value))));
    }

    private static int[] expected(LeafReader leaf, int[] docs, int size) throws IOException {
        int[] counts = new int[size];
        SortedSetDocValues values = leaf.getSortedSetDocValues(FIELD);
        for (int doc : docs) {
            if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }
        return counts;
    }
}
