package org.troika.search;

import org.troika.support.OnPostgres;

@OnPostgres
class SearchIndexConsistencyOnPostgresTest extends SearchIndexConsistencyContract {
}
