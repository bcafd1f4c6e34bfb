package org.troika.analytics;

import org.troika.support.OnH2;

@OnH2
class StatisticsOnH2Test extends StatisticsContract {
}
