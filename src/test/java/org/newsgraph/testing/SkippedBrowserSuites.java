package org.newsgraph.testing;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says which browser suites (tagged {@value #TAG}) a test run skipped, because the machine lacks Chromium, in one
 * line at the end of the run and in {@code target/skipped-browser-suites.txt}, which the end of {@code mvn verify}
 * repeats and {@code .ci/run} fails on: a run without them must not pass for a run with them. Suites that need a
 * second RDF parser (tagged {@value #PARSER_TAG}: raptor's {@code rapper}) are reported the same way, in a line of
 * their own. Registered for every run through {@code META-INF/services}.
 */
public final class SkippedBrowserSuites implements TestExecutionListener {

    public static final String TAG = "browser";
    public static final String INSTALL = "sudo apt-get install chromium chromium-driver";
    public static final String PARSER_TAG = "second-parser";
    public static final String PARSER_INSTALL = "sudo apt-get install raptor2-utils";

    private final Path report;
    private final PrintStream out;
    private final Set<String> skipped = new TreeSet<>();
    private final Set<String> skippedParsers = new TreeSet<>();

    public SkippedBrowserSuites() {
        this(Path.of("target", "skipped-browser-suites.txt"), System.out);
    }

    public SkippedBrowserSuites(Path report, PrintStream out) {
        this.report = report;
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        skipped.clear();
        skippedParsers.clear();
        boolean browserSuites = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(test -> test.getTags().contains(TestTag.create(TAG))
                        || test.getTags().contains(TestTag.create(PARSER_TAG)));
        if (browserSuites) {
            // This run says afresh whether they ran; an earlier run's report must not outlive it.
            try {
                Files.deleteIfExists(report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        note(test);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            note(test);
        }
    }

    private void note(TestIdentifier test) {
        if (test.getTags().contains(TestTag.create(TAG))) {
            suite(test.getSource()).ifPresent(skipped::add);
        }
        if (test.getTags().contains(TestTag.create(PARSER_TAG))) {
            suite(test.getSource()).ifPresent(skippedParsers::add);
        }
    }

    private static Optional<String> suite(Optional<TestSource> source) {
        return source.map(s -> s instanceof ClassSource c ? c.getClassName()
                : s instanceof MethodSource m ? m.getClassName() : null)
                .map(name -> name.substring(name.lastIndexOf('.') + 1));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (skipped.isEmpty() && skippedParsers.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        if (!skipped.isEmpty()) {
            lines.append("Browser suites skipped, no headless Chromium here: ").append(String.join(", ", skipped))
                    .append("; install it with: ").append(INSTALL).append('\n');
        }
        if (!skippedParsers.isEmpty()) {
            lines.append("Second-parser suites skipped, no rapper (raptor) here: ")
                    .append(String.join(", ", skippedParsers)).append("; install it with: ").append(PARSER_INSTALL)
                    .append('\n');
        }
        String line = lines.toString().stripTrailing();
        out.println(line);
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, line + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
