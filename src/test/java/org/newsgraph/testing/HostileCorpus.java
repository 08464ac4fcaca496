package org.newsgraph.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;

/**
 * Bad input in an articles folder: the files committed under {@code src/test/resources/hostile/articles/}, plus
 * the ones generated here because they are big, binary, symbolic links, or named with characters that no editor or
 * repository should have to carry. Every payload that would run a script sets a {@code data-pwned} attribute; the
 * payloads spell it {@code 'data-'+'pwned'}, so {@code data-pwned="} appears in a page's DOM only if a payload ran.
 */
public final class HostileCorpus {

    /** What a page shows only if a payload of the corpus ran. */
    public static final String MARKER = "data-pwned";

    public static final Path RESOURCES = SampleProject.repository().resolve("src/test/resources/hostile");

    /** File names of the generated cases, for the tests' expectations. */
    public static final String BINARY = "binary.md";
    public static final String UTF16_LE = "utf16-le-bom.md";
    public static final String UTF16_BE = "utf16-be-bom.md";
    public static final String LATIN1 = "latin1.md";
    public static final String UTF8_BOM = "utf8-bom.md";
    public static final String CRLF = "crlf.md";
    public static final String CRLF_BAD_DATE = "crlf-bad-date.md";
    public static final String CR_ONLY = "cr-only.md";
    public static final String FIVE_MB = "five-megabytes.md";
    public static final String LONG_LINE = "long-line.md";
    public static final String RUN_ON_LINE = "run-on-line.md";
    public static final String LONG_TITLE = "long-title.md";
    public static final String DEEP_QUOTE = "deep-blockquote.md";
    public static final String DEEP_LIST = "deep-list.md";
    public static final String DEEP_BRACKETS = "deep-brackets.md";
    public static final String DEEP_EMPHASIS = "deep-emphasis.md";
    public static final String DEEP_FRONT_MATTER = "deep-front-matter.md";
    public static final String LOOP = "loop.md";
    public static final String LOOP_A = "loop-a.md";
    public static final String LOOP_B = "loop-b.md";
    public static final String DANGLING = "dangling.md";
    public static final String LINKED = "linked-from-elsewhere.md";
    public static final String FOLDER = "folder.md";
    public static final String RTL = "rtl-and-zero-width.md";
    public static final String ZERO_WIDTH_NAME = "zero\u200Bwidth.md";
    public static final String CONTROL_NAME = "bad\u001B[31mname\n.md";

    /** The length of the only body line of {@link #LONG_LINE} and {@link #RUN_ON_LINE}. */
    public static final int LONG_LINE_LENGTH = 200_000;
    /** Deep enough to overflow any recursive walk of the Markdown tree. */
    public static final int DEPTH = 20_000;
    /** Nested brackets; commonmark keeps them on a list, and more would make a run-on sentence. */
    public static final int BRACKETS = 2_000;

    private static Built shared;

    private HostileCorpus() {
    }

    /** The corpus built once. */
    public record Built(Path project, BuildReport report) {

        public Path site() {
            return project.resolve("site");
        }

        public Path articles() {
            return project.resolve("articles");
        }
    }

    /**
     * The corpus built once per JVM in {@code target/hostile/}, where it stays for a look after a failed test;
     * the tests that share it only read it.
     */
    public static synchronized Built shared() throws IOException {
        if (shared == null) {
            Path folder = SampleProject.repository().resolve("target/hostile");
            SampleProject.deleteTree(folder);
            Path project = project(folder);
            shared = new Built(project, newsgraph().build(BuildConfig.inFolder(project)));
        }
        return shared;
    }

    /** A project folder holding the repository's own articles plus the whole hostile corpus. */
    public static Path project(Path folder) throws IOException {
        Path project = SampleProject.create(folder);
        Path articles = project.resolve("articles");
        try (Stream<Path> own = Files.list(SampleProject.repository().resolve("articles"))) {
            for (Path file : (Iterable<Path>) own.filter(p -> p.toString().endsWith(".md"))::iterator) {
                Files.copy(file, articles.resolve(file.getFileName().toString()));
            }
        }
        writeInto(articles, folder.resolve("elsewhere"));
        return project;
    }

    /** A build with the text-only annotator and a gazetteer that also knows entities whose names are markup. */
    public static Newsgraph newsgraph() throws IOException {
        return new Newsgraph(new Extractor(SimpleAnnotator::new, gazetteer()));
    }

    public static Gazetteer gazetteer() throws IOException {
        Gazetteer gazetteer = new Gazetteer();
        try (InputStream sample = HostileCorpus.class.getResourceAsStream("/testing/sample-entities.tsv");
             InputStream curated = Gazetteer.class.getResourceAsStream("curated-entities.tsv");
             BufferedReader hostile = Files.newBufferedReader(RESOURCES.resolve("entities.tsv"))) {
            // the stand-in has no NER: the sample articles' names, as the unit tests' TestGazetteer has them
            gazetteer.load(new BufferedReader(new InputStreamReader(sample, StandardCharsets.UTF_8)));
            gazetteer.load(new BufferedReader(new InputStreamReader(curated, StandardCharsets.UTF_8)));
            gazetteer.load(hostile);
        }
        return gazetteer;
    }

