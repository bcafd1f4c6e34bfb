package org.troika.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.support.OnH2Web;
import org.troika.support.WebFixtures;

/** The search page: hits linking to their recommendation, facets as checkboxes, the htmx fragment, mistakes shown in place. */
@OnH2Web
class SearchPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    private Document page(String path, int status, boolean htmx) throws Exception {
        var request = get(path);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void shows_highlighted_hits_linking_to_their_recommendation_and_facets_as_checkboxes() throws Exception {
        Document page = page("/search?q=torture&state=KAZ", 200, false);

        long total = SearchApiTest.kazakhstan("\\btortur(e|ed|es|ing)\\b", null);
        assertThat(page.select("#search-count").text()).isEqualTo(total + " recommendations");
        assertThat(page.select("#hits li.hit")).hasSize((int) Math.min(20, total));
        assertThat(page.select("#hits li.hit a.hit-title").attr("href")).matches("/recommendations/\\d+");
        assertThat(page.select("#hits mark").text().toLowerCase()).contains("tortur");
        assertThat(page.select("#facet-state input[type=checkbox][value=KAZ]").attr("checked")).isNotNull();
        assertThat(page.select("#facet-state input[value=KAZ]").hasAttr("checked")).isTrue();
        assertThat(page.select("#facet-response input[type=checkbox]")).isNotEmpty();
        assertThat(page.select(".exports a").eachAttr("href")).anyMatch(h -> h.startsWith("/api/search/export?format=csv&q=torture&state=KAZ"));
        assertThat(page.select("header nav a[href=/search]")).hasSize(1);
    }

    @Test
    void htmx_gets_the_results_alone() throws Exception {
        Document fragment = page("/search?q=torture&response=noted", 200, true);
        assertThat(fragment.select("#search-results")).hasSize(1);
        assertThat(fragment.select("header.site")).isEmpty();
    }

    @Test
    void a_query_that_cannot_be_read_is_explained_in_place_of_the_results() throws Exception {
        Document page = page("/search?q=torture AND", 400, false);
        assertThat(page.select("#search-error").text()).contains("ends too early");
        assertThat(page.select("#q").val()).isEqualTo("torture AND");

        Document typo = page("/search?q=tortre", 200, false);
        assertThat(typo.select("#suggestion a").text()).isEqualTo("torture");
    }
}
