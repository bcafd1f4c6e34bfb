package org.troika.search;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.troika.recommendation.RecommendationFacade;
import org.troika.search.domain.FieldValues;
import org.troika.search.lucene.LuceneSearchIndex;
import org.troika.state.StateRegistry;

/** Wires search: the Lucene index in the data folder behind the facade. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    SearchIndexLocation searchIndexLocation(@Value("${troika.data-dir}") Path dataDir) {
        return SearchIndexLocation.in(dataDir);
    }

    @Bean(destroyMethod = "close")
    SearchFacade searchFacade(SearchIndexLocation location, RecommendationFacade recommendations, StateRegistry states) {
        return new SearchFacade(() -> LuceneSearchIndex.open(location.folder(), new FieldValues(states)), recommendations, states);
    }

    /**
     * A server checks its index against the database as soon as it has started, in the background; searches
     * arriving meanwhile wait for the check. Then it warms the search code up ({@link SearchFacade#warmUp}) for
     * {@code troika.search.warm-up} (0 for none). One-shot commands open the index only if they search.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> checkSearchIndexWhenServing(SearchFacade search,
                                                                           @Value("${troika.search.warm-up:20s}") Duration warmUp) {
        return event -> {
            if (event.getApplicationContext() instanceof WebServerApplicationContext) {
                Thread check = new Thread(() -> {
                    try {
                        search.ready();
                    } catch (RuntimeException e) {
                        log.warn("Search index not checked at start: {}", e.getMessage());
                        return;
                    }
                    try {
                        long start = System.nanoTime();
                        long searches = search.warmUp(warmUp);
                        if (searches > 0) {
                            log.info("Search warmed up: {} searches in {} ms", searches, (System.nanoTime() - start) / 1_000_000);
                        }
                    } catch (RuntimeException e) {
                        // Closed while warming (the server stopping): nothing is lost.
                        log.debug("Search warm-up stopped: {}", e.getMessage());
                    }
                }, "troika-search-check");
                check.setDaemon(true);
                check.start();
            }
        };
    }
}
