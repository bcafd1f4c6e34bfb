package org.troika.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.troika.recommendation.RecommendationFacade;
import org.troika.search.domain.FieldValues;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;

/** Wires search: the Lucene index in the data folder behind the facade. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    SearchIndexLocation searchIndexLocation(@Value("${troika.data-dir}") Path dataDir) {
        return SearchIndexLocation.in(dataDir);
    }

    @Bean(destroyMethod = "close")
    SearchFacade searchFacade(SearchIndexLocation location, RecommendationFacade recommendations, StateRegistry states) {
        return new SearchFacade(() -> LuceneSearchIndex.open(location.folder(), new FieldValues(states)), recommendations, states);
    }
}
