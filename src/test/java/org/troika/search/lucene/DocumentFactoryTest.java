package org.troika.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.troika.search.KazakhstanRecommendations;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;
import org.troika.state.StateRegistry;

/** The facet fields a document gets are the ones Lucene's FacetsConfig builds for the same values. */
class DocumentFactoryTest {

    @Test
    void facet_fields_are_those_facets_config_builds() throws IOException {
        StateRegistry states = StateRegistry.bundled();
        FacetsConfig config = IndexSchema.facetsConfig();
        DocumentFactory factory = new DocumentFactory();
        for (IndexedRecommendation r : KazakhstanRecommendations.load().keySet().stream().map(r -> IndexedRecommendation.of(r, states)).toList()) {
            Document facets = new Document();
            for (SearchField field : SearchField.values()) {
                for (String value : r.values(field)) {
                    facets.add(new SortedSetDocValuesFacetField(field.key(), value));
                }
            }
            assertThat(described(factory.document(r))).containsExactlyInAnyOrderElementsOf(described(config.build(facets)));
        }
    }

    private static List<String> described(Document doc) {
        return doc.getFields().stream().filter(f -> f.name().equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)).map(DocumentFactoryTest::described).toList();
    }

    /** What is indexed of a field: its kind, how, and its bytes (ours are given as bytes, FacetsConfig's as a string). */
    private static String described(IndexableField f) {
        return f.getClass().getName() + " " + f.fieldType() + " " + f.binaryValue().utf8ToString();
    }
}
