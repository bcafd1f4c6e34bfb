package org.troika.search.bench;

import org.troika.search.domain.SearchRequest;

/**
 * One query of the mix, said once for each engine: Troika's query language (with facet filters) for Lucene, and the
 * closest PostgreSQL full-text equivalent: a tsquery expression and an extra WHERE condition for the fields.
 */
record BenchQuery(String name, SearchRequest lucene, String tsquery, String where) {
}
