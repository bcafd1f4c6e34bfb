package org.troika.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.troika.support.OnH2Web;
import org.troika.support.UprFixtures;
import org.troika.support.WebFixtures;

/** Exports over HTTP, read back with the libraries a user's tools would use. */
@OnH2Web
class RecommendationExportApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void realData() {
        WebFixtures.load(context);
    }

    private MockHttpServletResponse export(String query) throws Exception {
        MvcResult started = mvc.perform(get("/api/recommendations/export?" + query)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void csv_of_the_filtered_set_named_after_the_filters() throws Exception {
        MockHttpServletResponse response = export("format=csv&state=KAZ&cycle=1&response=noted");

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"troika-recommendations-KAZ-cycle1-noted.csv\"");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        List<String> expected = UprFixtures.csv("kazakhstan_upr.csv").stream()
                .filter(r -> r.get("session").equals("7") && r.get("response").equals("Noted")).map(r -> r.get("recommendation")).toList();
        assertThat(records).extracting(r -> r.get("text")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(records).allSatisfy(r -> assertThat(r.get("response")).isEqualTo("Noted"));
    }

    @Test
    void json_of_everything_has_no_cap() throws Exception {
        MockHttpServletResponse response = export("format=json");

        JsonNode items = new ObjectMapper().readTree(response.getContentAsByteArray());
        long slovenia = UprFixtures.csv("slovenia_upr_thematic_lists.csv").stream()
                .filter(r -> r.get("session").equals("34") || r.get("session").equals("48")).count();
        assertThat(items).hasSize(RecommendationApiTest.kazakhstan(r -> true) + (int) slovenia);
        assertThat(response.getHeader("Content-Disposition")).contains("troika-recommendations.json");
    }

    @Test
    void xlsx_by_recommending_state() throws Exception {
        MockHttpServletResponse response = export("format=xlsx&by=DEU&state=KAZ");

        assertThat(response.getHeader("Content-Disposition")).contains("troika-recommendations-KAZ-by-DEU.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(RecommendationApiTest.kazakhstan(r -> r.get("recommending_iso3").equals("DEU")));
            int statesColumn = -1;
            for (int i = 0; i < sheet.getRow(0).getLastCellNum(); i++) {
                if (sheet.getRow(0).getCell(i).getStringCellValue().equals("recommending_states")) {
                    statesColumn = i;
                }
            }
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(statesColumn).getStringCellValue()).contains("DEU");
                }
            }
        }
    }

    @Test
    void an_unknown_format_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/recommendations/export").param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.parameter").value("format"))
                .andExpect(jsonPath("$.detail").value("Unknown export format 'pdf' in parameter 'format': use csv, json or xlsx"));
        mvc.perform(get("/api/recommendations/export").param("format", "csv").param("state", "NOPE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("state"));
    }
}
