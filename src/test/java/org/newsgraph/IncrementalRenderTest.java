package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cache.ScanCache;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * A site built change after change (each build taking unchanged files over from the previous site) is byte for byte
 * the site a clean build of the same input writes: through a seeded random sequence of added, edited, retitled,
 * renamed and deleted articles, merges in {@code _entities.yaml} and template edits. Text-only stand-in annotator.
 */
class IncrementalRenderTest {

    private static final String[] NAMES = {"Microsoft", "OpenAI", "Walmart", "Google", "Amazon", "Apple", "Oracle",
        "Nvidia", "Airbus", "Boeing", "Tesla", "Tesco"};
    private static final String[] SENTENCES = {
        "%s said revenue rose %d%% to $%d.5 billion.",
        "%s is a partner of %s.",
        "%s opened %d new stores in March.",
        "%s, owned by %s, spends nearly $%d million monthly.",
        "Shares of %s fell %d%% on Monday.",
    };

    @TempDir
    Path dir;

    private final Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
    /** The incremental builds' process: it keeps what each render read back for the next (ArticleMemory). */
    private final Newsgraph newsgraph = new Newsgraph(extractor, 1);

    @Test
    void everyIncrementalBuildEqualsACleanBuildOfTheSameInput() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        try (Stream<Path> sample = Files.list(articles)) {
            for (Path file : sample.sorted().toList()) {
                tick(file);
            }
        }
        Random random = new Random(16);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(write(articles, "2025-01-1" + i + "-start-" + i, random));
        }
        build(project, project.resolve("site"));
        int rewrittenInAll = 0;
        int filesInAll = 0;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        java.util.Set<String> templatesEdited = new java.util.TreeSet<>();
        for (int step = 0; step < 24; step++) {
            String change = change(project, files, random, step);
            kinds.add(change.split(" ")[0]);
            if (change.startsWith("template ")) {
                templatesEdited.add(change.substring("template ".length()));
            }
            Map<String, Long> before = inodes(project.resolve("site"));
            build(project, project.resolve("site"));
            assertEquals(0, new ScanCache(BuildConfig.inFolder(project).cache()).scan(articles, articleFiles(articles))
                    .opened(), "the build recorded every article file, and the next one opens none " + step);
            Path clean = dir.resolve("clean-" + step);
            // The clean build reads every file (a cache of its own): the incremental one took the unchanged files
            // from the scan cache without opening them.
            build(new Newsgraph(extractor, 1), project, clean, dir.resolve("clean-cache-" + step));
            assertSameTree(clean, project.resolve("site"), "after step " + step + " (" + change + ")");
            Map<String, Long> after = inodes(project.resolve("site"));
            long rewritten = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
            rewrittenInAll += (int) rewritten;
            filesInAll += after.size();
            StagedOutput.deleteTree(clean);
            StagedOutput.deleteTree(dir.resolve("clean-cache-" + step));
        }
        assertEquals(java.util.Set.of("add", "edit", "retitle", "rename", "delete", "entities:", "template", "redate",
                        "retag"), kinds,
                "every kind of change was tried");
        assertTrue(templatesEdited.contains("figure-row.html"), "the figures explorer's row template was edited: "
                + templatesEdited);
        assertTrue(rewrittenInAll < filesInAll / 2, "most files are taken over, not written again: " + rewrittenInAll
                + " of " + filesInAll + " written");
    }

    @Test
    void anEditedArticleRewritesItsOwnPagesAndNotThoseOfUntouchedEntities() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        Path articles = project.resolve("articles");
        SampleProject.write(articles.resolve("2025-02-01-one.md"),
                "---\ntitle: One\ndate: 2025-02-01\n---\nMicrosoft said revenue rose 12% to $4.5 billion.\n");
        SampleProject.write(articles.resolve("2025-02-02-two.md"),
                "---\ntitle: Two\ndate: 2025-02-02\n---\nWalmart opened three new stores.\n");
        build(project, project.resolve("site"));
        Map<String, Long> before = inodes(project.resolve("site"));
        SampleProject.write(articles.resolve("2025-02-02-two.md"),
                "---\ntitle: Two, retitled\ndate: 2025-02-02\n---\nWalmart opened four new stores.\n");
        build(project, project.resolve("site"));
        Map<String, Long> after = inodes(project.resolve("site"));
        assertNotEquals(before.get("article/2025-02-02-two/index.html"), after.get("article/2025-02-02-two/index.html"));
        assertNotEquals(before.get("article/2025-02-02-two/index.ttl"), after.get("article/2025-02-02-two/index.ttl"));
        for (String same : List.of("article/2025-02-01-one/index.html", "article/2025-02-01-one/index.ttl",
                "article/2025-02-01-one/index.jsonld", "entity/microsoft/index.html", "entity/microsoft/index.ttl",
                "assets/style.css", "ontology.ttl")) {
            assertEquals(before.get(same), after.get(same), same + " is taken over, not written again");
        }
    }

    private String change(Path project, List<Path> files, Random random, int step) throws IOException {
        Path articles = project.resolve("articles");
        int kind = files.size() < 2 ? 0 : random.nextInt(9);
        switch (kind) {
            case 0 -> {
                files.add(write(articles, "2025-02-" + String.format("%02d", 1 + step) + "-new-" + step, random));
                return "add";
            }
            case 1 -> {
                Path file = files.get(random.nextInt(files.size()));
                String slug = file.getFileName().toString().replace(".md", "");
                write(articles, slug, random);
                return "edit " + slug;
            }
            case 2 -> {
                Path file = files.get(random.nextInt(files.size()));
                Files.writeString(file, Files.readString(file).replaceFirst("title: (.*)", "title: $1 (corrected)"));
                tick(file);
                return "retitle " + file.getFileName();
            }
            case 3 -> {
                int i = random.nextInt(files.size());
                Path file = files.get(i);
                Path renamed = file.resolveSibling(file.getFileName().toString().replace(".md", "-renamed.md"));
                Files.move(file, renamed);
                files.set(i, renamed);
                return "rename " + file.getFileName();
            }
            case 4 -> {
                Path file = files.remove(random.nextInt(files.size()));
                Files.delete(file);
                return "delete " + file.getFileName();
            }
            case 5 -> {
                String from = NAMES[random.nextInt(NAMES.length)];
                String into = NAMES[random.nextInt(NAMES.length)];
                Path yaml = articles.resolve("_entities.yaml");
                String entries = from.equals(into) ? "" : from + ":\n  merge-into: " + into + "\n";
                Files.writeString(yaml, entries);
                return "entities: " + entries.strip();
            }
            case 6 -> {
                // Another month: the article moves between archive pages, feeds reorder.
                Path file = files.get(random.nextInt(files.size()));
                Files.writeString(file, Files.readString(file).replaceFirst("date: \\d{4}-\\d{2}",
                        "date: 2024-" + String.format("%02d", 1 + random.nextInt(12))));
                tick(file);
                return "redate " + file.getFileName();
            }
            case 7 -> {
                Path file = files.get(random.nextInt(files.size()));
                Files.writeString(file, Files.readString(file)
                        .replaceFirst("tags: .*", "tags: [" + tags(random) + "]"));
                tick(file);
                return "retag " + file.getFileName();
            }
            default -> {
                // figure-row.html: the figures explorer keeps no row made with another row template.
                String[] templates = {"entity.html", "layout.html", "figure-row.html"};
                String template = templates[random.nextInt(templates.length)];
                Path file = project.resolve("templates").resolve(template);
                Files.writeString(file, Files.readString(file) + "<!-- step " + step + " -->\n");
                return "template " + template;
            }
        }
    }

    private Path write(Path articles, String slug, Random random) throws IOException {
        StringBuilder body = new StringBuilder();
        int sentences = 2 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            String pattern = SENTENCES[random.nextInt(SENTENCES.length)];
            body.append(String.format(java.util.Locale.ROOT, pattern.replace("%d", "%s"),
                    fill(pattern, random))).append(' ');
        }
        Path file = articles.resolve(slug + ".md");
        SampleProject.write(file, "---\ntitle: Story " + slug + "\ndate: " + slug.substring(0, 10) + "\ntags: ["
                + tags(random) + "]\n---\n"
                + body.toString().strip() + "\n");
        tick(file);
        return file;
    }

    /**
     * Gives a file just written the next time of a clock running in the past, so that the scan cache trusts the
     * times of the files left alone (a time written within seconds of a build is never trusted) and sees a new one
     * on every file written, as on a journalist's disk.
     */
    private void tick(Path file) throws IOException {
        clock = clock.plusSeconds(60);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(clock));
    }

    private java.time.Instant clock = java.time.Instant.parse("2024-01-01T00:00:00Z");

    /** One or two of a few tags (tag pages list their articles, the tag index counts them). */
    private static String tags(Random random) {
        String[] tags = {"markets", "aviation", "retail", "Markets"};
        String first = tags[random.nextInt(tags.length)];
        return random.nextBoolean() ? first : first + ", " + tags[random.nextInt(tags.length)];
    }

    /** Arguments for a sentence pattern: a company name for each {@code %s}, a number for each {@code %d}. */
    private static Object[] fill(String pattern, Random random) {
        List<Object> args = new ArrayList<>();
        for (int i = pattern.indexOf('%'); i >= 0; i = pattern.indexOf('%', i + 2)) {
            char c = pattern.charAt(i + 1);
            if (c == 's') {
                args.add(NAMES[random.nextInt(NAMES.length)]);
            } else if (c == 'd') {
                args.add(Integer.toString(2 + random.nextInt(40)));
            }
        }
        return args.toArray();
    }

    private void build(Path project, Path site) throws IOException {
        build(project, site, BuildConfig.inFolder(project).cache());
    }

    private void build(Path project, Path site, Path cache) throws IOException {
        build(newsgraph, project, site, cache);
    }

    /** A build by {@code process}: a new one for a clean build, which then remembers no earlier render. */
    private static void build(Newsgraph process, Path project, Path site, Path cache) throws IOException {
        BuildConfig config = BuildConfig.inFolder(project);
        BuildReport report = process.build(new BuildConfig(config.articles(), site, config.templates(), config.base(),
                cache));
        assertTrue(report.articles() > 0, report.problems().toString());
    }

    private static void assertSameTree(Path expected, Path actual, String when) throws IOException {
        Map<String, Path> want = files(expected);
        Map<String, Path> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files " + when);
        for (String name : want.keySet()) {
            assertTrue(Arrays.equals(Files.readAllBytes(want.get(name)), Files.readAllBytes(got.get(name))),
                    name + " is the same " + when);
        }
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // Not the store pointer: it names the build's store relative to the site, so a site built in another
            // folder (the clean build here) names the same store by another path.
            walk.filter(Files::isRegularFile).filter(p -> !root.relativize(p).toString().equals(GraphStore.POINTER))
                    .forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }

    private static List<Path> articleFiles(Path articles) throws IOException {
        try (Stream<Path> listing = Files.list(articles)) {
            return listing.filter(Newsgraph::isArticleFile).sorted().toList();
        }
    }

    private static Map<String, Long> inodes(Path root) throws IOException {
        Map<String, Long> inodes = new TreeMap<>();
        for (Map.Entry<String, Path> file : files(root).entrySet()) {
            inodes.put(file.getKey(), ((Number) Files.getAttribute(file.getValue(), "unix:ino")).longValue());
        }
        return inodes;
    }
}
