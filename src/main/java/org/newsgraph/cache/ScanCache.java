package org.newsgraph.cache;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.ArticleScan;
import org.newsgraph.article.TextBlock;
import org.newsgraph.io.StagedOutput;

/**
 * The article files of a folder as the last build read them, kept as {@value #FILE} in the cache folder, so that a
 * build opens only the files that changed. Each file is recorded with its size, its modification time, the digest of
 * its bytes and what {@link ArticleReader#scan} made of them (the article, the problem that stops it, the front matter
 * warnings). A file whose size and modification time are the recorded ones is taken from the record without being
 * opened; one of the recorded size whose bytes hash to the recorded digest (touched, checked out again) is taken from
 * it without being parsed; any other is read and parsed as before. Like git's index, a modification time is trusted only when it is
 * older than the recording scan by {@link #SETTLED_NANOS}: a file written in the same clock tick as it was read could
 * keep its time, so it is read again by the next build (which then records it as settled). Records are used only by
 * the same article-reading code on the same articles folder; links are always read (their target may change).
 */
public final class ScanCache {

    public static final String FILE = "articles.scans";

    /** How much older than the recording scan a file's time must be for it to be trusted. */
    static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param scans  the scans, in the order of the files given
     * @param opened how many files were opened (read, and parsed unless their bytes were the recorded ones; the
     *               others came from the record unopened)
     */
    public record Result(List<ArticleScan> scans, int opened) {
    }

    /** The stored form: what the records were made by and when, and one entry per file. */
    record Stored(int format, String code, String folder, long scanned, List<Entry> files) {
    }

    /** One file as it was scanned; {@code article} and {@code problem} as in {@link ArticleScan}. */
    record Entry(String name, long size, long modified, String digest, StoredArticle article, Found problem,
                 List<Found> warnings) {
    }

    /** An article without its file (the entry's). */
    record StoredArticle(String slug, String title, String date, String author, String source, String url,
                         List<String> tags, String body, String text, List<TextBlock> blocks) {
    }

    /** A problem without its file (the entry's). */
    record Found(int line, String message, String fix) {
    }

    private final Path file;
    private final ArticleReader reader = new ArticleReader();

    /** @param cache the build's cache folder */
    public ScanCache(Path cache) {
        this.file = cache.resolve(FILE);
    }

    /**
     * Scans {@code files} (article files of {@code folder}), opening only those the record does not vouch for, and
     * records the result when it differs from what was recorded.
     */
    public Result scan(Path folder, List<Path> files) throws IOException {
        long started = now();
        String where = folder.toAbsolutePath().normalize().toString();
        Stored previous = read(where);
        Map<String, Entry> recorded = new HashMap<>();
        if (previous != null) {
            for (Entry entry : previous.files()) {
                recorded.put(entry.name(), entry);
            }
        }
        List<ArticleScan> scans = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int opened = 0;
        boolean changed = previous == null;
        for (Path path : files) {
            String name = path.getFileName().toString();
            BasicFileAttributes attributes = attributes(path);
            Entry entry = recorded.get(name);
            if (entry != null && previous != null && vouches(entry, attributes, previous.scanned())
                    && Files.isReadable(path)) {
                scans.add(restore(path, entry));
                entries.add(entry);
                continue;
            }
            opened++;
            ArticleScan same = entry == null || attributes == null ? null : sameBytes(path, entry);
            ArticleScan scan = same != null ? same : reader.scan(path);
            scans.add(scan);
            Entry fresh = attributes == null ? null : entry(name, attributes, scan);
            if (fresh != null) {
                entries.add(fresh);
            }
            // Also when the entry is the same: a file read again because its time had not settled is now recorded
            // by this scan, which it is older than.
            changed |= fresh != null || entry != null;
        }
        changed |= entries.size() != recorded.size();
        if (changed) {
            write(new Stored(FORMAT, Code.FINGERPRINT, where, started, entries));
        }
        return new Result(scans, opened);
    }

