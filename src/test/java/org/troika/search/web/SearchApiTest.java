package org.troika.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.troika.support.OnH2Web;
import org.troika.support.UprFixtures;
import org.troika.support.WebFixtures;

/** /api/search, its export and "more like this" over the real Kazakhstan and Slovenia fixtures. */
@OnH2Web
class SearchApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    private JsonNode search(String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/search?" + query)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());
    }

    static long kazakhstan(String regex, String response) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return UprFixtures.csv("kazakhstan_upr.csv").stream().filter(r -> p.matcher(r.get("recommendation")).find())
                .filter(r -> response == null || r.get("response").equals(response))
                .map(r -> r.get("session") + "|" + r.get("recommendation")).distinct().count();
    }

    @Test
    void hits_with_snippets_facets_and_a_cursor() throws Exception {
        JsonNode result = search("q=torture&state=KAZ&size=3");

        assertThat(result.get("total").asLong()).isEqualTo(kazakhstan("\\btortur(e|ed|es|ing)\\b", null)).isGreaterThan(3);
        assertThat(result.get("hits")).hasSize(3);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("url").asText()).isEqualTo("/recommendations/" + hit.get("id").asLong());
        assertThat(hit.get("stateUnderReview").get("name").asText()).isEqualTo("Kazakhstan");
        assertThat(hit.get("snippet").asText().toLowerCase()).contains("<mark>tortur");
        assertThat(result.get("nextCursor").asText()).isNotBlank();
        JsonNode facetNames = result.get("facets").findValues("field").stream().collect(JsonArray::new, JsonArray::add, JsonArray::addAll).node;
        assertThat(facetNames.toString()).contains("state", "by", "group", "bygroup", "cycle", "session", "year", "response",
                "theme", "sdg", "action", "source");
    }

    /** Collects JSON nodes into an array node. */
    static final class JsonArray {
        final com.fasterxml.jackson.databind.node.ArrayNode node = new ObjectMapper().createArrayNode();

        void add(JsonNode n) {
            node.add(n);
        }

        void addAll(JsonArray other) {
            node.addAll(other.node);
        }
    }

    @Test
    void a_cursor_walks_through_every_hit_once() throws Exception {
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        long total;
        do {
            JsonNode page = search("q=rights&response=noted&size=25" + (cursor == null ? "" : "&cursor=" + cursor));
            total = page.get("total").asLong();
            page.get("hits").forEach(h -> assertThat(seen.add(h.get("id").asLong())).isTrue());
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat((long) seen.size()).isEqualTo(total).isPositive();
    }

    @Test
    void multi_select_facets_combine_with_or_within_a_field() throws Exception {
        JsonNode noted = search("state=KAZ&response=noted");
        JsonNode both = search("state=KAZ&response=noted&response=supported");
        assertThat(noted.get("total").asLong()).isEqualTo(kazakhstan("", "Noted"));
        assertThat(both.get("total").asLong()).isEqualTo(kazakhstan("", "Noted") + kazakhstan("", "Supported"));
    }

    @Test
    void bad_requests_are_problems_naming_the_parameter() throws Exception {
        mvc.perform(get("/api/search?q=torture AND")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("q"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ends too early")));
        mvc.perform(get("/api/search?q=colour:red")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Unknown field 'colour'")));
        mvc.perform(get("/api/search?by=Atlantis")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("by"));
        mvc.perform(get("/api/search?colour=red")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("colour"));
        mvc.perform(get("/api/search?size=1000")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/search?sort=random")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("sort"));
        mvc.perform(get("/api/search?cursor=" + "A".repeat(2000))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("cursor"));
        mvc.perform(get("/api/search?q=x&cursor=bm90IG91cnM")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("cursor"));
    }

    @Test
    void exports_every_hit_as_csv() throws Exception {
        MvcResult started = mvc.perform(get("/api/search/export?format=csv&q=\"death penalty\"&state=KAZ"))
                .andExpect(request().asyncStarted()).andReturn();
        String text = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat((long) records.size()).isEqualTo(kazakhstan("death\\s+penalty", null)).isPositive();
        assertThat(records).allSatisfy(r -> assertThat(r.get("text").toLowerCase()).containsPattern("death\\s+penalty"));

        mvc.perform(get("/api/search/export?format=pdf")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("format"));
        mvc.perform(get("/api/search/export?format=csv&q=torture AND")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("q"));
    }

    @Test
    void similar_recommendations_leave_out_the_one_asked_about() throws Exception {
        JsonNode hit = search("q=\"abolish the death penalty\"&state=KAZ&size=1").get("hits").get(0);
        long id = hit.get("id").asLong();
        JsonNode similar = json.readTree(mvc.perform(get("/api/recommendations/" + id + "/similar?limit=5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(similar).isNotEmpty();
        similar.forEach(s -> assertThat(s.get("id").asLong()).isNotEqualTo(id));
        assertThat(similar.get(0).get("snippet").asText().toLowerCase()).contains("death");

        mvc.perform(get("/api/recommendations/999999999/similar")).andExpect(status().isNotFound());
        mvc.perform(get("/api/recommendations/" + id + "/similar?limit=0")).andExpect(status().isBadRequest());
    }

    @Test
    void is_described_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'q')]").exists())
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'bygroup')]").exists())
                .andExpect(jsonPath("$.paths['/api/search'].get.parameters[?(@.name == 'cursor')]").exists())
                .andExpect(jsonPath("$.paths['/api/search/export']").exists())
                .andExpect(jsonPath("$.paths['/api/recommendations/{id}/similar']").exists())
                .andExpect(jsonPath("$.components.schemas.SearchResult.properties.nextCursor").exists())
                .andExpect(jsonPath("$.components.schemas.SearchHit.properties.snippet").exists());
    }
}
