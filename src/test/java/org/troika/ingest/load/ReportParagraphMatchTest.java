package org.troika.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.Response;
import org.troika.recommendation.domain.ReviewRef;

class ReportParagraphMatchTest {

    private static final ReviewRef KAZ_2014 = new ReviewRef(1, "KAZ", 20, 2, 2014);

    private static Recommendation rec(String key, String text, String... states) {
        return new Recommendation(0, KAZ_2014, key, text, List.of(states), Response.PENDING, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    // Paragraphs as A/HRC/28/10 prints them, and a row stored under UPR Info's id, which is no paragraph.
    private final ReportParagraphMatch report = new ReportParagraphMatch(List.of(
            rec("125.42", "Abolish the death penalty", "SWE"),
            rec("125.43", "Abolish the death penalty", "PRT"),
            rec("125.49", "Establish an official moratorium on executions with a view to abolishing the death penalty", "FRA"),
            rec("124.5", "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights", "FRA"),
            rec("124.6", "Ratify the Convention on the Rights of Persons with Disabilities", "FRA"),
            rec("125.8", "Ratify CRPD", "HUN", "ESP"),
            rec("126.8", "Ratify the Optional Protocol to CRPD", "HUN", "ESP"),
            rec("UPRINFO-40536", "Abolish the death penalty", "DEU")));

    @Test
    void a_row_pairs_with_the_paragraph_of_its_state_that_holds_its_words() {
        assertThat(report.paragraphsOf(rec("UPRINFO-1", "Establish an official moratorium on executions with a view to abolishing death penalty", "FRA")))
                .extracting(Recommendation::paragraph).containsExactly("125.49");
    }

    @Test
    void a_row_joined_from_several_states_pairs_with_each_states_paragraph() {
        assertThat(report.paragraphsOf(rec("UPRINFO-2", "Abolish the death penalty", "SWE", "PRT")))
                .extracting(Recommendation::paragraph).containsExactly("125.42", "125.43");
    }

    @Test
    void of_paragraphs_holding_all_the_rows_words_the_one_closest_to_it_wins() {
        assertThat(report.paragraphsOf(rec("UPRINFO-8", "Ratify CRPD", "ESP"))).extracting(Recommendation::paragraph).containsExactly("125.8");
        assertThat(report.paragraphsOf(rec("UPRINFO-9", "Ratify the Convention on the Rights of Persons with Disabilities", "FRA")))
                .extracting(Recommendation::paragraph).containsExactly("124.6");
    }

    @Test
    void nothing_is_guessed() {
        // Two of France's paragraphs hold the row's one word equally well.
        assertThat(report.paragraphsOf(rec("UPRINFO-3", "Ratify", "FRA"))).isEmpty();
        // Germany's only recommendation is a stored row, not a report paragraph.
        assertThat(report.paragraphsOf(rec("UPRINFO-4", "Abolish the death penalty", "DEU"))).isEmpty();
        // One of two States has no paragraph: the joined row stays whole.
        assertThat(report.paragraphsOf(rec("UPRINFO-5", "Abolish the death penalty", "SWE", "DEU"))).isEmpty();
        // Too few of the row's words.
        assertThat(report.paragraphsOf(rec("UPRINFO-6", "Abolish the death penalty and commute all sentences to imprisonment", "SWE"))).isEmpty();
        // No recommending State.
        assertThat(report.paragraphsOf(rec("UPRINFO-7", "Abolish the death penalty"))).isEmpty();
    }

    @Test
    void database_ids_are_not_paragraphs() {
        assertThat(ReportParagraphMatch.isParagraphNumber("125.42")).isTrue();
        assertThat(ReportParagraphMatch.isParagraphNumber("UPRINFO-40536")).isFalse();
        assertThat(ReportParagraphMatch.isParagraphNumber("40536")).isFalse();
    }
}
