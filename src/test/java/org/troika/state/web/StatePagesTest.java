package org.troika.state.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.support.OnH2Web;
import org.troika.support.WebFixtures;

@OnH2Web
class StatePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    private Document page(String path, int status) throws Exception {
        String html = mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    @Test
    void home_lists_every_state_those_with_reviews_first() throws Exception {
        Document home = page("/", 200);

        Elements rows = home.select("#states-table tbody tr");
        assertThat(rows).hasSize(195);
        assertThat(rows.subList(0, 2)).extracting(r -> r.selectFirst("td").text()).containsExactly("Slovenia", "Kazakhstan");
        assertThat(rows.get(2).hasClass("no-data")).isTrue();
        assertThat(home.select("input#state-filter")).hasSize(1);
        Element kazakhstan = rows.get(1);
        assertThat(kazakhstan.select("td.num").eachText()).first().isEqualTo("4");
        assertThat(kazakhstan.select("a[href='/recommendations?state=KAZ']")).hasSize(1);
        assertThat(home.select("#states-table a[href='/states/PSE']").parents().first().text()).contains("(observer)");
    }

    @Test
    void a_country_page_shows_reviews_completeness_chart_and_sources() throws Exception {
        Document kaz = page("/states/KAZ", 200);

        assertThat(kaz.title()).isEqualTo("Kazakhstan · Troika");
        Elements reviews = kaz.select("#reviews tbody tr");
        assertThat(reviews).extracting(r -> r.attr("data-session")).containsExactly("7", "20", "34", "48");
        assertThat(reviews.get(0).text()).contains("12 Feb 2010").contains("Bangladesh, Cuba, Mauritius")
                .contains("129 recorded; no official total known");
        assertThat(reviews.get(1).select("a[href='https://undocs.org/A/HRC/28/10']")).hasSize(1);
        assertThat(reviews.get(1).select("a[href='https://undocs.org/A/HRC/WG.6/20/KAZ/1']")).hasSize(1);
        assertThat(reviews.get(2).select(".completeness.partial").text()).isEqualTo("0 of 245 recorded");
        assertThat(reviews.get(3).select(".completeness.partial").text()).isEqualTo("0 of 294 recorded");
        assertThat(kaz.select(".notice").text()).contains("recorded only in part");
        assertThat(kaz.select("canvas#response-chart")).hasSize(1);
        assertThat(kaz.select("script").html()).contains("Cycle 3 \\u00B7 2019 (official)").contains("[122,147,214,259]");
        assertThat(kaz.select(".source-document h3").text()).contains("Volker Türk concludes his official visit to Kazakhstan");
        assertThat(kaz.select(".source-document blockquote").eachText()).hasSize(2)
                .anySatisfy(q -> assertThat(q).contains("Violence against women remains a persistent problem"));
        assertThat(kaz.select("a[href='/api/recommendations/export?format=csv&state=KAZ']")).hasSize(1);
    }

    @Test
    void a_state_without_data_says_so() throws Exception {
        Document afg = page("/states/afg", 200);

        assertThat(afg.select("h1").text()).isEqualTo("Afghanistan");
        assertThat(afg.text()).contains("No review of Afghanistan is recorded yet").contains("No source documents about Afghanistan");
    }

    @Test
    void an_unknown_state_gets_a_friendly_404_page() throws Exception {
        Document missing = page("/states/XYZ", 404);

        assertThat(missing.select("h1").text()).isEqualTo("Not found");
        assertThat(missing.text()).contains("'XYZ'").doesNotContain("Exception").doesNotContain("Whitelabel");
        assertThat(missing.select("header.site nav a")).isNotEmpty();
    }
}
