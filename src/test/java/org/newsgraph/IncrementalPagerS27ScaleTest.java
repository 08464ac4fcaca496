package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 27: long lists' pagers link the first page, the last and the pages near each one (the figures
 * explorer's and the entity indexes'), and a site built change after change is still byte for byte a clean build's:
 * an article added among the others (every later figures page shifts and the count of pages grows), an edit that
 * takes figures away (the count shrinks) and a retitle. Thirty articles of 26 figures each naming ten of 300
 * companies, text-only stand-in annotator.
 */
class IncrementalPagerS27ScaleTest {

    @TempDir
    Path dir;

    @Test
    void pagersOfLongListsLeaveOutFarPagesAndEqualACleanBuildAfterEachChange() throws Exception {
        List<String> names = IncrementalBuilds.companies(300);
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        for (int a = 0; a < 30; a++) {
            write(articles, a, names.subList(a * 10, a * 10 + 10), 13);
        }
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        Newsgraph process = new Newsgraph(extractor, 1);
        process.build(BuildConfig.inFolder(project));
        Path site = project.resolve("site");
        int pages = figuresPages(site);
        assertTrue(pages >= 7, "enough figures for pages left out of a pager: " + pages);
        // Session 33: the explorer's pages count from the oldest figures and link newer and older, never a count.
        Document middle = Jsoup.parse(site.resolve(figuresPath(4)).toFile());
        assertEquals(List.of("« Newest", "← Newer", "Older →", "Oldest »"), pagerWords(middle));
        Document first = Jsoup.parse(site.resolve(figuresPath(1)).toFile());
        assertEquals(List.of("« Newest", "← Newer"), pagerWords(first));
        Document newest = Jsoup.parse(site.resolve(figuresPath(pages)).toFile());
        assertEquals(List.of("« Newest", "Older →", "Oldest »"), pagerWords(newest));
        Document organizations = Jsoup.parse(site.resolve("organizations/index.html").toFile());
        assertTrue(organizations.select("nav.letters a").size() > 10, "the organizations' index links its letters (session "
                + "33; a letter's pager is PagerLinks', tested in PagerLinksS27ScaleTest)");

        write(articles, 30, names.subList(5, 15), 20);
        assertSameAsClean(process, project, extractor, "add");
        assertTrue(figuresPages(site) > pages, "the added article's figures make a page more");
        Path edited = articles.resolve(file(3));
        Files.writeString(edited, Files.readString(edited).replaceAll(" said revenue rose \\d+% to \\$\\d+\\.5 billion\\.",
                " said nothing."));
        assertSameAsClean(process, project, extractor, "edit");
        Path retitled = articles.resolve(file(20));
        Files.writeString(retitled, Files.readString(retitled).replace("title: Story 20", "title: Story 20, corrected"));
        assertSameAsClean(process, project, extractor, "retitle");
    }

    /** Article {@code a}: {@code sentences} sentences of two figures each about its companies. */
    private static void write(Path articles, int a, List<String> companies, int sentences) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < sentences; n++) {
            text.append(companies.get(n % companies.size())).append(" said revenue rose ").append(n + 2)
                    .append("% to $").append(a + n + 3).append(".5 billion. ");
        }
        SampleProject.write(articles.resolve(file(a)), "---\ntitle: Story " + a + "\ndate: " + date(a) + "\n---\n"
                + text.toString().strip() + "\n");
    }

    private static String date(int a) {
        return String.format("2025-03-%02d", 1 + a % 28);
    }

    private static String file(int a) {
        return date(a) + "-story-" + a + ".md";
    }

    private static String figuresPath(int page) {
        return page == 0 ? "figures/index.html" : "figures/page/" + page + "/index.html";
    }

    private static int figuresPages(Path site) {
        int n = 0;
        while (Files.exists(site.resolve(figuresPath(n + 1)))) {
            n++;
        }
        return n;
    }

    /** The pager's numbers and gaps, without Previous and Next; the figures pager's every link. */
    private static List<String> pagerWords(Document page) {
        return page.selectFirst("main[data-oldest-page]") != null
                ? page.select("nav.pager > a").stream().map(e -> e.text()).toList()
                : page.select("nav.pager > a:not([rel]), nav.pager > span").stream().map(e -> e.text()).toList();
    }

    private void assertSameAsClean(Newsgraph process, Path project, Extractor extractor, String step) throws Exception {
        process.build(BuildConfig.inFolder(project));
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, step);
    }
}
