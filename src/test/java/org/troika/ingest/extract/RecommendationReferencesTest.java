package org.troika.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways addenda write lists of recommendation numbers. */
class RecommendationReferencesTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void expands_a_range_whose_end_repeats_the_paragraph_or_gives_only_the_number() {
        assertThat(expand("141.1-141.3, 141.25")).containsExactly("141.1", "141.2", "141.3", "141.25");
        assertThat(expand("141.1 to 141.3")).containsExactly("141.1", "141.2", "141.3");
        assertThat(expand("122.17-18, 122.34- 35, 122.14\u2013 15")).containsExactly("122.17", "122.18", "122.34", "122.35", "122.14", "122.15");
        assertThat(problems).isEmpty();
    }

    @Test
    void counts_bare_numbers_in_the_paragraph_given() {
        assertThat(RecommendationReferences.expand("1\u20133, 150 \u2013 152", "115", problems::add))
                .containsExactly("115.1", "115.2", "115.3", "115.150", "115.151", "115.152");
        assertThat(RecommendationReferences.expand("17, 19", null, problems::add)).containsExactly("17", "19");
    }

    @Test
    void reports_a_range_across_paragraphs_or_backwards() {
        assertThat(expand("141.5-142.2, 141.9-141.3")).isEmpty();
        assertThat(problems).containsExactly("the range '141.5-142.2' spans two paragraphs",
                "the range '141.9-141.3' runs backwards or is implausibly long");
    }

    private List<String> expand(String list) {
        return RecommendationReferences.expand(list, null, problems::add);
    }
}
