package org.troika.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.troika.recommendation.RecommendationsChanged;

/**
 * The one place the index follows the database: after every committed write of recommendations. A rolled-back
 * write never reaches the index. Should updating the index fail, the database stays right and the next search
 * (or start, or {@code troika reindex}) finds and mends the difference.
 */
@Component
class SearchIndexUpdater {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpdater.class);

    private final SearchFacade search;

    SearchIndexUpdater(SearchFacade search) {
        this.search = search;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(RecommendationsChanged changed) {
        try {
            search.update(changed.savedIds(), changed.deletedIds(), changed.dataVersion());
        } catch (RuntimeException e) {
            log.warn("Search index not updated after a write ({}); it will be brought up to date before the next search",
                    e.getMessage());
        }
    }
}
