package org.newsgraph.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test sets up and tears down: a built site served by a {@link StaticServer} and opened in one
 * {@link HeadlessChrome}, with screenshots kept in {@code target/screenshots/}. A test class opens it in
 * {@code @BeforeAll} (its test is skipped, by a JUnit assumption, where Chromium is not installed) and closes it in
 * {@code @AfterAll}.
 */
public final class BrowserSite implements AutoCloseable {

    public static final Path SHOTS = Path.of("target", "screenshots");

    private final Path site;
    private final Path profiles;
    private final StaticServer server;
    private final ChromeDriver browser;

    private BrowserSite(Path site, Path profiles, StaticServer server, ChromeDriver browser) {
        this.site = site;
        this.profiles = profiles;
        this.server = server;
        this.browser = browser;
    }

    /** Skips the calling tests where Debian's chromium and chromium-driver are missing. */
    public static void assumeChromium() {
        assumeTrue(HeadlessChrome.available(),
                "needs Debian's chromium and chromium-driver (" + SkippedBrowserSuites.INSTALL + ")");
    }

    /**
     * Serves {@code site} and opens Chromium on it with a fresh profile under {@code scratch}; {@code requestLog}
     * keeps every request for {@link HeadlessChrome#requests}.
     */
    public static BrowserSite open(Path site, Path scratch, boolean requestLog) throws IOException {
        assumeChromium();
        Files.createDirectories(SHOTS);
        StaticServer server = StaticServer.serve(site);
        try {
            return new BrowserSite(site, scratch, server,
                    HeadlessChrome.start(Files.createTempDirectory(Files.createDirectories(scratch), "profile"), true,
                            requestLog));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A second Chromium on the same site, with its own profile; the caller quits it. */
    public ChromeDriver another(boolean javascript) throws IOException {
        return HeadlessChrome.start(Files.createTempDirectory(profiles, "profile"), javascript, false);
    }

    public ChromeDriver browser() {
        return browser;
    }

    public Path site() {
        return site;
    }

    /** The served site's address, with a trailing slash. */
    public String url() {
        return server.url();
    }

    /** Opens a page of the served site by its path ("figures/index.html"). */
    public void open(String page) {
        browser.get(server.url() + page);
    }

    public WebDriverWait waiting(Duration patience) {
        // a page script that re-renders a list (the figures explorer after a reset) replaces the rows a condition
        // is reading: that is the page still changing, so the wait polls again instead of failing
        WebDriverWait wait = new WebDriverWait(browser, patience);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Keeps what {@code shown} (the browser, or one element) shows as target/screenshots/{name}.png. */
    public static void screenshot(TakesScreenshot shown, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.copy(shown.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    public void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            server.close();
        }
    }
}
