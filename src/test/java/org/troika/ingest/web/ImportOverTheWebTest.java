package org.troika.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.troika.support.SharedData;
import org.troika.support.TestData;

/** Files sent over HTTP, to the API and through the import page's form, as an editor does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"troika.editor.user=" + ImportOverTheWebTest.EDITOR, "troika.editor.password=" + ImportOverTheWebTest.PASSWORD})
@ActiveProfiles("h2test")
class ImportOverTheWebTest {

    static final String EDITOR = "nhri-editor";
    static final String PASSWORD = "correct horse";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private RestClient http;

    @BeforeEach
    void setUp() {
        TestData.clean(jdbc);
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    /** Slovenia's 2019 Working Group report as a file sent under this name. */
    private static ByteArrayResource sloveniaReport(String name) throws IOException {
        return file(name, Files.readAllBytes(SharedData.report("A_HRC_43_15_Slovenia_UPR_WG_report_2019.txt")));
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, Object> body, boolean signedIn) {
        return post(path, body, signedIn, null);
    }

    /** A multipart POST, signed in as the editor or not, with the session cookie a page gave if any. */
    private ResponseEntity<String> post(String path, MultiValueMap<String, Object> body, boolean signedIn, String cookie) {
        return http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA)
                .headers(h -> {
                    if (signedIn) {
                        h.setBasicAuth(EDITOR, PASSWORD, StandardCharsets.UTF_8);
                    }
                    if (cookie != null) {
                        h.add(HttpHeaders.COOKIE, cookie.split(";")[0]);
                    }
                })
                .body(body).retrieve().toEntity(String.class);
    }

    private long recommendations() {
        return jdbc.sql("SELECT COUNT(*) FROM recommendation").query(Long.class).single();
    }

    @Test
    void an_editor_imports_a_report_through_the_api_and_the_log_says_who() throws Exception {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", sloveniaReport("A_HRC_43_15.txt"));

        ResponseEntity<String> response = post("/api/imports", body, true);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode report = json.readTree(response.getBody()).get(0);
        assertThat(report.get("file").asText()).isEqualTo("A_HRC_43_15.txt");
        assertThat(report.get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(report.get("inserted").asLong()).isPositive().isEqualTo(recommendations());

        JsonNode log = json.readTree(http.get().uri("/api/imports").retrieve().body(String.class));
        assertThat(log.get(0).get("file").asText()).isEqualTo("A_HRC_43_15.txt");
        assertThat(log.get(0).get("importedBy").asText()).isEqualTo(EDITOR);
        assertThat(log.get(0).get("kind").asText()).startsWith("Working Group report A/HRC/43/15");
    }

    @Test
    void without_signing_in_nothing_is_imported() throws Exception {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", sloveniaReport("A_HRC_43_15.txt"));

        assertThat(post("/api/imports", body, false).getStatusCode().value()).isEqualTo(401);
        assertThat(recommendations()).isZero();
    }

    @Test
    void a_bad_row_refuses_the_file_naming_it_as_sent_and_stores_nothing() throws Exception {
        String csv = "id,cycle,session,state_under_review,sur_iso3,recommendation,recommending_state,recommending_iso3,response\n"
                + "X-1,1,7,Kazakhstan,KAZ,Abolish the death penalty,France,FRA,Supported\n"
                + "X-2,1,7,Kazakhstan,KAZ,Ratify OP-CAT,Atlantis,,Supported\n";
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", file("../../uploads/upr info.csv", csv.getBytes(StandardCharsets.UTF_8)));

        ResponseEntity<String> response = post("/api/imports", body, true);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        JsonNode report = json.readTree(response.getBody()).get(0);
        assertThat(report.get("file").asText()).isEqualTo("upr info.csv");
        assertThat(report.get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(report.get("rejections").get(0).get("location").asText()).isEqualTo("upr info.csv:3, column recommending_state");
        assertThat(report.get("rejections").get(0).get("reason").asText()).contains("Atlantis");
        assertThat(response.getBody()).doesNotContain("troika-upload-");
        assertThat(recommendations()).isZero();

        JsonNode entry = json.readTree(http.get().uri("/api/imports/" + json.readTree(http.get().uri("/api/imports").retrieve()
                .body(String.class)).get(0).get("id").asLong()).retrieve().body(String.class));
        assertThat(entry.get("rejections").get(0).get("location").asText()).isEqualTo("upr info.csv:3, column recommending_state");
    }

    /** A one-line report sent to the API by the editor with these options: name, value, name, value... */
    private ResponseEntity<String> importWith(String... options) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", file("a.txt", "98.1 Abolish the death penalty (France);".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < options.length; i += 2) {
            body.add(options[i], options[i + 1]);
        }
        return post("/api/imports", body, true);
    }

    /** The problem a 400 answer describes. */
    private JsonNode badRequest(ResponseEntity<String> response) throws IOException {
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        return json.readTree(response.getBody());
    }

    @Test
    void options_the_importer_cannot_use_are_a_bad_request_naming_them() throws Exception {
        assertThat(badRequest(importWith("review", "KAZ-20")).get("parameter").asText()).isEqualTo("review");
    }

    @Test
    void details_of_a_source_document_without_its_type_or_with_a_bad_date_are_a_bad_request_naming_the_parameter() throws Exception {
        JsonNode noType = badRequest(importWith("title", "A statement"));
        JsonNode badDate = badRequest(importWith("docType", "ngo", "date", "6 May 2019"));

        assertThat(noType.get("parameter").asText()).isEqualTo("docType");
        assertThat(noType.get("detail").asText()).isEqualTo("title, author, date and url describe a source document: give docType too");
        assertThat(badDate.get("parameter").asText()).isEqualTo("date");
        assertThat(badDate.get("detail").asText()).isEqualTo("date '6 May 2019' is not a date of the form YYYY-MM-DD");
        assertThat(recommendations()).isZero();
    }

    @Test
    void an_unknown_document_type_is_a_bad_request_listing_the_types() throws Exception {
        assertThat(badRequest(importWith("docType", "blog")).get("detail").asText()).isEqualTo("Unknown document type 'blog'; one of "
                + "upr-report, treaty-body, special-procedure, high-commissioner, parliament, government, nhri, ngo, media");
    }

    @Test
    void an_unknown_state_is_a_bad_request_naming_the_state_parameter() throws Exception {
        JsonNode problem = badRequest(importWith("state", "Atlantis"));

        assertThat(problem.get("parameter").asText()).isEqualTo("state");
        assertThat(problem.get("detail").asText()).isEqualTo("state: unknown State 'Atlantis'");
        assertThat(recommendations()).isZero();
    }

    @Test
    void the_import_page_form_imports_for_a_signed_in_editor() throws Exception {
        ResponseEntity<String> page = http.get().uri("/imports")
                .headers(h -> h.setBasicAuth(EDITOR, PASSWORD, StandardCharsets.UTF_8)).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        assertThat(page.getBody()).as("every document type is offered").contains("<option value=\"upr-report\">UPR document</option>")
                .contains("<option value=\"treaty-body\">Treaty body concluding observations</option>")
                .contains("<option value=\"media\">Media</option>");
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE);

        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("_csrf", token.group(1));
        body.add("file", sloveniaReport("slovenia.txt"));
        ResponseEntity<String> result = post("/imports", body, true, cookie);

        assertThat(result.getStatusCode().value()).isEqualTo(200);
        assertThat(result.getBody()).contains("What became of the files").contains("slovenia.txt").contains("IMPORTED");
        assertThat(recommendations()).isPositive();
        assertThat(result.getBody()).contains("import-log").contains(EDITOR);
    }
}
