package org.troika.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.ingest.bundle.BundleLoader;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.SearchField;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.support.OnH2;
import org.troika.support.TestData;

/**
 * The showcase bundle loaded as {@code troika demo} loads it, then searched: every count is taken from the bundle's
 * JSON itself.
 */
@OnH2
class DemoBundleSearchTest {

    @Autowired
    BundleLoader loader;
    @Autowired
    SearchFacade search;
    @Autowired
    JdbcClient jdbc;

    JsonNode bundle;

    @BeforeEach
    void loadTheDemo() throws Exception {
        TestData.clean(jdbc);
        try (InputStream in = getClass().getResourceAsStream("/demo/kazakhstan-upr.json")) {
            loader.load(loader.read(in, "kazakhstan-upr.json"));
        }
        try (InputStream in = getClass().getResourceAsStream("/demo/kazakhstan-upr.json")) {
            bundle = new ObjectMapper().readTree(in);
        }
    }

    private long inBundle(String regex, String response) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        long n = 0;
        for (JsonNode review : bundle.get("reviews")) {
            for (JsonNode r : review.get("recommendations")) {
                if (p.matcher(r.get("text").asText()).find() && (response == null || r.get("response").asText().equals(response))) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void finds_and_counts_what_the_bundle_holds() {
        SearchResult all = search.search(SearchRequest.of(""));
        assertThat(all.total()).isEqualTo(inBundle("", null)).isPositive();

        Map<String, Long> responses = new HashMap<>();
        all.facet(SearchField.RESPONSE).orElseThrow().values().forEach(c -> responses.put(c.value(), c.count()));
        assertThat(responses).containsEntry("noted", inBundle("", "noted")).containsEntry("supported", inBundle("", "supported"));

        assertThat(search.search(SearchRequest.of("\"death penalty\"")).total()).isEqualTo(inBundle("death\\s+penalty", null)).isPositive();
        assertThat(search.search(SearchRequest.of("torture response:noted")).total())
                .isEqualTo(inBundle("\\btortur(e|ed|es|ing)\\b", "noted"));
        assertThat(all.facet(SearchField.SOURCE).orElseThrow().values()).extracting(FacetCount::value).contains("wg-report");
    }
}
