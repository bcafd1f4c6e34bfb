package org.troika.recommendation;

import org.troika.support.OnH2;

@OnH2
class RecommendationStorageOnH2Test extends RecommendationStorageContract {
}
