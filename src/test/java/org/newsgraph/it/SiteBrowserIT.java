package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.BrowserSite;
import org.newsgraph.testing.HeadlessChrome;
import org.newsgraph.testing.SampleSite;
import org.newsgraph.testing.SkippedBrowserSuites;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as a reader uses it, in real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): follow links, search, filter figures, read it on a phone and without JavaScript; axe-core checks each
 * page's accessibility, and no page may log a console error. Screenshots go to target/screenshots/.
 */
@Tag(SkippedBrowserSuites.TAG)
class SiteBrowserIT {

    @TempDir
    static Path dir;

    private static BrowserSite site;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        BrowserSite.assumeChromium();
        site = BrowserSite.open(SampleSite.build(dir.resolve("project")), dir, false);
        browser = site.browser();
        wait = site.waiting(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), HeadlessChrome.consoleProblems(browser), "console errors and warnings");
    }

    private static void open(String page) {
        site.open(page);
    }

    private static void screenshot(String name) throws Exception {
        site.screenshot(name);
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
        // Session 33: plain page N holds figures 100(N-1)+1 to 100N counted from the oldest; the script opens at its
        // own page (counted from the newest) that shows the plain page's newest figure.
        open("figures/page/1/index.html");
        long at = (all - Math.min(all, 100)) / 100;
        assertEquals("Showing " + (at * 100 + 1) + " to " + Math.min(all, at * 100 + 100) + " of " + all + " figures.",
                browser.findElement(By.id("figure-count")).getText(), "the first plain page opens at its place");
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
        BrowserSite.screenshot(section, "entity-graph");
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
                "organizations/index.html", "organizations/m/index.html", "archive/index.html", "archive/2025/index.html", "tags/index.html", "tag/cloud/index.html")) {
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
                "figures/index.html", "figures/page/1/index.html", "search/index.html?q=energy", "query/index.html",
                "about/index.html", "organizations/index.html", "organizations/m/index.html")) {
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
                assertTrue(url.startsWith(site.url()), page + " loads " + url);
            }
        }
    }

    @Test
    void pagesWorkWithoutJavaScript() throws Exception {
        ChromeDriver plain = site.another(false);
        try {
            plain.get(site.url() + "figures/index.html");
            assertFalse(plain.findElement(By.id("figure-filters")).isDisplayed(), "no filters without their script");
            assertTrue(plain.findElements(By.cssSelector("#figure-table tbody tr")).stream().allMatch(WebElement::isDisplayed));
            plain.get(site.url() + "article/microsoft-ai-cloud/index.html");
            assertFalse(plain.findElements(By.cssSelector(".text a.entity")).isEmpty());
            assertFalse(plain.findElements(By.cssSelector("aside.facts tbody tr")).isEmpty());
            plain.get(site.url() + "search/index.html?q=cloud");
            assertTrue(plain.findElement(By.id("search-status")).getText().contains("Search needs JavaScript"));
        } finally {
            plain.quit();
        }
    }

    @Test
    void relationGraphLabelsCoverNoNodeNoNameAndNoOtherLabel() throws Exception {
        List<String> pages;
        try (java.util.stream.Stream<Path> entities = java.nio.file.Files.list(site.site().resolve("entity"))) {
            pages = entities.map(e -> e.resolve("index.html")).filter(p -> {
                try {
                    return java.nio.file.Files.readString(p).contains("class=\"edge-label\"");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> site.site().relativize(p).toString()).sorted().toList();
        }
        assertTrue(pages.size() >= 5, "entities with a relation graph: " + pages);
        List<String> overlaps = new ArrayList<>();
        for (String page : pages) {
            open(page);
            // The boxes the browser drew, in the picture's own units: circles, names, the arrows' labels.
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                    const svg = document.querySelector('.relation-graph svg');
                    const box = (e) => { const b = e.getBBox(); return {e, x: b.x, y: b.y, r: b.x + b.width, b: b.y + b.height}; };
                    const nodes = [...svg.querySelectorAll('.node circle, .node text')].map(box);
                    const labels = [...svg.querySelectorAll('text.edge-label')].map(box);
                    const meet = (a, b) => a.x < b.r - 0.5 && b.x < a.r - 0.5 && a.y < b.b - 0.5 && b.y < a.b - 0.5;
                    const said = [];
                    labels.forEach((l, i) => {
                      nodes.filter(n => meet(l, n)).forEach(n => said.push(l.e.textContent + ' covers ' + (n.e.textContent || 'a node')));
                      labels.slice(i + 1).filter(m => meet(l, m)).forEach(m => said.push(l.e.textContent + ' covers ' + m.e.textContent));
                      if (l.x < 0 || l.y < 0 || l.r > svg.viewBox.baseVal.width || l.b > svg.viewBox.baseVal.height) {
                        said.push(l.e.textContent + ' is cut off');
                      }
                    });
                    return said;""");
            found.forEach(f -> overlaps.add(page + ": " + f));
        }
        assertEquals(List.of(), overlaps);
    }

    @Test
    void aRelationPictureIsNeverDrawnLargerThanItsOwnSize() throws Exception {
        List<String> pages;
        try (java.util.stream.Stream<Path> entities = java.nio.file.Files.list(site.site().resolve("entity"))) {
            pages = entities.map(e -> e.resolve("index.html")).filter(p -> {
                try {
                    return java.nio.file.Files.readString(p).contains("class=\"relation-graph\"");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> site.site().relativize(p).toString()).sorted().toList();
        }
        double smallest = Double.MAX_VALUE;
        for (String page : pages) {
            open(page);
            WebElement svg = browser.findElement(By.cssSelector(".relation-graph svg"));
            double[] size = ((List<?>) ((JavascriptExecutor) browser).executeScript(
                    "return [arguments[0].getBoundingClientRect().width, arguments[0].viewBox.baseVal.width];", svg))
                    .stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
            assertTrue(size[0] <= size[1] + 0.5, page + ": drawn " + size[0] + " px wide for " + size[1] + " units");
            smallest = Math.min(smallest, size[1]);
        }
        assertTrue(smallest < 400, "the sample has a small picture (two or three entities): " + smallest);
    }

    @Test
    void anEntityPageAtPhoneWidthShowsFiguresAsCardsAndTheGraphReadable() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("entity/microsoft/index.html");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long width = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        List<WebElement> rows = browser.findElements(By.cssSelector("section.figures tbody tr"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            assertTrue(row.getRect().getHeight() < 200, "a compact card: " + row.getRect().getHeight() + " px");
            for (WebElement cell : row.findElements(By.tagName("td"))) {
                assertTrue(cell.getRect().getX() >= 0 && cell.getRect().getX() + cell.getRect().getWidth() <= width,
                        cell.getAttribute("data-label") + " inside the screen: " + cell.getRect());
            }
        }
        WebElement svg = browser.findElement(By.cssSelector(".relation-graph svg"));
        double scale = ((Number) js.executeScript(
                "return arguments[0].getBoundingClientRect().width / arguments[0].viewBox.baseVal.width;", svg)).doubleValue();
        assertTrue(scale >= 0.8, "the picture is not shrunk to illegible words: drawn at " + scale);
        screenshot("phone-entity");
    }

    @Test
    void theFiguresFiltersLineUp() {
        open("figures/index.html");
        List<Integer> bottoms = browser.findElements(By.cssSelector("#figure-filters select, #figure-filters input, "
                + "#figure-filters button")).stream().filter(WebElement::isDisplayed)
                .filter(e -> e.getRect().getY() < browser.findElement(By.name("kind")).getRect().getY() + 40)
                .map(e -> e.getRect().getY() + e.getRect().getHeight()).distinct().toList();
        assertEquals(1, bottoms.size(), "the controls of the first row end on one line: " + bottoms);
        List<Integer> heights = browser.findElements(By.cssSelector("#figure-filters select, #figure-filters input, "
                + "#figure-filters button")).stream().map(e -> e.getRect().getHeight()).distinct().toList();
        assertEquals(1, heights.size(), "every control as tall as the others: " + heights);
    }
}
