package org.troika.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.troika.recommendation.RecommendationFacade;
import org.troika.search.domain.FieldValues;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;

/** The search index lives in the data folder, beside the embedded database: {@code DIR/index}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchFacade searchFacade(@Value("${troika.data-dir}") Path dataDir, RecommendationFacade recommendations,
                              StateRegistry states) {
        Path folder = dataDir.resolve("index");
        return new SearchFacade(() -> LuceneSearchIndex.open(folder, new FieldValues(states)), recommendations, states);
    }
}
