package org.troika.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's chromium driven by Playwright, headless, for the browser tests. Playwright's own browser download is
 * not reachable here, hence the system executable and the flags that keep it off the (closed) network.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** Skips the calling tests where chromium is not installed; CI installs it, and TestEnvironmentTest insists there. */
    public static HeadlessChromium start() throws IOException {
        assumeTrue(Files.isExecutable(EXECUTABLE), "chromium not installed at " + EXECUTABLE);
        Files.createDirectories(SCREENSHOTS);
        return new HeadlessChromium();
    }

    public Page newPage() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.setDefaultTimeout(15_000);
        return page;
    }

    /** Where a screenshot of that name goes: target/screenshots, for people to look at after a run. */
    public static Path screenshot(String name) {
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
