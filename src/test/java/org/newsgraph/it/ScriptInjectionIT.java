package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.HostileCorpus;
import org.newsgraph.testing.SkippedBrowserSuites;

/**
 * Opens the hostile site's pages in headless Chromium and reads the DOM after load: a payload that ran would have
 * set the {@link HostileCorpus#MARKER} attribute. A control page with the same payloads unescaped proves that they
 * do run and would be seen. Skipped where there is no Chromium.
 */
@Tag(SkippedBrowserSuites.TAG)
class ScriptInjectionIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @BeforeAll
    static void chromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
    }

    @Test
    void theControlPageRunsEveryKindOfPayload() throws Exception {
        Path control = dir.resolve("control.html");
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>control</title></head><body>\n");
        for (String payload : payloadsOf("html-in-body.md")) {
            page.append("<p>").append(payload).append("</p>\n");
        }
        Files.writeString(control, page.append("</body></html>\n"));
        String dom = dump(control);
        for (String kind : List.of("closing", "img", "svg", "focus", "iframe")) {
            assertTrue(dom.contains(HostileCorpus.MARKER + "=\"" + kind + "\""), kind + " ran in:\n" + dom);
        }
    }

    @Test
    void noPayloadRunsOnAnyPageOfTheHostileSite() throws Exception {
        Path site = HostileCorpus.shared().site();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).filter(ScriptInjectionIT::carriesPayload).sorted()
                    .toList();
        }
        assertTrue(pages.size() >= 9, "the articles, entities and index that carry payloads: " + pages);
        List<String> ran = new ArrayList<>();
        for (Path page : pages) {
            String dom = dump(page);
            assertTrue(dom.contains("</main>"), "the page loaded: " + page);
            int at = dom.indexOf(HostileCorpus.MARKER + "=\"");
            if (at >= 0) {
                ran.add(site.relativize(page) + ": " + dom.substring(Math.max(0, at - 80), at + 40));
            }
        }
        assertEquals(List.of(), ran);
    }

    /** The body's lines of a corpus file that carry a payload, as raw HTML. */
    private static List<String> payloadsOf(String file) throws IOException {
        return Files.readAllLines(HostileCorpus.RESOURCES.resolve("articles").resolve(file)).stream()
                .filter(line -> line.contains("pwned") && !line.startsWith("title:")).toList();
    }

    private static boolean carriesPayload(Path page) {
        try {
            return Files.readString(page).contains("pwned");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The DOM of a page after load and two seconds of (virtual) time for timers and event handlers. */
    private String dump(Path page) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path dom = Files.createTempFile(dir, "dom", ".html");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom",
                page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(dom.toFile())
                .start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish on " + page);
        }
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
