package org.troika.search.bench;

import java.util.List;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;

/** Terms, phrases, boolean, prefix, field filters and facet filters: what people type into a search box, and browse. */
final class QueryMix {

    private QueryMix() {
    }

    static List<BenchQuery> queries() {
        return List.of(
                new BenchQuery("term: torture", SearchRequest.of("torture"), "to_tsquery('english', 'torture')", ""),
                new BenchQuery("term: education", SearchRequest.of("education"), "to_tsquery('english', 'education')", ""),
                new BenchQuery("phrase: \"death penalty\"", SearchRequest.of("\"death penalty\""),
                        "phraseto_tsquery('english', 'death penalty')", ""),
                new BenchQuery("phrase: \"national human rights institution\"", SearchRequest.of("\"national human rights institution\""),
                        "phraseto_tsquery('english', 'national human rights institution')", ""),
                new BenchQuery("boolean: torture AND detention", SearchRequest.of("torture AND detention"),
                        "to_tsquery('english', 'torture & detention')", ""),
                new BenchQuery("boolean: women OR girls", SearchRequest.of("women OR girls"), "to_tsquery('english', 'women | girls')", ""),
                new BenchQuery("boolean: \"death penalty\" -abolish", SearchRequest.of("\"death penalty\" -abolish"),
                        "(phraseto_tsquery('english', 'death penalty') && !!to_tsquery('english', 'abolish'))", ""),
                new BenchQuery("prefix: discriminat*", SearchRequest.of("discriminat*"), "to_tsquery('english', 'discriminat:*')", ""),
                new BenchQuery("field: journalists by:France", SearchRequest.of("journalists by:France"),
                        "to_tsquery('english', 'journalists')", "'FRA' = ANY(by_states)"),
                new BenchQuery("field: ratify response:noted", SearchRequest.of("ratify response:noted"),
                        "to_tsquery('english', 'ratify')", "response = 'noted'"),
                new BenchQuery("facet filters: rights + bygroup=WEOG + cycle=2",
                        SearchRequest.of("rights").withFilter(SearchField.BY_GROUP, "WEOG").withFilter(SearchField.CYCLE, "2"),
                        "to_tsquery('english', 'rights')", "by_groups && ARRAY['WEOG'] AND cycle = 2"),
                new BenchQuery("browse: no words, state=KAZ OR state=FRA", SearchRequest.of("").withFilter(SearchField.STATE, "KAZ", "FRA"),
                        null, "state IN ('KAZ', 'FRA')"));
    }
}
