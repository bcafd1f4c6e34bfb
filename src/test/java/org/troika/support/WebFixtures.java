package org.troika.support;

import org.springframework.context.ApplicationContext;
import org.troika.document.SourceDocumentFacade;
import org.troika.recommendation.RecommendationFacade;
import org.troika.review.ReviewFacade;

/** Loads the real UPR fixtures into a shared web test context once. */
public final class WebFixtures {

    private WebFixtures() {
    }

    public static void load(ApplicationContext context) {
        new UprFixtures(context.getBean(ReviewFacade.class), context.getBean(RecommendationFacade.class),
                context.getBean(SourceDocumentFacade.class)).loadOnce();
    }
}
