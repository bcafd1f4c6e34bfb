package org.troika.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.troika.support.OnH2Web;

@OnH2Web
class OpenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void describes_every_endpoint_with_its_parameters() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Troika API"))
                .andExpect(jsonPath("$.paths['/api/states']").exists())
                .andExpect(jsonPath("$.paths['/api/states/{iso3}']").exists())
                .andExpect(jsonPath("$.paths['/api/states/{iso3}/reviews']").exists())
                .andExpect(jsonPath("$.paths['/api/reviews/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/recommendations']").exists())
                .andExpect(jsonPath("$.paths['/api/recommendations/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/recommendations/export']").exists())
                .andExpect(jsonPath("$.paths['/api/stats']").exists())
                .andExpect(jsonPath("$.paths['/api/imports'].post.security[0].editor").exists())
                .andExpect(jsonPath("$.paths['/api/imports'].get").exists())
                .andExpect(jsonPath("$.paths['/api/imports'].post.parameters[?(@.name == 'docType')].description").value(org.hamcrest.Matchers
                        .hasItem("Store documents as source documents of this type: upr-report, treaty-body, special-procedure, "
                                + "high-commissioner, parliament, government, nhri, ngo, media")))
                .andExpect(jsonPath("$.components.securitySchemes.editor.scheme").value("basic"))
                .andExpect(jsonPath("$.paths['/api/recommendations'].get.parameters[?(@.name == 'by')].description")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Recommending State"))))
                .andExpect(jsonPath("$.components.schemas.ReviewStatistics.properties.*", org.hamcrest.Matchers.hasSize(5)))
                .andExpect(jsonPath("$.components.schemas.ReviewStatistics.properties.official").exists())
                .andExpect(jsonPath("$.components.schemas.Recommendation.properties.recommendingStates").exists())
                .andExpect(jsonPath("$.components.schemas.Review.properties.completeness.example").value("120 of 245 recorded"));
    }

    @Test
    void serves_the_swagger_ui() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Swagger UI")));
    }
}
