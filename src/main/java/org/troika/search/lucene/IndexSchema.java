package org.troika.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;
import org.troika.search.domain.SearchField;

/** The index's field names and how each is analysed; facets are sorted-set doc values, one dimension per {@link SearchField}. */
final class IndexSchema {

    /** Raised whenever documents are indexed differently, so that an index of an older schema is rebuilt at start. */
    static final String VERSION = "5";
    static final String SCHEMA_KEY = "troika.schema";

    /** The recommendation's id: a point (to find its document) and a numeric doc value (to read it from a hit). */
    static final String ID = "id";
    static final String VERSION_FIELD = "version";
    static final String TEXT = "text";
    static final String WORDS = "words";
    static final String THEME = "theme";
    static final String SDG_TARGET = "sdgtarget";
    static final String ORDER = "order";
    static final String YEAR = "year";
    /** The text as binary doc values, for snippets and "more like this". */
    static final String TEXT_VALUE = "textvalue";
    /** What a hit shows, in one binary doc value (see {@link StoredHit}): fewer fields, faster to write and read. */
    static final String SHOWN = "shown";

    private IndexSchema() {
    }

    /** The documents of these recommendations. */
    static Query ids(long... ids) {
        return LongPoint.newSetQuery(ID, ids);
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(TextAnalyzer.stemmed(), Map.of(WORDS, TextAnalyzer.words()));
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchField field : SearchField.values()) {
            config.setMultiValued(field.key(), field.multiValued());
            config.setDrillDownTermsIndexing(field.key(), FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        return config;
    }
}
