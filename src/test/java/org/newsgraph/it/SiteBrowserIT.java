package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.SampleSite;
import org.newsgraph.testing.SkippedBrowserSuites;
import org.newsgraph.testing.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as a reader uses it, in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): follow links, search, filter figures, read it on a phone and without JavaScript; axe-core checks each
 * page's accessibility, and no page may log a console error. Screenshots go to target/screenshots/.
 */
@Tag(SkippedBrowserSuites.TAG)
class SiteBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    private static StaticServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        server = StaticServer.serve(SampleSite.build(dir.resolve("project")));
        browser = chrome(true);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Files.createDirectories(SHOTS);
    }

    /** Headless Chromium as root, with no network beyond this machine and a fresh profile. */
    static ChromeDriver chrome(boolean javascript) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver's path is given, so Selenium Manager never looks for (or downloads) one.
        // Headless Chromium now and then fails to start on a loaded machine ("session not created"): one more try.
        for (int attempt = 1; ; attempt++) {
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            try {
                return new ChromeDriver(service, options);
            } catch (org.openqa.selenium.SessionNotCreatedException e) {
                service.stop();
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console errors and warnings");
    }

    private static void open(String page) {
        browser.get(server.url() + page);
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theHomePageLeadsToAnEntity() throws Exception {
        open("index.html");
        screenshot("home");
        WebElement first = browser.findElement(By.cssSelector(".groups li a"));
        String name = first.getText();
        first.click();
        wait.until(d -> d.getCurrentUrl().contains("/entity/"));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("dl.backlinks dt")).isEmpty(), "what points here");
        screenshot("entity");
    }

    @Test
    void searchFindsWhatIsTypedAndLinksToIt() throws Exception {
        open("index.html");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("Microsoft", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("search/index.html?q=Microsoft"));
        wait.until(d -> !d.findElements(By.cssSelector("#search-results li a")).isEmpty());
        WebElement hit = browser.findElement(By.cssSelector("#search-results li a"));
        assertEquals("Microsoft", hit.getText(), "the entity first: its name matches best");
        WebElement input = browser.findElement(By.id("q"));
        input.clear();
        input.sendKeys("batter");
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("“batter”"));
        List<String> titles = browser.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
        assertTrue(titles.stream().anyMatch(t -> t.toLowerCase().contains("batter")), "prefix search: " + titles);
        screenshot("search");
        hit = browser.findElement(By.cssSelector("#search-results li a"));
        String title = hit.getText();
        hit.click();
        wait.until(d -> !d.getCurrentUrl().contains("search"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(title.replaceAll("^[“\"]|[”\"]$", ""))
                || browser.getCurrentUrl().contains("#"), browser.getCurrentUrl());
    }

    @Test
    void theNavAndTheFormerAddressLeadToTheSparqlPage() throws Exception {
        open("index.html");
        browser.findElement(By.linkText("SPARQL")).click();
        // The address changes as the navigation starts; wait for the page it leads to as well.
        wait.until(d -> d.getCurrentUrl().endsWith("/query/index.html") && !d.findElements(By.id("sparql-form")).isEmpty());
        assertTrue(browser.findElement(By.id("sparql-form")).isDisplayed(), "the query form");
        assertTrue(browser.findElements(By.cssSelector("article.example")).size() >= 7, "the example queries");
        screenshot("sparql");
        open("sparql/index.html");
        // The address changes as the navigation starts; wait for the page it leads to as well.
        wait.until(d -> d.getCurrentUrl().endsWith("/query/index.html") && !d.findElements(By.id("sparql-form")).isEmpty());
        assertTrue(browser.findElement(By.id("sparql-form")).isDisplayed(), "the old address redirects to the page");
    }

    @Test
    void theFiguresExplorerFiltersAndSorts() throws Exception {
        open("figures/index.html");
        WebElement form = browser.findElement(By.id("figure-filters"));
        assertTrue(form.isDisplayed(), "the script shows the filters");
        int total = rows(false).size();
        new Select(form.findElement(By.name("kind"))).selectByValue("amount");
        new Select(form.findElement(By.name("unit"))).selectByValue("USD");
        new Select(form.findElement(By.name("sort"))).selectByValue("value-desc");
        List<WebElement> shown = rows(true);
        assertTrue(shown.size() > 1 && shown.size() < total, shown.size() + " of " + total);
        assertTrue(shown.stream().allMatch(r -> r.getAttribute("data-kind").equals("amount")
                && r.getAttribute("data-unit").equals("USD")));
        List<Double> values = shown.stream().map(r -> r.getAttribute("data-value")).filter(v -> v != null && !v.isEmpty())
                .map(Double::valueOf).toList();
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, values, "largest first");
        assertEquals("Showing " + shown.size() + " of " + total + " figures.", browser.findElement(By.id("figure-count")).getText());
        assertTrue(browser.getCurrentUrl().contains("kind=amount"), "the view can be linked to");
        screenshot("figures");
        form.findElement(By.cssSelector("button[type=reset]")).click();
        wait.until(d -> rows(true).size() == total);
    }

    private static List<WebElement> rows(boolean visibleOnly) {
        return browser.findElements(By.cssSelector("#figure-table tbody tr")).stream()
                .filter(r -> !visibleOnly || r.isDisplayed()).toList();
    }

    @Test
    void anArticleLinksItsFiguresToTheFactsPanel() throws Exception {
        open("article/microsoft-ai-cloud/index.html");
        screenshot("article");
        WebElement figure = browser.findElement(By.cssSelector(".text a.figure"));
        String text = figure.getText();
        figure.click();
        wait.until(d -> d.getCurrentUrl().contains("#figure-"));
        String id = browser.getCurrentUrl().replaceAll(".*#", "");
        assertEquals(text, browser.findElement(By.id(id)).findElement(By.cssSelector("td a")).getText());
    }

    @Test
    void everyPagePassesAxeAccessibilityChecks() {
        List<String> violations = new ArrayList<>();
        for (String page : List.of("index.html", "article/microsoft-ai-cloud/index.html", "entity/microsoft/index.html",
                "figures/index.html", "search/index.html?q=cloud", "query/index.html", "about/index.html",
                "organizations/index.html", "archive/index.html", "tags/index.html", "tag/cloud/index.html")) {
            open(page);
            Results results = new AxeBuilder().analyze(browser);
            for (Rule rule : results.getViolations()) {
                violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().size()
                        + " nodes, e.g. " + rule.getNodes().get(0).getTarget());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void pagesFitAPhoneScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("index.html", "article/microsoft-ai-cloud/index.html", "entity/microsoft/index.html",
                "figures/index.html", "search/index.html?q=energy", "query/index.html", "about/index.html")) {
            open(page);
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), page + " scrolls sideways");
        }
        open("article/microsoft-ai-cloud/index.html");
        screenshot("phone-article");
    }

    @Test
    void everythingComesFromTheSiteItself() {
        for (String page : List.of("index.html", "search/index.html?q=cloud", "figures/index.html", "query/index.html")) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            assertFalse(loaded.isEmpty(), page);
            for (String url : loaded) {
                assertTrue(url.startsWith(server.url()), page + " loads " + url);
            }
        }
    }

    @Test
    void pagesWorkWithoutJavaScript() throws Exception {
        ChromeDriver plain = chrome(false);
        try {
            plain.get(server.url() + "figures/index.html");
            assertFalse(plain.findElement(By.id("figure-filters")).isDisplayed(), "no filters without their script");
            assertTrue(plain.findElements(By.cssSelector("#figure-table tbody tr")).stream().allMatch(WebElement::isDisplayed));
            plain.get(server.url() + "article/microsoft-ai-cloud/index.html");
            assertFalse(plain.findElements(By.cssSelector(".text a.entity")).isEmpty());
            assertFalse(plain.findElements(By.cssSelector("aside.facts tbody tr")).isEmpty());
            plain.get(server.url() + "search/index.html?q=cloud");
            assertTrue(plain.findElement(By.id("search-status")).getText().contains("Search needs JavaScript"));
        } finally {
            plain.quit();
        }
    }
}
