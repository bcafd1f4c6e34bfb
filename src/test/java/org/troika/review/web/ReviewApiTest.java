package org.troika.review.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.review.ReviewFacade;
import org.troika.support.OnH2Web;
import org.troika.support.WebFixtures;

@OnH2Web
class ReviewApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewFacade reviews;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    @Test
    void lists_the_reviews_of_a_state_oldest_first() throws Exception {
        mvc.perform(get("/api/states/KAZ/reviews"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.contains("KAZ-2010", "KAZ-2014", "KAZ-2019", "KAZ-2025")))
                .andExpect(jsonPath("$[*].session").value(org.hamcrest.Matchers.contains(7, 20, 34, 48)));
    }

    @Test
    void a_review_has_its_troika_documents_official_totals_and_recorded_counts() throws Exception {
        long id2014 = reviews.find("KAZ", 20).orElseThrow().id();
        // Troika and report symbol from paragraphs 2-3 of A/HRC/28/10; 198 rows, 147 supported, 51 noted per the UPR Info export.
        mvc.perform(get("/api/reviews/" + id2014))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stateUnderReview.name").value("Kazakhstan"))
                .andExpect(jsonPath("$.date").value("2014-10-30"))
                .andExpect(jsonPath("$.troika[*].name").value(org.hamcrest.Matchers.contains("Germany", "Kuwait", "South Africa")))
                .andExpect(jsonPath("$.documents.nationalReport").value("A/HRC/WG.6/20/KAZ/1"))
                .andExpect(jsonPath("$.documents.workingGroupReport").value("A/HRC/28/10"))
                .andExpect(jsonPath("$.official").value(nullValue()))
                .andExpect(jsonPath("$.recorded.rows").value(198))
                .andExpect(jsonPath("$.recorded.supported").value(147))
                .andExpect(jsonPath("$.recorded.noted").value(51))
                .andExpect(jsonPath("$.completeness").value("189 recorded; no official total known"));
    }

    @Test
    void a_review_known_only_by_its_official_totals_says_how_little_is_recorded() throws Exception {
        long id2019 = reviews.find("KAZ", 34).orElseThrow().id();
        mvc.perform(get("/api/reviews/" + id2019))
                .andExpect(jsonPath("$.official.total").value(245))
                .andExpect(jsonPath("$.official.supported").value(214))
                .andExpect(jsonPath("$.official.noted").value(31))
                .andExpect(jsonPath("$.official.source").value(containsString("MFA")))
                .andExpect(jsonPath("$.recorded.paragraphs").value(0))
                .andExpect(jsonPath("$.completeness").value("0 of 245 recorded"));
    }

    @Test
    void unknown_review_and_state_are_404_problems() throws Exception {
        mvc.perform(get("/api/reviews/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No review with id 999999"));
        mvc.perform(get("/api/states/QQQ/reviews"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("'QQQ'")));
        mvc.perform(get("/api/reviews/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("id"))
                .andExpect(jsonPath("$.detail").value("Parameter 'id' must be a whole number; was 'abc'"));
    }
}
