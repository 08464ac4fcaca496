package org.newsgraph.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** A run that skips a browser suite ends saying so, with the install command, and leaves the report .ci/run reads. */
class SkippedBrowserSuitesTest {

    @TempDir
    Path dir;

    /** A browser suite on a machine without a browser. */
    @Tag(SkippedBrowserSuites.TAG)
    static class BrowserSuiteWithoutBrowser {
        @BeforeAll
        static void browser() {
            assumeTrue(false, "no Chromium");
        }

        @Test
        void clicks() {
        }
    }

    /** Another suite skipped for a reason of its own: not a browser suite, not named. */
    static class OtherSkippedSuite {
        @Test
        void needsData() {
            assumeTrue(false, "no data");
        }
    }

    /** A browser suite that ran. */
    @Tag(SkippedBrowserSuites.TAG)
    static class BrowserSuiteThatRan {
        @Test
        void clicks() {
        }
    }

    /** A suite that needs the second RDF parser on a machine without it. */
    @Tag(SkippedBrowserSuites.PARSER_TAG)
    static class ParserSuiteWithoutRapper {
        @BeforeAll
        static void rapper() {
            assumeTrue(false, "no rapper");
        }

        @Test
        void parses() {
        }
    }

    private String run(Path report, Class<?>... suites) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> suite : suites) {
            request.selectors(selectClass(suite));
        }
        // Without the listeners registered for the whole run, which would take these stand-ins for real suites.
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request.build(),
                new SkippedBrowserSuites(report, new PrintStream(out, true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSkippedBrowserSuiteIsNamedInOneLineWithTheInstallCommand() throws Exception {
        Path report = dir.resolve("skipped.txt");
        String said = run(report, BrowserSuiteWithoutBrowser.class, OtherSkippedSuite.class, BrowserSuiteThatRan.class);
        String line = "Browser suites skipped, no headless Chromium here: SkippedBrowserSuitesTest$BrowserSuiteWithoutBrowser; "
                + "install it with: " + SkippedBrowserSuites.INSTALL;
        assertEquals(line + System.lineSeparator(), said);
        assertEquals(line + "\n", Files.readString(report));
    }

    @Test
    void aSkippedSecondParserSuiteIsNamedInALineOfItsOwnInTheReportCiReads() throws Exception {
        Path report = dir.resolve("skipped.txt");
        String said = run(report, ParserSuiteWithoutRapper.class, BrowserSuiteThatRan.class);
        String line = "Second-parser suites skipped, no rapper (raptor) here: "
                + "SkippedBrowserSuitesTest$ParserSuiteWithoutRapper; install it with: " + SkippedBrowserSuites.PARSER_INSTALL;
        assertEquals(line + System.lineSeparator(), said);
        assertEquals(line + "\n", Files.readString(report));
    }

    @Test
    void aRunWithEveryBrowserSuiteSaysNothing() throws Exception {
        Path report = dir.resolve("skipped.txt");
        Files.writeString(report, "an earlier run's report\n");
        assertEquals("", run(report, BrowserSuiteThatRan.class, OtherSkippedSuite.class));
        assertFalse(Files.exists(report), "a run with the browser suites removes an earlier run's report");
    }
}
