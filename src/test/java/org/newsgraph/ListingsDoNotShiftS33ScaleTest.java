package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * Issue 16, session 33: listing pages that do not shift. The figures pages count from the oldest figure, the archive
 * links the years from its index only and the entity-type indexes are split by letter, so an article newer than every
 * other (in a new year) rewrites the explorer's index and newest pages, the archive's index and the new year's and
 * month's pages, and the letter pages of the companies it names, no other listing page; a merge of two entities under
 * one letter rewrites that letter's page and the type's index. After each save the site is a clean build's, byte for
 * byte. A file counts as rewritten when it is new or its inode changed (a build renames a new file over the old one
 * and takes an unchanged one over in place). Thirty articles of ~26 figures each naming ten of 300 companies,
 * text-only stand-in annotator.
 */
class ListingsDoNotShiftS33ScaleTest {

    private static final int PAGE_SIZE = 100;

    @TempDir
    Path dir;

    @Test
    void anAddInANewYearAndAMergeRewriteTheirOwnListingPagesOnly() throws Exception {
        List<String> names = IncrementalBuilds.companies(300);
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        for (int a = 0; a < 30; a++) {
            write(articles, a, "2025-03-" + String.format("%02d", 1 + a % 28), names.subList(a * 10, a * 10 + 10), 13);
        }
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        Newsgraph process = new Newsgraph(extractor, 1);
        process.build(BuildConfig.inFolder(project));
        Path site = project.resolve("site");
        int before = figures(site);
        assertTrue(before > 5 * PAGE_SIZE, "several pages of figures: " + before);

        Map<String, Object> listings = listings(site);
        List<String> named = names.subList(5, 15);
        write(articles, 30, "2026-01-05", named, 13);
        process.build(BuildConfig.inFolder(project));
        int after = figures(site);
        Set<String> expected = new TreeSet<>(List.of("figures/index.html", "archive/index.html",
                "archive/2026/index.html", "archive/2026/01/index.html"));
        // The newest page before the add (it gains figures, or a newer page to link) and every page after it.
        for (int page = (before + PAGE_SIZE - 1) / PAGE_SIZE; page <= (after + PAGE_SIZE - 1) / PAGE_SIZE; page++) {
            expected.add("figures/page/" + page + "/index.html");
        }
        Set<String> rewritten = rewritten(listings, listings(site));
        Set<String> letters = new TreeSet<>();
        named.forEach(n -> letters.add(n.substring(0, 1).toLowerCase(Locale.ROOT)));
        Set<String> organizations = new TreeSet<>();
        rewritten.removeIf(path -> path.startsWith("organizations/") && organizations.add(path));
        assertEquals(expected, rewritten, "the add rewrites the newest listing pages only");
        Set<String> lettersWritten = new TreeSet<>();
        organizations.forEach(path -> lettersWritten.add(path.split("/")[1]));
        assertEquals(letters, lettersWritten, "the letter pages of the companies it names (their counts), no index "
                + "(no new company): " + organizations);
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, "add");

        // Two companies under one letter that few others share, merged.
        String letter = null;
        List<String> pair = List.of();
        for (char c = 'a'; c <= 'z' && pair.isEmpty(); c++) {
            String l = String.valueOf(c);
            List<String> under = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(l)).toList();
            if (under.size() >= 2 && under.size() < 40) {
                letter = l;
                pair = under.subList(0, 2);
            }
        }
        assertFalse(pair.isEmpty(), "two companies under one letter");
        listings = listings(site);
        Files.writeString(articles.resolve("_entities.yaml"), pair.get(0) + ":\n  merge-into: " + pair.get(1) + "\n");
        process.build(BuildConfig.inFolder(project));
        rewritten = rewritten(listings, listings(site));
        rewritten.removeIf(path -> !path.startsWith("organizations/"));
        assertEquals(new TreeSet<>(List.of("organizations/index.html", "organizations/" + letter + "/index.html")),
                rewritten, "the merge rewrites its letter's page and the index");
        IncrementalBuilds.assertSiteSameAsClean(dir, project, extractor, "merge");
    }

    /** Article {@code a}: {@code sentences} sentences of two figures each about its companies. */
    private static void write(Path articles, int a, String date, List<String> companies, int sentences)
            throws Exception {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < sentences; n++) {
            text.append(companies.get(n % companies.size())).append(" said revenue rose ").append(n + 2)
                    .append("% to $").append(a + n + 3).append(".5 billion. ");
        }
        SampleProject.write(articles.resolve(date + "-story-" + a + ".md"), "---\ntitle: Story " + a + "\ndate: "
                + date + "\n---\n" + text.toString().strip() + "\n");
    }

    /** How many figures the explorer's script data holds. */
    private static int figures(Path site) throws Exception {
        String data = Files.readString(site.resolve("figures/data.js"));
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(data
                .replaceFirst("^window.newsgraphFigures = ", "").replaceFirst(";\\s*$", "")).get("rows").size();
    }

    /** Every listing page of the site (the explorer's, the archive's, the entity types') with its inode. */
    private static Map<String, Object> listings(Path site) throws Exception {
        Map<String, Object> files = new TreeMap<>();
        for (String folder : List.of("figures", "archive", "organizations", "people", "places", "products")) {
            if (Files.isDirectory(site.resolve(folder))) {
                try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
                    for (Path file : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                        files.put(site.relativize(file).toString(), Files.getAttribute(file, "unix:ino"));
                    }
                }
            }
        }
        return files;
    }

    /** The listing pages new, gone or written again. */
    private static Set<String> rewritten(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, inode) -> {
            if (!inode.equals(before.get(path))) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return new TreeSet<>(new ArrayList<>(changed));
    }
}
