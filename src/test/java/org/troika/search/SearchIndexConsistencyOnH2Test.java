package org.troika.search;

import org.troika.support.OnH2;

@OnH2
class SearchIndexConsistencyOnH2Test extends SearchIndexConsistencyContract {
}
