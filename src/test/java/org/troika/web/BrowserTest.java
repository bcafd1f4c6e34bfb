package org.troika.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.troika.support.UprFixtures;
import org.troika.support.HeadlessChromium;
import org.troika.support.WebFixtures;

/**
 * The pages in a real browser (Debian's chromium, headless) over real data: home, a country page, the
 * recommendation list filtered through htmx, a recommendation, an error page. Screenshots go to target/screenshots.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    HeadlessChromium chromium;
    Page page;

    @BeforeAll
    void startBrowser() throws Exception {
        chromium = HeadlessChromium.start();
        WebFixtures.load(context);
    }

    @BeforeEach
    void newPage() {
        page = chromium.newPage();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(name)).setFullPage(true));
    }

    /** The visible part only, for pages as long as the list of 195 States. */
    private void screenshotOfViewport(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(name)));
    }

    @Test
    void from_home_to_kazakhstan_to_a_filtered_list_to_one_recommendation() {
        page.navigate(url("/"));
        assertThat(page.title()).isEqualTo("States · Troika");
        assertThat(page.locator("#states-table tbody tr").count()).isEqualTo(195);
        // States with data come first.
        assertThat(page.locator("#states-table tbody tr").first().locator("td").first().innerText()).isIn("Kazakhstan", "Slovenia");
        screenshotOfViewport("home");

        page.fill("#state-filter", "kaz");
        assertThat(page.locator("#states-table tbody tr:visible").count()).isEqualTo(1);
        page.click("#states-table a:text-is('Kazakhstan')");

        page.waitForURL("**/states/KAZ");
        assertThat(page.locator("h1").innerText()).isEqualTo("Kazakhstan");
        Locator reviews = page.locator("#reviews tbody tr");
        assertThat(reviews.count()).isEqualTo(4);
        assertThat(reviews.nth(0).innerText()).contains("Bangladesh").contains("A/HRC/14/10").contains("129 recorded; no official total known");
        assertThat(reviews.nth(2).innerText()).contains("0 of 245 recorded").contains("Official: 214 supported, 31 noted");
        assertThat(reviews.nth(3).innerText()).contains("0 of 294 recorded");
        assertThat(page.locator("a[href='https://undocs.org/A/HRC/28/10']").count()).isEqualTo(1);
        page.waitForFunction("() => window.Chart && Chart.getChart('response-chart') !== undefined");
        assertThat(page.evaluate("() => Chart.getChart('response-chart').data.labels")).asString()
                .contains("Cycle 1 · 2010 (recorded)").contains("Cycle 3 · 2019 (official)");
        assertThat(page.locator(".source-document").innerText()).contains("zero-tolerance policy of the President to torture");
        screenshot("state");

        page.navigate(url("/recommendations?state=KAZ"));
        String before = page.locator("#result-count").innerText();
        assertThat(before).contains("of 318 recommendations");
        screenshot("recommendations");
        page.evaluate("() => window.notReloaded = true");
        page.selectOption("#filter-response", "noted");
        page.waitForFunction("before => document.querySelector('#result-count').innerText !== before", before);

        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        assertThat(page.url()).contains("response=noted").contains("state=KAZ").doesNotContain("cycle=");
        assertThat(page.locator("#recommendation-table .badge").allInnerTexts()).isNotEmpty().allMatch("Noted"::equals);
        // The list counts recommendations (paragraphs): UPR Info rows of one review with the same text are one.
        long noted = UprFixtures.csv("kazakhstan_upr.csv").stream().filter(r -> r.get("response").equals("Noted"))
                .map(r -> r.get("session") + "|" + r.get("recommendation")).distinct().count();
        assertThat(page.locator("#result-count").innerText()).contains("of " + noted + " recommendations");
        assertThat(page.locator(".exports a").first().getAttribute("href")).contains("response=noted").contains("state=KAZ");
        screenshot("recommendations-noted");

        String paragraph = page.locator("#recommendation-table tbody tr td a").first().innerText();
        page.locator("#recommendation-table tbody tr td a").first().click();
        page.waitForURL("**/recommendations/*");
        assertThat(page.locator("h1").innerText()).isEqualTo("Recommendation " + paragraph + " to Kazakhstan");
        assertThat(page.locator("#response").innerText()).isEqualTo("Noted");
        screenshot("recommendation");
    }

    @Test
    void pages_through_a_list_without_reloading() {
        page.navigate(url("/recommendations?state=SVN&size=20"));
        page.evaluate("() => window.notReloaded = true");
        page.click("nav.pager a[rel=next]");
        page.waitForFunction("() => document.querySelector('nav.pager span.current').innerText === '2'");
        assertThat(page.locator("#result-count").innerText()).startsWith("Showing 21–40");
        assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);
        assertThat(page.url()).contains("page=1");
    }

    @Test
    void a_recommendation_with_its_response_source_and_labels() {
        page.navigate(url("/recommendations?state=SVN&cycle=3&by=LTU"));
        page.locator("#recommendation-table a:text-is('121.1')").click();
        page.waitForURL("**/recommendations/*");
        String facts = page.locator("dl.facts").innerText();
        assertThat(facts).contains("France, Lithuania").contains("A/HRC/43/15").contains("Slovenia");
        assertThat(page.locator(".labels").allInnerTexts()).anyMatch(t -> t.contains("Enforced disappearances"));
        screenshot("recommendation-slovenia");
    }

    @Test
    void unknown_addresses_get_a_friendly_page() {
        Response missing = page.navigate(url("/states/XYZ"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("Not found");
        assertThat(page.content()).contains("XYZ").doesNotContain("Whitelabel").doesNotContain("Exception");
        screenshot("not-found");

        Response bad = page.navigate(url("/recommendations?size=0"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(page.locator("main").innerText()).contains("'size'");
    }
}
