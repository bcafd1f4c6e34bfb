package org.troika.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.shared.PageRequest;
import org.troika.support.OnH2Web;
import org.troika.support.UprFixtures;
import org.troika.support.WebFixtures;

@OnH2Web
class RecommendationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RecommendationFacade recommendations;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    /** Joint recommendations in the UPR Info export: rows of one review with the same text. */
    static int kazakhstan(Predicate<CSVRecord> rows) {
        Set<String> joint = new HashSet<>();
        UprFixtures.csv("kazakhstan_upr.csv").stream().filter(rows).forEach(r -> joint.add(r.get("session") + "|" + r.get("recommendation")));
        return joint.size();
    }

    @Test
    void filters_by_state_cycle_and_response_with_paging_metadata() throws Exception {
        int expected = kazakhstan(r -> r.get("cycle").equals("2") && r.get("response").equals("Noted"));

        mvc.perform(get("/api/recommendations").param("state", "KAZ").param("cycle", "2").param("response", "noted").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(expected))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.pages").value((expected + 9) / 10))
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[*].response", everyItem(is("noted"))))
                .andExpect(jsonPath("$.items[*].review.cycle", everyItem(is(2))))
                .andExpect(jsonPath("$.items[*].review.key", everyItem(is("KAZ-2014"))));
    }

    @Test
    void the_last_page_holds_the_rest() throws Exception {
        int total = kazakhstan(r -> true);
        int lastPage = (total - 1) / 50;

        mvc.perform(get("/api/recommendations").param("state", "kaz").param("page", String.valueOf(lastPage)))
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.pages").value(lastPage + 1))
                .andExpect(jsonPath("$.items", hasSize(total - lastPage * 50)));
    }

    @Test
    void filters_by_recommending_state_alone_or_jointly() throws Exception {
        int byGermanyToKazakhstan = kazakhstan(r -> r.get("recommending_iso3").equals("DEU"));

        mvc.perform(get("/api/recommendations").param("state", "KAZ").param("by", "DEU").param("size", "1000"))
                .andExpect(jsonPath("$.total").value(byGermanyToKazakhstan))
                .andExpect(jsonPath("$.items[*].recommendingStates[*].iso3", hasItem("DEU")));
    }

    @Test
    void one_recommendation_with_its_states_response_source_and_labels() throws Exception {
        // Slovenia 2019, paragraph 121.1, as in OHCHR's thematic list (A/HRC/43/15): made by France and Lithuania, supported.
        long id = recommendations.find(new RecommendationFilter(java.util.Optional.of("SVN"), java.util.Optional.of(3),
                        java.util.Optional.of("LTU"), java.util.Optional.empty(), java.util.Optional.empty()), new PageRequest(0, 1000))
                .items().stream().filter(r -> r.paragraph().equals("121.1")).findFirst().orElseThrow().id();

        mvc.perform(get("/api/recommendations/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paragraph").value("121.1"))
                .andExpect(jsonPath("$.text").value(containsString("Enforced Disappearance")))
                .andExpect(jsonPath("$.recommendingStates[*].name").value(org.hamcrest.Matchers.contains("France", "Lithuania")))
                .andExpect(jsonPath("$.response").value("supported"))
                .andExpect(jsonPath("$.responseSource").value("A/HRC/43/15"))
                .andExpect(jsonPath("$.sourceSymbol").value("A/HRC/43/15"))
                .andExpect(jsonPath("$.review.key").value("SVN-2019"))
                .andExpect(jsonPath("$.review.stateUnderReview.name").value("Slovenia"))
                .andExpect(jsonPath("$.labels[?(@.taxonomy == 'UHRI_THEME')].value", hasItem("Enforced disappearances")))
                .andExpect(jsonPath("$.labels[?(@.taxonomy == 'AFFECTED_GROUP')].value", hasItem("Disappeared persons")));
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_parameter() throws Exception {
        expectBadParameter(get("/api/recommendations").param("size", "0"), "size", "Parameter 'size' must be 1 to 1000; was 0");
        expectBadParameter(get("/api/recommendations").param("size", "5000"), "size", "Parameter 'size' must be 1 to 1000; was 5000");
        expectBadParameter(get("/api/recommendations").param("page", "-1"), "page", "Parameter 'page' must be 0 or more (pages count from 0); was -1");
        expectBadParameter(get("/api/recommendations").param("state", "XYZ"), "state", "Unknown State code 'XYZ' in parameter 'state'");
        expectBadParameter(get("/api/recommendations").param("by", "Atlantis"), "by", "Unknown State code 'Atlantis' in parameter 'by'");
        expectBadParameter(get("/api/recommendations").param("response", "maybe"), "response", "Unknown response 'maybe'");
        expectBadParameter(get("/api/recommendations").param("cycle", "two"), "cycle", "Parameter 'cycle' must be a whole number; was 'two'");
        expectBadParameter(get("/api/recommendations").param("cycle", "0"), "cycle", "Parameter 'cycle' must be a UPR cycle number");
    }

    private void expectBadParameter(org.springframework.test.web.servlet.RequestBuilder request, String parameter, String detail) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(containsString(detail)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void reading_is_open_but_writing_needs_an_editor() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/recommendations/1"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_recommendation_or_endpoint_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/recommendations/987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No recommendation with id 987654"));
        mvc.perform(get("/api/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }
}
