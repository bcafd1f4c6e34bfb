package org.troika.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.Recommendation;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.recommendation.domain.Response;
import org.troika.shared.PageRequest;
import org.troika.support.OnH2Web;
import org.troika.support.WebFixtures;

@OnH2Web
class RecommendationPagesTest {

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

    private Document html(RequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void the_list_has_filters_results_paging_and_export_links() throws Exception {
        int noted = RecommendationApiTest.kazakhstan(r -> r.get("response").equals("Noted"));
        Document list = html(get("/recommendations").param("state", "KAZ").param("response", "noted").accept(MediaType.TEXT_HTML), 200);

        assertThat(list.select("form#filters select")).hasSize(4);
        assertThat(list.select("#filter-state option[selected]").attr("value")).isEqualTo("KAZ");
        assertThat(list.select("#filter-response option[selected]").attr("value")).isEqualTo("noted");
        assertThat(list.select("#filter-state option").eachAttr("value")).containsExactly("", "KAZ", "SVN");
        assertThat(list.select("#result-count").text()).isEqualTo("Showing 1–25 of " + noted + " recommendations");
        assertThat(list.select("#recommendation-table tbody tr")).hasSize(25);
        assertThat(list.select("#recommendation-table .badge").eachText()).containsOnly("Noted");
        assertThat(list.select(".exports a").eachAttr("href")).containsExactly(
                "/api/recommendations/export?format=csv&state=KAZ&response=noted",
                "/api/recommendations/export?format=xlsx&state=KAZ&response=noted",
                "/api/recommendations/export?format=json&state=KAZ&response=noted");
        assertThat(list.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/recommendations?state=KAZ&response=noted&page=1&size=25");
        assertThat(list.select("nav.pager a[rel=next]").attr("hx-get")).isEqualTo("/recommendations?state=KAZ&response=noted&page=1&size=25");
    }

    @Test
    void htmx_requests_get_the_results_alone() throws Exception {
        Document fragment = html(get("/recommendations").param("by", "FRA").header("HX-Request", "true"), 200);

        assertThat(fragment.select("section#results")).hasSize(1);
        assertThat(fragment.select("header.site")).isEmpty();
        assertThat(fragment.select("form#filters")).isEmpty();
        assertThat(fragment.select("#recommendation-table tbody tr")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.text()).contains("France"));
    }

    @Test
    void a_filter_with_no_match_says_so() throws Exception {
        Document empty = html(get("/recommendations").param("state", "KAZ").param("cycle", "4").accept(MediaType.TEXT_HTML), 200);

        assertThat(empty.select("#result-count").text()).isEqualTo("No recommendation matches these filters.");
        assertThat(empty.select("#recommendation-table")).isEmpty();
    }

    @Test
    void a_recommendation_page_names_states_response_review_and_labels() throws Exception {
        Recommendation noted = recommendations.find(new RecommendationFilter(Optional.of("KAZ"), Optional.of(1), Optional.of("MEX"),
                Optional.of(Response.NOTED), Optional.empty()), new PageRequest(0, 1)).items().get(0);
        Document detail = html(get("/recommendations/" + noted.id()), 200);

        // UPR Info row UPRINFO-09654: Mexico, noted, action category 5, issue "Freedom of religion and belief".
        assertThat(detail.select("h1").text()).isEqualTo("Recommendation UPRINFO-09654 to Kazakhstan");
        assertThat(detail.select("blockquote.recommendation").text()).startsWith("Abolish requirements for the registration of religious groups");
        assertThat(detail.select("#response").text()).isEqualTo("Noted");
        String facts = detail.select("dl.facts").text();
        assertThat(facts).contains("Mexico").contains("Cycle 1, Working Group session 7, 2010").contains("5 – specific action")
                .contains("A/HRC/14/10").contains("source document of the response not recorded");
        assertThat(detail.select(".labels").text()).contains("Issues (UPR Info)").contains("Freedom of religion and belief");
        assertThat(detail.select("a[href='/states/MEX']")).hasSize(1);
    }

    @Test
    void unknown_recommendations_and_bad_parameters_get_friendly_pages() throws Exception {
        Document missing = html(get("/recommendations/424242").accept(MediaType.TEXT_HTML), 404);
        Document badSize = html(get("/recommendations").param("size", "0").accept(MediaType.TEXT_HTML), 400);
        Document badState = html(get("/recommendations").param("state", "ZZZ").accept(MediaType.TEXT_HTML), 400);
        Document badCycle = html(get("/recommendations").param("cycle", "one").accept(MediaType.TEXT_HTML), 400);
        Document badId = html(get("/recommendations/x1").accept(MediaType.TEXT_HTML), 400);

        assertThat(missing.select("main").text()).contains("No recommendation with id 424242");
        assertThat(badSize.select("main").text()).contains("'size'");
        assertThat(badState.select("main").text()).contains("'ZZZ'").contains("'state'");
        assertThat(badCycle.select("main").text()).contains("'one'").contains("'cycle'");
        assertThat(badId.select("main").text()).contains("'x1'");
        for (Document page : new Document[]{missing, badSize, badState, badCycle, badId}) {
            assertThat(page.text()).doesNotContain("Exception").doesNotContain("Whitelabel");
            assertThat(page.select("header.site")).hasSize(1);
        }
    }

    @Test
    void an_unknown_address_gets_the_friendly_404_page() throws Exception {
        Document nowhere = html(get("/no/such/page").accept(MediaType.TEXT_HTML), 404);

        assertThat(nowhere.select("h1").text()).isEqualTo("Page not found");
        assertThat(nowhere.text()).contains("/no/such/page").doesNotContain("Whitelabel");
    }
}
