package org.troika.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.support.OnH2Web;
import org.troika.support.WebFixtures;

@OnH2Web
class StatisticsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    @Test
    void gives_the_same_entries_as_the_stats_command() throws Exception {
        String body = mvc.perform(get("/api/stats").param("state", "KAZ"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        JsonNode stats = new ObjectMapper().readTree(body);
        assertThat(stats).hasSize(4);
        List<String> fields = new ArrayList<>();
        stats.get(3).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("cycle", "year", "session", "official", "recorded");
        assertThat(stats.get(3).get("official").get("total").asInt()).isEqualTo(294);
        assertThat(stats.get(3).get("official").get("supported").asInt()).isEqualTo(259);
        assertThat(stats.get(3).get("official").get("noted").asInt()).isEqualTo(35);
        assertThat(stats.get(0).get("official").isNull()).isTrue();
        assertThat(stats.get(0).get("recorded").get("supported").asInt()).isEqualTo(122);
    }

    @Test
    void the_state_parameter_is_required_and_checked() throws Exception {
        mvc.perform(get("/api/stats"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("state"))
                .andExpect(jsonPath("$.detail").value("Parameter 'state' is required"));
        mvc.perform(get("/api/stats").param("state", "ZZZ"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("state"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'ZZZ'")));
    }
}
