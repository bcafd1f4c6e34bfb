package org.troika.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.troika.support.HeadlessChromium;
import org.troika.support.WebFixtures;

/**
 * The search page in a real browser (Debian's chromium, headless) over the real fixtures: typing a query, ticking
 * facets updates the hits in place (no page load), a hit leads to its recommendation. Screenshots in target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    HeadlessChromium chromium;

    @BeforeAll
    void startBrowser() throws Exception {
        chromium = HeadlessChromium.start();
        WebFixtures.load(context);
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private long count(Page page) {
        return Long.parseLong(page.locator("#search-count strong").innerText().replace(",", ""));
    }

    @Test
    void facets_narrow_the_hits_in_place_and_a_hit_leads_to_its_recommendation() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/search");
        page.locator("header nav a:text-is('Search')").waitFor();
        page.evaluate("() => window.notReloaded = true");

        page.fill("#q", "rights");
        page.waitForFunction("() => document.querySelector('#hits mark') !== null");
        long all = count(page);
        assertThat(page.locator("#hits mark").first().innerText().toLowerCase()).startsWith("right");
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("search")).setFullPage(true));

        String before = page.locator("#search-count").innerText();
        page.locator("#facet-response input[value=noted]").check();
        page.waitForFunction("before => document.querySelector('#search-count').innerText !== before", before);
        long noted = count(page);
        assertThat(noted).isPositive().isLessThan(all);
        assertThat(page.locator("#hits .badge").allInnerTexts()).isNotEmpty().allMatch("noted"::equals);
        // Drill sideways: the other response stays on offer with its count.
        assertThat(page.locator("#facet-response input[value=supported]").count()).isEqualTo(1);
        assertThat(page.url()).contains("response=noted").contains("q=rights");
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);

        String exportLink = page.locator(".exports a").first().getAttribute("href");
        assertThat(exportLink).contains("/api/search/export?format=csv").contains("response=noted");
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("search-noted")).setFullPage(true));

        page.locator("#hits a.hit-title").first().click();
        page.waitForURL("**/recommendations/*");
        assertThat(page.locator("#response").innerText()).isEqualTo("Noted");
    }
}