    /**
     * Writes every case into {@code articles}; {@code outside} is a folder beside it for the target of a link.
     */
    public static void writeInto(Path articles, Path outside) throws IOException {
        SampleProject.copyTree(RESOURCES.resolve("articles"), articles);
        Files.write(articles.resolve(BINARY), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0,
                0x0D, 'I', 'H', 'D', 'R'});
        String simple = "---\ntitle: Caf\u00e9 prices\n---\nThe caf\u00e9 sold 25 coffees.\n";
        write(articles.resolve(UTF16_LE), "\uFEFF" + simple, StandardCharsets.UTF_16LE);
        write(articles.resolve(UTF16_BE), simple, StandardCharsets.UTF_16);
        write(articles.resolve(LATIN1), simple, StandardCharsets.ISO_8859_1);
        write(articles.resolve(UTF8_BOM), "\uFEFF" + simple, StandardCharsets.UTF_8);
        write(articles.resolve(CRLF), "---\r\ntitle: Windows line ends\r\ndate: 2025-04-01\r\n---\r\n"
                + "Acme sold 26 widgets.\r\nSales rose 5%.\r\n\r\nA second paragraph.\r\n", StandardCharsets.UTF_8);
        write(articles.resolve(CRLF_BAD_DATE), "---\r\ntitle: Windows line ends\r\ndate: 2025-04-31\r\n---\r\n"
                + "Acme sold 27 widgets.\r\n", StandardCharsets.UTF_8);
        write(articles.resolve(CR_ONLY), "---\rtitle: Classic Mac line ends\r---\rAcme sold 28 widgets.\rSales rose 6%.\r",
                StandardCharsets.UTF_8);
        writeFiveMegabytes(articles.resolve(FIVE_MB));
        write(articles.resolve(LONG_LINE), "---\ntitle: A whole article on one line\n---\n"
                + line("Acme sold 29 widgets for $3.5 million. Its shares rose 4%! ") + "\n", StandardCharsets.UTF_8);
        write(articles.resolve(RUN_ON_LINE), "---\ntitle: One line that never ends a sentence\n---\n"
                + "Acme sold 29 widgets.\n\n" + line("Acme sold 29 widgets for $3 million and ") + "\n",
                StandardCharsets.UTF_8);
        write(articles.resolve(LONG_TITLE), "---\ntitle: " + "Headline ".repeat(1_200) + "\n---\nAcme sold 30 widgets.\n",
                StandardCharsets.UTF_8);
        write(articles.resolve(DEEP_QUOTE), "---\ntitle: Quotes in quotes\n---\n" + ">".repeat(DEPTH)
                + " Acme sold 31 widgets.\n", StandardCharsets.UTF_8);
        write(articles.resolve(DEEP_LIST), "---\ntitle: Lists in lists\n---\n" + "- ".repeat(DEPTH)
                + "Acme sold 32 widgets.\n", StandardCharsets.UTF_8);
        write(articles.resolve(DEEP_BRACKETS), "---\ntitle: Brackets in brackets\n---\nAcme sold 33 widgets "
                + "[".repeat(BRACKETS) + "x" + "]".repeat(BRACKETS) + "\n", StandardCharsets.UTF_8);
        write(articles.resolve(DEEP_EMPHASIS), "---\ntitle: Emphasis in emphasis\n---\nAcme sold 34 widgets.\n\n"
                + "*a ".repeat(DEPTH) + "x" + " a*".repeat(DEPTH) + "\n", StandardCharsets.UTF_8);
        write(articles.resolve(DEEP_FRONT_MATTER), "---\ntitle: Lists in lists\ntags: " + "[".repeat(DEPTH)
                + "\n---\nAcme sold 35 widgets.\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(articles.resolve(LOOP), Path.of(LOOP));
        Files.createSymbolicLink(articles.resolve(LOOP_A), Path.of(LOOP_B));
        Files.createSymbolicLink(articles.resolve(LOOP_B), Path.of(LOOP_A));
        Files.createSymbolicLink(articles.resolve(DANGLING), Path.of("missing-target.md"));
        Path elsewhere = outside.resolve("kept-elsewhere.md");
        write(elsewhere, "---\ntitle: An article kept in another folder\n---\nAcme sold 36 widgets.\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(articles.resolve(LINKED), elsewhere.toAbsolutePath());
        write(articles.resolve(FOLDER).resolve("inside.md"), "---\ntitle: Inside a folder\n---\nText.\n",
                StandardCharsets.UTF_8);
        write(articles.resolve(RTL), "---\ntitle: \u202EAcme results\u202C in \u2067\u0627\u0644\u0631\u064A\u0627\u0636\u2069\n"
                + "date: 2025-04-02\n---\nMicro\u200Bsoft spent $5 mil\u00ADlion in \u0627\u0644\u0631\u064A\u0627\u0636 "
                + "and \u05EA\u05DC \u05D0\u05D1\u05D9\u05D1.\n\nThe family emoji \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 "
                + "and the Persian word \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 keep their joiners.\n",
                StandardCharsets.UTF_8);
        write(articles.resolve(ZERO_WIDTH_NAME), "---\ntitle: A zero-width space in the file name\n---\nAcme sold 37 widgets.\n",
                StandardCharsets.UTF_8);
        write(articles.resolve(CONTROL_NAME), "", StandardCharsets.UTF_8);
    }

    private static String line(String clause) {
        return clause.repeat(LONG_LINE_LENGTH / clause.length() + 1).substring(0, LONG_LINE_LENGTH);
    }

    /** Five megabytes of plausible sentences: what pasting a whole annual report into an article gives. */
    private static void writeFiveMegabytes(Path file) throws IOException {
        StringBuilder text = new StringBuilder("---\ntitle: A whole annual report\n---\n");
        String sentence = "Acme said revenue rose 12% to $4.5 billion in the quarter.\n";
        while (text.length() < 5 * 1024 * 1024) {
            text.append(sentence);
        }
        write(file, text.toString(), StandardCharsets.UTF_8);
    }

    private static void write(Path file, String content, Charset charset) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(charset));
    }
}
