package org.troika.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.troika.recommendation.RecommendationFacade;
import org.troika.recommendation.domain.RecommendationFilter;
import org.troika.review.ReviewFacade;
import org.troika.support.OnH2;
import org.troika.support.TestData;

@OnH2
class BundleLoaderTest {

    @Autowired
    BundleLoader loader;
    @Autowired
    ReviewFacade reviews;
    @Autowired
    RecommendationFacade recommendations;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        TestData.clean(jdbc);
    }

    private Bundle read(String json) {
        return loader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String review(String state, int session, int cycle, String recommendingState) {
        return """
                {"state":"%s","session":%d,"cycle":%d,"recommendations":[
                  {"paragraph":"1.1","text":"Abolish the death penalty","states":["%s"],"response":"supported"}]}"""
                .formatted(state, session, cycle, recommendingState);
    }

    @Test
    void a_bundle_that_fails_half_way_stores_nothing() {
        Bundle bundle = read("{\"format\":\"troika-bundle/1\",\"title\":\"t\",\"reviews\":["
                + review("KAZ", 7, 1, "FRA") + "," + review("KAZ", 20, 2, "XYZ") + "]}");

        assertThatThrownBy(() -> loader.load(bundle)).hasMessageContaining("XYZ");

        assertThat(reviews.all()).isEmpty();
        assertThat(recommendations.count(RecommendationFilter.all())).isZero();
    }

    @Test
    void names_the_line_and_column_of_malformed_json() {
        assertThatThrownBy(() -> read("{\"format\":\"troika-bundle/1\",\n\"reviews\": [ {\"state\": }"))
                .hasMessageContaining("test.json: malformed bundle at line 2");
    }

    @Test
    void refuses_a_file_of_another_format() {
        assertThatThrownBy(() -> read("{\"format\":\"something-else\"}")).hasMessageContaining("not a Troika bundle");
    }
}
