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

    static ChromeDriver chrome(boolean javascript) throws Exception {
        return chrome(dir, javascript);
    }

    /** Headless Chromium as root, with no network beyond this machine and a fresh profile in {@code profiles}. */
    static ChromeDriver chrome(Path profiles, boolean javascript) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "profile"), "--window-size=1280,900");
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
        long all = (Long) ((JavascriptExecutor) browser).executeScript("return window.newsgraphFigures.rows.length;");
        assertEquals("Showing " + shown.size() + " of " + all + " figures.", browser.findElement(By.id("figure-count")).getText());
        assertTrue(browser.getCurrentUrl().contains("kind=amount"), "the view can be linked to");
        screenshot("figures");
        form.findElement(By.cssSelector("button[type=reset]")).click();
        wait.until(d -> rows(true).size() == total);
    }

    @Test
    void theFiguresExplorerPagesThroughEveryFigure() throws Exception {
        open("figures/index.html");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long all = (Long) js.executeScript("return window.newsgraphFigures.rows.length;");
        assertTrue(all > 100, "the sample has more than a page: " + all);
        assertEquals(100, rows(true).size());
        assertEquals("Showing 1 to 100 of " + all + " figures.", browser.findElement(By.id("figure-count")).getText());
        browser.findElement(By.cssSelector("#figure-pager a[aria-label='Next page']")).click();
        wait.until(d -> d.getCurrentUrl().contains("page=2"));
        assertEquals(all - 100, rows(true).size(), "the rest on page 2");
        assertEquals("Showing 101 to " + all + " of " + all + " figures.", browser.findElement(By.id("figure-count")).getText());
        new Select(browser.findElement(By.name("kind"))).selectByValue("count");
        long counts = (Long) js.executeScript("return window.newsgraphFigures.rows.filter(f => f.kind === 'count').length;");
        wait.until(d -> rows(true).size() == counts);
        assertFalse(browser.getCurrentUrl().contains("page=2"), "a new filter starts at the first page");
        assertTrue(rows(true).stream().allMatch(r -> r.getAttribute("data-kind").equals("count")),
                "filtered over every figure, not one page");
        open("figures/page/2/index.html");
        assertEquals(all - 100, rows(true).size(), "the second plain page opens at its place");
    }

    @Test
    void theFiguresExplorerAtPhoneWidthShowsEveryColumn() throws Exception {
        browser.manage().window().setSize(new Dimension(400, 900));
        open("figures/index.html?kind=count");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(0L, ((Number) js.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue(),
                "no sideways scrolling");
        long width = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        List<WebElement> shown = rows(true);
        assertFalse(shown.isEmpty());
        for (WebElement row : shown.subList(0, Math.min(10, shown.size()))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(9, cells.size());
            for (WebElement cell : cells) {
                assertTrue(cell.isDisplayed(), cell.getAttribute("data-label") + " shown");
                assertTrue(cell.getRect().getX() >= 0 && cell.getRect().getX() + cell.getRect().getWidth() <= width,
                        cell.getAttribute("data-label") + " inside the screen: " + cell.getRect());
                Object label = js.executeScript("return getComputedStyle(arguments[0], '::before').content;", cell);
                assertTrue(cell.getAttribute("data-label").equals("Figure") || String.valueOf(label).contains(cell.getAttribute("data-label")),
                        "each value says which column it is: " + label);
            }
            assertTrue(row.getRect().getHeight() < 180, "a compact card: " + row.getRect().getHeight() + " px");
        }
        screenshot("figures-phone");
    }

    @Test
    void searchFindsAWordOfAnArticlesLastParagraphAndShowsItInASnippet() throws Exception {
        open("article/microsoft-ai-cloud/index.html");
        List<WebElement> paragraphs = browser.findElements(By.cssSelector(".text p"));
        String last = paragraphs.get(paragraphs.size() - 1).getText();
        String word = java.util.Arrays.stream(last.split("[^\\p{L}]+")).filter(w -> w.length() >= 6)
                .max(java.util.Comparator.comparingInt(String::length).thenComparing(w -> w)).orElseThrow();
        open("search/index.html");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(word);
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("“" + word + "”"));
        String status = browser.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("(1 result|[0-9]+ results) for “" + word + "”: .*"), status);
        assertFalse(status.matches(".*\\b1 (results|articles|figures|entities)\\b.*"), "correct English: " + status);
        WebElement hit = browser.findElements(By.cssSelector(".results-articles li")).stream()
                .filter(li -> li.findElement(By.tagName("a")).getAttribute("href").contains("microsoft-ai-cloud"))
                .findFirst().orElseThrow(() -> new AssertionError("the article is found by " + word));
        List<String> marked = hit.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(m -> m.equalsIgnoreCase(word)), word + " marked in the snippet: " + marked);
        box.clear();
        box.sendKeys("revenue");
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("“revenue”"));
        List<String> groups = browser.findElements(By.cssSelector("#search-results h2")).stream().map(WebElement::getText).toList();
        assertTrue(groups.stream().anyMatch(g -> g.startsWith("Figures")) && groups.stream().anyMatch(g -> g.startsWith("Articles")),
                "grouped by kind: " + groups);
        assertTrue(browser.findElements(By.cssSelector(".results-figures li a")).stream().map(WebElement::getText)
                .anyMatch(t -> t.matches(".*[Rr]evenue .*\\d.*")), "a figure reads with its measure and value");
        screenshot("search-results");
    }

    @Test
    void anEntitysRelationGraphLinksToItsNeighbours() throws Exception {
        open("entity/microsoft/index.html");
        WebElement svg = browser.findElement(By.cssSelector(".relation-graph svg"));
        assertTrue(svg.isDisplayed());
        assertFalse(svg.findElement(By.tagName("title")).getAttribute("textContent").isBlank(), "a title");
        assertFalse(svg.findElement(By.tagName("desc")).getAttribute("textContent").isBlank(), "a description");
        // The links as written (an SVG link's href property is no URL): relative to this page.
        java.net.URI here = java.net.URI.create(browser.getCurrentUrl());
        List<String> links = svg.findElements(By.cssSelector("a.node")).stream()
                .map(a -> here.resolve(a.getDomAttribute("href")).toString()).toList();
        List<String> names = svg.findElements(By.cssSelector("a.node > title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertTrue(links.size() >= 3, "neighbours: " + links);
        assertEquals(links.size(), browser.findElements(By.cssSelector(".graph-list li")).stream()
                .flatMap(li -> li.findElements(By.tagName("a")).stream()).map(a -> here.resolve(a.getDomAttribute("href")).toString())
                .filter(links::contains).distinct().count(), "the list names every linked node");
        WebElement section = browser.findElement(By.cssSelector("section.relation-graph"));
        Files.copy(section.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("entity-graph.png"),
                StandardCopyOption.REPLACE_EXISTING);
        for (int i = 0; i < Math.min(4, links.size()); i++) {
            browser.get(links.get(i));
            assertEquals(names.get(i), browser.findElement(By.tagName("h1")).getText(), links.get(i));
        }
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
                "figures/index.html", "figures/page/2/index.html", "search/index.html?q=revenue", "query/index.html", "about/index.html",
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
        for (String page : List.of("index.html", "search/index.html?q=cloud", "figures/index.html", "query/index.html",
                "entity/microsoft/index.html", "figures/page/2/index.html")) {
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
