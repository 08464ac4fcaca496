package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.SyntheticSite;
import org.newsgraph.testing.BrowserSite;
import org.newsgraph.testing.SkippedBrowserSuites;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The views that only a larger archive exercises, in headless Chromium over a generated archive (300 articles, 900
 * figures about 60 companies): the explorer's pages, a chart of one measure over time, the figures other articles
 * give for the same subject and measure. Screenshots go to target/screenshots/.
 */
@Tag(SkippedBrowserSuites.TAG)
class ArchiveBrowserIT {

    @TempDir
    static Path dir;

    private static BrowserSite site;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        BrowserSite.assumeChromium();
        site = BrowserSite.open(SyntheticSite.build(dir.resolve("site"), 300, 60, 3), dir, false);
        browser = site.browser();
        wait = site.waiting(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#figure-table tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    @Test
    void theExplorerPagesThroughNineHundredFigures() throws Exception {
        site.open("figures/index.html");
        assertEquals(100, rows().size());
        assertEquals("Showing 1 to 100 of 900 figures.", browser.findElement(By.id("figure-count")).getText());
        List<WebElement> pages = browser.findElements(By.cssSelector("#figure-pager a:not([aria-label$='page'])"));
        pages.get(pages.size() - 1).click();
        wait.until(d -> d.getCurrentUrl().contains("page=9"));
        assertEquals("Showing 801 to 900 of 900 figures.", browser.findElement(By.id("figure-count")).getText());
        String company = rows().get(0).getAttribute("data-entity");
        new Select(browser.findElement(By.name("entity"))).selectByValue(company);
        long expected = 0;
        for (int page = 1; page <= 9; page++) {
            Path plain = dir.resolve("site/figures/page/" + page + "/index.html"); // counted from the oldest (session 33)
            expected += org.jsoup.Jsoup.parse(plain.toFile()).select("#figure-table tbody tr").stream()
                    .filter(r -> r.attr("data-entity").equals(company)).count();
        }
        long inAll = expected;
        assertTrue(inAll > 1, company + " has figures on several pages");
        wait.until(d -> rows().size() == Math.min(100, inAll));
        assertTrue(rows().stream().allMatch(r -> r.getAttribute("data-entity").equals(company)));
    }

    @Test
    void anEntityWithSeveralDatedFiguresOfOneMeasureHasAChart() throws Exception {
        site.open("entity/company-1/index.html");
        WebElement chart = browser.findElement(By.cssSelector("figure.chart svg"));
        String title = chart.findElement(By.tagName("title")).getAttribute("textContent");
        assertTrue(title.startsWith("Revenue a month over time"), title); // the corpus states revenue a month: a series of its own
        assertTrue(chart.findElements(By.cssSelector("circle.point")).size() >= 2);
        List<String> ticks = chart.findElements(By.cssSelector("text.tick")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertTrue(ticks.stream().anyMatch(t -> t.startsWith("$")), "values in the site's number format: " + ticks);
        assertTrue(ticks.stream().anyMatch(t -> t.matches("\\d{4}(-\\d{2})?")), "times on the time axis: " + ticks);
        assertFalse(browser.findElements(By.cssSelector(".relation-graph svg a.node")).isEmpty(), "its relations");
        BrowserSite.screenshot(browser.findElement(By.cssSelector("figure.chart")), "entity-chart");
    }

    @Test
    void anArticleShowsWhatOtherArticlesSayOfTheSameMeasure() {
        site.open("article/synthetic-0/index.html");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.elsewhere tbody tr"));
        assertFalse(rows.isEmpty(), "the same companies' revenue in other articles");
        WebElement link = rows.get(0).findElement(By.cssSelector("td.value a"));
        String value = link.getText();
        String about = rows.get(0).findElement(By.cssSelector("td a")).getText();
        link.click();
        wait.until(d -> !d.getCurrentUrl().contains("synthetic-0/"));
        String id = browser.getCurrentUrl().replaceAll(".*#", "");
        WebElement row = browser.findElement(By.id(id));
        assertTrue(row.getText().contains(about), "the figure is about " + about + ": " + row.getText());
        assertFalse(value.isBlank());
    }
}
