package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.resolve.ResolvedEntity;
import org.newsgraph.resolve.Resolver;
import org.newsgraph.site.BrowserGraph;
import org.newsgraph.testing.HeadlessChrome;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SampleSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page in headless Chromium, opened from file://: time from opening the page to the graph being loaded in
 * the browser and to the first answer (Run pressed as soon as the page is there, on the example the editor opens
 * with), then the most-mentioned example (an aggregate over every mention), and memory: the engine's WebAssembly
 * memory and the resident memory of all of Chromium's processes. For the sample site and for synthetic archives, whose
 * graph is put in the browser whatever its size (a build would not write it above {@code BrowserGraph.MAX_QUADS}).
 * Run by {@code bench/sparql-page}; arguments: OUT_DIR ARTICLES... (0 = the sample site). Prints Markdown rows.
 */
public final class SparqlPageBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path sample = SampleSite.build(out.resolve("sample"));
        for (int i = 1; i < args.length; i++) {
            int articles = Integer.parseInt(args[i]);
            Path site = sample;
            long quads;
            if (articles == 0) {
                quads = Long.parseLong(Files.readString(sample.resolve(BrowserGraph.PATH)).replaceAll("(?s).*, (\\d+)\\);\\s*", "$1"));
            } else {
                site = out.resolve("archive-" + articles);
                SampleProject.deleteTree(site);
                SampleProject.copyTree(sample, site);
                List<ExtractedArticle> corpus = SyntheticCorpus.generate(articles, articles * 2, 10);
                List<ResolvedEntity> resolved = new Resolver().resolve(corpus.stream().map(ExtractedArticle::extraction).toList());
                DatasetGraph dataset = new GraphBuilder(new Iris(Iris.DEFAULT_BASE)).build(corpus, resolved);
                quads = dataset.stream().count();
                Files.write(site.resolve(BrowserGraph.PATH), BrowserGraph.script(BrowserGraph.nquadsGzip(dataset), quads));
            }
            measure(articles == 0 ? "sample site (8 articles)" : String.format(Locale.ROOT, "%,d articles", articles),
                    site, quads, out.resolve("profile-" + articles));
        }
    }

    private static void measure(String label, Path site, long quads, Path profile) throws Exception {
        long dump = Files.size(site.resolve(BrowserGraph.PATH));
        ChromeDriver browser = HeadlessChrome.start(profile);
        try {
            browser.manage().timeouts().scriptTimeout(PATIENCE);
            browser.get(site.resolve("query/index.html").toUri().toString());
            browser.findElement(By.cssSelector("#sparql-form button[type=submit]")).click();
            WebDriverWait wait = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100));
            wait.until(d -> d.findElement(By.id("sparql")).getAttribute("data-answered-ms") != null);
            String loaded = attribute(browser, "data-loaded-ms");
            String answered = attribute(browser, "data-answered-ms");
            String first = browser.findElement(By.id("result-summary")).getText();
            String error = browser.findElement(By.id("query-error")).getText();
            long rss = HeadlessChrome.residentKiB(profile) >> 10;
            String heavy = "";
            if (loaded != null) {
                new Select(browser.findElement(By.id("example"))).selectByValue("4-most-mentioned");
                browser.executeScript("document.getElementById('sparql').removeAttribute('data-answered-ms')");
                browser.findElement(By.cssSelector("#sparql-form button[type=submit]")).click();
                wait.until(d -> d.findElement(By.id("sparql")).getAttribute("data-answered-ms") != null);
                heavy = browser.findElement(By.id("result-summary")).getText();
                rss = Math.max(rss, HeadlessChrome.residentKiB(profile) >> 10);
            }
            String memory = attribute(browser, "data-memory");
            System.out.printf(Locale.ROOT, "| %s | %,d quads, %,d KiB | %s | %s | %s | %s MiB | %,d MiB |%n", label, quads,
                    dump >> 10, loaded == null ? "not loaded: " + browser.findElement(By.id("sparql-status")).getText()
                            : String.format(Locale.ROOT, "%.1f s", Long.parseLong(loaded) / 1000.0),
                    String.format(Locale.ROOT, "%.1f s (%s)", Long.parseLong(answered) / 1000.0,
                            error.isEmpty() ? first : error),
                    heavy.isEmpty() ? "-" : heavy, memory == null ? "-" : String.valueOf(Long.parseLong(memory) >> 20), rss);
        } catch (WebDriverException e) {
            System.out.printf(Locale.ROOT, "| %s | %,d quads, %,d KiB | failed: %s | | | | |%n", label, quads, dump >> 10,
                    e.getMessage().lines().findFirst().orElse(""));
        } finally {
            browser.quit();
        }
    }

    private static String attribute(ChromeDriver browser, String name) {
        return browser.findElement(By.id("sparql")).getAttribute(name);
    }
}
