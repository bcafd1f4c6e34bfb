package org.troika.analytics;

import org.troika.support.OnPostgres;

@OnPostgres
class StatisticsOnPostgresTest extends StatisticsContract {
}
