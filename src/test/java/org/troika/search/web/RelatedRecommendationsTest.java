package org.troika.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.support.OnH2Web;
import org.troika.support.WebFixtures;

/** A recommendation's page shows those worded like it: to the same State in its other reviews, and to other States. */
@OnH2Web
class RelatedRecommendationsTest {

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

    @Test
    void kazakhstans_2014_call_to_abolish_the_death_penalty_finds_the_2010_ones() throws Exception {
        List<Recommendation> kazakhstan2014 = new ArrayList<>();
        recommendations.forEach(new RecommendationFilter(Optional.of("KAZ"), Optional.of(2), Optional.empty(), Optional.empty(), Optional.empty()),
                kazakhstan2014::add);
        Recommendation abolish = kazakhstan2014.stream().filter(r -> r.text().strip().equalsIgnoreCase("Abolish the death penalty"))
                .findFirst().orElseThrow();

        String page = mvc.perform(get("/recommendations/" + abolish.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/recommendations/" + abolish.id() + "/related");

        String related = mvc.perform(get("/recommendations/" + abolish.id() + "/related").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(related).startsWith("<section").contains("To <span>Kazakhstan</span> in other reviews");
        String sameState = related.substring(related.indexOf("id=\"related-same-state\""), related.indexOf("</ol>"));
        assertThat(sameState).contains("Cycle 1 · 2010").doesNotContain("Cycle 2 · 2014");
        assertThat(sameState.replaceAll("<[^>]+>", "")).containsIgnoringCase("death penalty");
    }

    @Test
    void an_unknown_recommendation_has_nothing_related() throws Exception {
        mvc.perform(get("/recommendations/987654/related")).andExpect(status().isNotFound());
    }
}
