package org.troika.search.lucene;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.SearchField;

/**
 * Turns an {@link IndexedRecommendation} into a Lucene document. One factory per indexing thread: the fields of one
 * value each are made once and refilled, which spares the garbage of a million documents.
 */
final class DocumentFactory {

    private static final FieldType TEXT_TYPE = new FieldType();
    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        // Offsets in the postings let the highlighter find passages without analysing the texts again (measured:
        // analysing twenty texts per search in a memory index cost more than all the rest of a search).
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS);
        WORDS_TYPE.freeze();
    }

    // The id as a point finds a document to replace or delete; as a doc value, what a hit is. A point, not a term:
    // a million distinct terms were a tenth of a build's CPU (measured), a million points a small part of that.
    private final LongPoint idPoint = new LongPoint(IndexSchema.ID, 0);
    private final NumericDocValuesField id = new NumericDocValuesField(IndexSchema.ID, 0);
    private final NumericDocValuesField version = new NumericDocValuesField(IndexSchema.VERSION_FIELD, 0);
    // Both text fields from one run of the tokenizer (measured: the tokenizer was the biggest part of indexing).
    private final TextTokens tokens = new TextTokens();
    private final Field text = new Field(IndexSchema.TEXT, tokens.stemmed(), TEXT_TYPE);
    private final Field words = new Field(IndexSchema.WORDS, tokens.asWritten(), WORDS_TYPE);
    private final SortedDocValuesField order = new SortedDocValuesField(IndexSchema.ORDER, new BytesRef());
    private final IntField year = new IntField(IndexSchema.YEAR, 0, Field.Store.NO);
    // No stored fields: what a hit shows and the text to highlight are binary doc values, read for twenty hits a
    // search from small blocks rather than by decompressing a stored-fields block per hit.
    private final BinaryDocValuesField shown = new BinaryDocValuesField(IndexSchema.SHOWN, new BytesRef());
    private final BinaryDocValuesField textValue = new BinaryDocValuesField(IndexSchema.TEXT_VALUE, new BytesRef());

    /**
     * Per facet, its values' paths, made once: the fields {@link FacetsConfig#build} would make for a
     * {@code SortedSetDocValuesFacetField} under {@link IndexSchema#facetsConfig} (a sorted-set doc value and a drill-down
     * term, in its one default field; DocumentFactoryTest checks they are the same), without building each path string
     * anew (measured: 8% of indexing).
     */
    private final Map<SearchField, Map<String, FacetPath>> paths = new EnumMap<>(SearchField.class);

    DocumentFactory() {
        for (SearchField field : SearchField.values()) {
            paths.put(field, new HashMap<>());
        }
    }

    Document document(IndexedRecommendation r) {
        Document doc = new Document();
        idPoint.setLongValue(r.id());
        id.setLongValue(r.id());
        version.setLongValue(r.version());
        tokens.analyse(r.text());
        order.setBytesValue(new BytesRef(r.orderKey()));
        year.setIntValue(r.year());
        shown.setBytesValue(new BytesRef(StoredHit.write(r)));
        textValue.setBytesValue(new BytesRef(r.text()));
        for (Field f : new Field[]{idPoint, id, version, text, words, order, year, shown, textValue}) {
            doc.add(f);
        }
        for (String theme : r.themes()) {
            doc.add(new TextField(IndexSchema.THEME, theme, Field.Store.NO));
        }
        for (String target : r.sdgTargets()) {
            doc.add(new StringField(IndexSchema.SDG_TARGET, target, Field.Store.NO));
        }
        for (SearchField field : SearchField.values()) {
            List<String> values = r.values(field);
            if (!field.multiValued() && values.size() > 1) {
                throw new IllegalArgumentException("Facet '" + field.key() + "' has one value per recommendation, not " + values);
            }
            Map<String, FacetPath> known = paths.get(field);
            for (String value : values) {
                // get, then put on a miss: computeIfAbsent's lambda (it captures the field) was made per value (measured).
                FacetPath path = known.get(value);
                if (path == null) {
                    path = new FacetPath(field, value);
                    known.put(value, path);
                }
                doc.add(new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path.bytes()));
                doc.add(new StringField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, path.bytes(), Field.Store.NO));
            }
        }
        return doc;
    }

    /** A facet value as FacetsConfig indexes it: "dim\u001fvalue", the same for its doc value and its drill-down term. */
    private record FacetPath(String string, BytesRef bytes) {
        FacetPath(SearchField field, String value) {
            this(FacetsConfig.pathToString(field.key(), value));
        }

        FacetPath(String path) {
            this(path, new BytesRef(path));
        }
    }
}
