package org.troika.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class UnexpectedErrorsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final UnexpectedErrors errors = new UnexpectedErrors(json);
    private final IllegalStateException failure = new IllegalStateException("connection pool exhausted at org.troika.Secret");

    @Test
    void an_api_failure_is_a_500_problem_without_the_cause() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView handled = errors.resolveException(new MockHttpServletRequest("GET", "/api/recommendations"), response, null, failure);

        assertThat(handled).isNotNull();
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        var body = json.readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(500);
        assertThat(body.get("detail").asText()).isEqualTo("Troika could not answer this request; the error has been logged.");
        assertThat(response.getContentAsString()).doesNotContain("Secret").doesNotContain("IllegalStateException");
    }

    @Test
    void a_page_failure_renders_the_friendly_page() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = errors.resolveException(new MockHttpServletRequest("GET", "/states/KAZ"), response, null, failure);

        assertThat(page.getViewName()).isEqualTo("error/problem");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page.getModel().get("detail")).asString().doesNotContain("Secret");
    }

    @Test
    void a_stream_that_broke_midway_is_left_alone() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setCommitted(true);

        assertThat(errors.resolveException(new MockHttpServletRequest("GET", "/api/recommendations/export"), response, null, failure)).isNull();
    }
}