    /**
     * The recorded scan of a file whose time (or size) changed but whose bytes are the recorded ones (a file touched,
     * or checked out again), without parsing it; null when they differ or cannot be read here.
     */
    private static ArticleScan sameBytes(Path path, Entry entry) {
        try {
            if (Files.size(path) != entry.size()) {
                return null;
            }
            return ArticleReader.digest(Files.readAllBytes(path)).equals(entry.digest()) ? restore(path, entry) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether a file's size and settled time are the recorded ones. */
    private static boolean vouches(Entry entry, BasicFileAttributes attributes, long scanned) {
        return attributes != null && attributes.isRegularFile() && entry.size() == attributes.size()
                && entry.modified() == modified(attributes) && entry.modified() < scanned - SETTLED_NANOS;
    }

    /** A file's attributes, not following links (null for a link or a file that cannot be looked at). */
    private static BasicFileAttributes attributes(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static long modified(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /**
     * The entry of a file just scanned, or null when the scan cannot be recorded: the file could not be read, or a
     * problem names another file.
     */
    private static Entry entry(String name, BasicFileAttributes attributes, ArticleScan scan) {
        if (scan.digest() == null || scan.article() != null && !scan.file().equals(scan.article().file())) {
            return null;
        }
        Found problem = scan.problem() == null ? null : found(scan.file(), scan.problem());
        List<Found> warnings = new ArrayList<>();
        for (ArticleProblem warning : scan.warnings()) {
            Found found = found(scan.file(), warning);
            if (found == null) {
                return null;
            }
            warnings.add(found);
        }
        if (scan.problem() != null && problem == null) {
            return null;
        }
        Article a = scan.article();
        StoredArticle article = a == null ? null : new StoredArticle(a.slug(), a.title(),
                a.date() == null ? null : a.date().toString(), a.author(), a.source(), a.url(), a.tags(), a.body(),
                a.text(), a.blocks());
        return new Entry(name, attributes.size(), modified(attributes), scan.digest(), article, problem, warnings);
    }

    private static Found found(Path file, ArticleProblem problem) {
        return file.equals(problem.file()) ? new Found(problem.line(), problem.message(), problem.fix()) : null;
    }

    /** The scan an entry records, for the file it was made from. */
    static ArticleScan restore(Path path, Entry entry) {
        StoredArticle a = entry.article();
        Article article = a == null ? null : new Article(a.slug(), path, a.title(),
                a.date() == null ? null : LocalDate.parse(a.date()), a.author(), a.source(), a.url(), a.tags(), a.body(),
                a.text(), a.blocks());
        ArticleProblem problem = entry.problem() == null ? null : problem(path, entry.problem());
        List<ArticleProblem> warnings = new ArrayList<>();
        for (Found warning : entry.warnings()) {
            warnings.add(problem(path, warning));
        }
        return new ArticleScan(path, entry.digest(), article, problem, warnings);
    }

    private static ArticleProblem problem(Path path, Found found) {
        return new ArticleProblem(path, found.line(), found.message(), found.fix());
    }

    /** The record, when there is a readable one made by this code for this folder. */
    private Stored read(String folder) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Stored stored = MAPPER.readValue(file.toFile(), Stored.class);
            return stored.format() == FORMAT && Code.FINGERPRINT.equals(stored.code())
                    && folder.equals(stored.folder()) && stored.files() != null ? stored : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A cache that cannot be written costs the next build its reading, not this build its result. */
    private void write(Stored stored) {
        try {
            Files.createDirectories(file.getParent());
            StagedOutput.writeAtomically(file, MAPPER.writeValueAsBytes(stored));
        } catch (IOException e) {
            // The next build reads every file, as without a record.
        }
    }

    private static long now() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private static final class Code {
        static final String FINGERPRINT = CodeFingerprint.of(ArticleReader.class, "org/newsgraph/article/");
    }
}
