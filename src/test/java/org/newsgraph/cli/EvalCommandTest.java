package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.testing.SimpleAnnotator;
import picocli.CommandLine;

class EvalCommandTest {

    /** Two made-up MEANTIME-shaped articles: the first (rank 0) is in the tuning half. */
    private static final String FIRST = "{\"id\": \"1\", \"date\": \"2024-03-05\", \"text\": \"Vesterby Tools said on"
            + " Monday that its sales rose 5% to $2 million.\", \"values\": [], \"timex\": [], \"entities\": []}";
    private static final String SECOND = "{\"id\": \"2\", \"date\": \"2024-03-06\", \"text\": \"Ode Freight hired"
            + " 40 drivers.\", \"values\": [], \"timex\": [], \"entities\": []}";

    @TempDir
    Path dir;

    @Test
    void theReportedHalfIsScoredOnlyWhenAskedFor() {
        EvalCommand plain = new EvalCommand();
        new CommandLine(plain).parseArgs("--relations", "--gold", "some/held-out/gold");
        assertEquals("tuning", plain.half);
        EvalCommand asked = new EvalCommand();
        new CommandLine(asked).parseArgs("--relations", "--half", "reported");
        assertEquals("reported", asked.half);
    }

    @Test
    void aGoldFolderOfOnesOwnIsScoredWithoutMeantimeRelationsWhateverTheHalf() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("held-out/gold"));
        Path articles = Files.createDirectories(dir.resolve("held-out/articles"));
        for (String half : new String[] {"tuning", "reported", "all"}) {
            Run run = eval(new SimpleAnnotator(), "--relations", "--gold", gold.toString(), "--articles",
                    articles.toString(), "--half", half);
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("MEANTIME relations: skipped (--gold names a folder of its own"), run.out());
            assertTrue(!run.out().contains("MEANTIME dev,"), half + ": MEANTIME's relations were scored: " + run.out());
        }
    }

    @Test
    void cachedOnlyIsRefusedWithoutAFolderOrWithoutAMode() {
        for (String[] args : new String[][] {{"--figures", "--cached-only"}, {"--values", "--cached-only"},
                {"--cached-only", "--annotations", "ann"}}) {
            CommandLine line = new CommandLine(new EvalCommand());
            line.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
            assertNotEquals(0, line.execute(args), String.join(" ", args));
        }
    }

    @Test
    void valuesAreScoredFromTheKeptAnnotationsWithoutCoreNlp() throws IOException {
        assertScoredFromKeptAnnotations("--values");
    }

    @Test
    void coreferenceIsScoredFromTheKeptAnnotationsWithoutCoreNlp() throws IOException {
        assertScoredFromKeptAnnotations("--coref");
    }

    /** The first run keeps what the given pipeline annotated; the second never asks it (it would fail). */
    private void assertScoredFromKeptAnnotations(String mode) throws IOException {
        Path meantime = meantime();
        Path annotations = dir.resolve("annotations" + mode);
        AtomicInteger annotated = new AtomicInteger();
        Annotator counting = (text, date) -> {
            annotated.incrementAndGet();
            return new SimpleAnnotator().annotate(text, date);
        };
        Run first = eval(counting, mode, "--meantime", meantime.toString(), "--annotations", annotations.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(annotated.get() > 0, mode + ": the pipeline given was never asked: annotated elsewhere");
        assertTrue(count(annotations) > 0, mode + ": nothing was kept in --annotations");
        Annotator failing = (text, date) -> {
            throw new AssertionError("annotated again: " + text);
        };
        Run again = eval(failing, mode, "--meantime", meantime.toString(), "--annotations", annotations.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(first.out(), again.out());
        Run cached = eval(failing, mode, "--meantime", meantime.toString(), "--annotations", annotations.toString(),
                "--cached-only");
        assertEquals(0, cached.exit(), cached.err());
        assertEquals(first.out(), cached.out());
        Run empty = eval(failing, mode, "--meantime", meantime.toString(), "--annotations",
                dir.resolve("empty" + mode).toString(), "--cached-only");
        assertNotEquals(0, empty.exit(), mode + ": --cached-only scored without the annotations: " + empty.out());
    }

    @Test
    void valuesAreScoredWithinTheArticleTimeout() throws IOException {
        Annotator endless = (text, date) -> {
            try {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        };
        Run run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> eval(endless, "--values", "--meantime", meantime().toString(), "--article-timeout", "1"));
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("eval stopped") && run.err().contains("1"), run.err());
    }

    private Path meantime() throws IOException {
        Path meantime = dir.resolve("meantime");
        Files.createDirectories(meantime);
        Files.writeString(meantime.resolve("1_Vesterby_Tools.json"), FIRST);
        Files.writeString(meantime.resolve("2_Ode_Freight.json"), SECOND);
        return meantime;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run eval(Annotator pipeline, String... args) {
        EvalCommand command = new EvalCommand();
        command.pipeline = () -> pipeline;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
