package org.troika.state.web;

import static org.hamcrest.Matchers.hasSize;
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
import org.troika.support.OnH2Web;
import org.troika.support.UprFixtures;
import org.troika.support.WebFixtures;

@OnH2Web
class StateApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    @Test
    void lists_all_195_states_with_what_is_recorded_for_each() throws Exception {
        long kazakhstanRows = UprFixtures.csv("kazakhstan_upr.csv").size();
        mvc.perform(get("/api/states"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(195)))
                .andExpect(jsonPath("$[0].name").value("Afghanistan"))
                .andExpect(jsonPath("$[?(@.iso3 == 'KAZ')].iso2").value("KZ"))
                .andExpect(jsonPath("$[?(@.iso3 == 'KAZ')].regionalGroup").value("Asia-Pacific"))
                .andExpect(jsonPath("$[?(@.iso3 == 'KAZ')].unMember").value(true))
                .andExpect(jsonPath("$[?(@.iso3 == 'KAZ')].reviews").value(4))
                .andExpect(jsonPath("$[?(@.iso3 == 'KAZ')].recommendationRows").value((int) kazakhstanRows))
                .andExpect(jsonPath("$[?(@.iso3 == 'PSE')].unMember").value(false))
                .andExpect(jsonPath("$[?(@.iso3 == 'PSE')].regionalGroup").value((Object) null))
                .andExpect(jsonPath("$[?(@.iso3 == 'AFG')].reviews").value(0));
    }

    @Test
    void one_state_by_code_in_any_case() throws Exception {
        mvc.perform(get("/api/states/svn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iso3").value("SVN"))
                .andExpect(jsonPath("$.name").value("Slovenia"))
                .andExpect(jsonPath("$.reviews").value(2))
                .andExpect(jsonPath("$.recommendationsMade").value((int) UprFixtures.csv("kazakhstan_upr.csv").stream()
                        .filter(r -> r.get("recommending_iso3").equals("SVN")).count()));
    }

    @Test
    void an_unknown_state_is_a_404_problem_naming_the_code() throws Exception {
        mvc.perform(get("/api/states/XYZ"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'XYZ'")));
    }
}
