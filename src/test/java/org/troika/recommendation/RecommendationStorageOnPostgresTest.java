package org.troika.recommendation;

import org.troika.support.OnPostgres;

@OnPostgres
class RecommendationStorageOnPostgresTest extends RecommendationStorageContract {
}
