package org.troika.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.analytics.domain.ReviewStatistics;
import org.troika.recommendation.domain.RecordedCounts;
import org.troika.review.domain.OfficialTotals;
import org.troika.state.StateRegistry;

class StatsTableTest {

    @Test
    void a_state_without_reviews_says_so() {
        assertThat(StatsCommand.table(StateRegistry.bundled().require("AFG"), List.of()))
                .isEqualTo("No review of Afghanistan (AFG) is stored.\n");
    }

    @Test
    void numbers_align_right_and_words_left() {
        String table = StatsCommand.table(StateRegistry.bundled().require("KAZ"), List.of(
                new ReviewStatistics(1, 2010, 7, Optional.empty(), new RecordedCounts(129, 129, 122, 7, 0)),
                new ReviewStatistics(3, 2019, 34, Optional.of(new OfficialTotals(245, 214, 31, "Kazakhstan MFA")),
                        new RecordedCounts(12, 12, 10, 2, 0))));

        List<String> lines = table.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Kazakhstan (KAZ), 2 reviews");
        assertThat(lines.get(2)).startsWith("Cycle  Year  Session  Official");
        assertThat(lines.get(3)).startsWith("    1  2010        7         -");
        assertThat(lines.get(4)).startsWith("    3  2019       34       245").endsWith("12 of 245 recorded");
        assertThat(table).contains("cycle 3 (2019): Kazakhstan MFA");
    }
}
