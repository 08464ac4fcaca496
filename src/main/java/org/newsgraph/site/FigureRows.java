package org.newsgraph.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.FigureRowPage;

/**
 * The figures explorer's rows as made HTML, one piece per article and page root, so that a build renders only the
 * rows of the articles that changed: an edit that adds a figure changes every page's count, and shifts the rows after
 * it, but not what an unchanged article's rows say. A row is rendered with a stand-in order ({@link #STAND_IN}), kept
 * with it, and given its place among all figures when a page joins its rows; a row whose theme does not print the
 * order exactly once, as a whole attribute value (checked once per build by rendering a row with two stand-ins), is
 * rendered with its own order every time and not kept. Whether an article is unchanged (its graph and every entity
 * its graph names) is the dependency index's answer, as for {@link FiguresPieces}. The pages may ask for rows from
 * several threads at once; a file lists its pieces in the order of {@link #expect}, which the pages call one after
 * another.
 *
 * <p>The pieces are kept in {@value #SHARDS} files ({@value #FILE}{@code /NNN}), an article's pieces in the file its
 * slug's hash names, so that a save reads and writes only the files of what it touches (at 10,000 articles the one
 * file was 84 MB, read, parsed and written again by every build, each time a few arrays too large for the heap's
 * regions). A file is read only when a page asks for a row of an unchanged article in it; a file whose articles are
 * all unchanged, with the same pieces in the same order and with the same numbers of figures, is taken over from the
 * previous site unread (its key in {@link StagedOutput#KEYS} names its pieces and counts); any other is written
 * whole. The files are the same for an incremental build as for a clean one.
 */
final class FigureRows {

    /** The folder of the pieces files in the site. */
    static final String FILE = ".newsgraph-figure-rows";

    /** How many files the pieces are spread over (by the hash of the article's slug). */
    static final int SHARDS = 256;

    private static final int STAND_IN = Integer.MIN_VALUE;
    private static final String STAND_IN_TEXT = "=\"" + STAND_IN + "\"";
    private static final String STAND_IN_NUMBER = Integer.toString(STAND_IN);
    private static final int OTHER_STAND_IN = Integer.MIN_VALUE / 2;

    /** An article's rows for one page root: HTML with the stand-in order, or null where the theme does not allow it. */
    private record Piece(String slug, String root, List<String> rows) {
    }

    /** A piece a page shows: its article and page root. */
    private record Expected(String root, ArticleData article) {
    }

    private final String header;
    /** The previous site's files, read on first use: per file, its pieces by key; null without a previous site. */
    private final StagedOutput previous;
    private final Map<Integer, Map<String, List<String>>> read = new ConcurrentHashMap<>();
    /** The previous files that were read and found damaged, cut short, or of another header. */
    private final Set<Integer> damaged = ConcurrentHashMap.newKeySet();
    private final Map<String, Piece> made = new ConcurrentHashMap<>();
    /** The pieces in the order the files list them. */
    private final Map<String, Expected> order = new LinkedHashMap<>();
    private final Predicate<String> unchanged;
    private final Templates templates;
    private final ViewFactory views;
    /** Whether the theme's row can be kept with a stand-in order ({@link #placeable}); asked once per build. */
    private Boolean placeable;

    private FigureRows(String header, StagedOutput previous, Predicate<String> unchanged,
                       Templates templates, ViewFactory views) {
        this.header = header;
        this.previous = previous;
        this.unchanged = unchanged;
        this.templates = templates;
        this.views = views;
    }

    /**
     * Puts {@code article}'s rows for {@code root} next in the file's order; called for every page's figures in page
     * order, one thread, before any page asks for its rows.
     */
    void expect(String root, ArticleData article) {
        order.putIfAbsent(pieceKey(article.slug(), root), new Expected(root, article));
    }

    /**
     * The rows the previous site kept ({@code output}'s previous files, null for none), usable for the articles
     * {@code unchanged} names when {@code header} (code, base IRI, row template) is as it was.
     */
    static FigureRows read(StagedOutput output, String header, Predicate<String> unchanged, Templates templates,
                           ViewFactory views) {
        return new FigureRows(header, output, unchanged, templates, views);
    }

    /**
     * The row of {@code article}'s figure number {@code index}, on a page whose root is {@code root}, placed
     * {@code order}-th among all figures.
     */
    String row(String root, ArticleData article, int index, int order) {
        Piece piece = made.computeIfAbsent(pieceKey(article.slug(), root), key -> piece(root, article));
        if (piece.rows() == null) {
            return render(article, root, index, order);
        }
        String kept = piece.rows().get(index);
        int at = kept.indexOf(STAND_IN_TEXT);
        return kept.substring(0, at) + "=\"" + order + "\"" + kept.substring(at + STAND_IN_TEXT.length());
    }

    /**
     * Writes the pieces files into {@code output}: per file, its pieces in the order of {@link #expect}; a file whose
     * articles are all unchanged is taken over from the previous site when it was recorded with the same pieces.
     */
    void write(StagedOutput output) throws IOException {
        Map<Integer, List<Expected>> shards = new TreeMap<>();
        order.forEach((key, expected) -> shards.computeIfAbsent(shard(expected.article().slug()),
                n -> new ArrayList<>()).add(expected));
        for (Map.Entry<Integer, List<Expected>> shard : shards.entrySet()) {
            Path path = path(shard.getKey());
            List<String> members = new ArrayList<>(List.of(header));
            boolean unchangedAll = true;
            for (Expected e : shard.getValue()) {
                members.add(pieceKey(e.article().slug(), e.root()) + " " + e.article().figures().size());
                unchangedAll &= unchanged.test(e.article().slug());
            }
            String key = Keys.of(members.toArray(String[]::new));
            // A file found damaged (or of another version) when read is written again, whatever its key.
            if (unchangedAll && !damaged.contains(shard.getKey()) && output.reuse(path, key)) {
                continue;
            }
            output.write(path, text(shard.getValue()), key);
        }
    }

    /** A file's text: its pieces, in the order of {@link #expect}. */
    private String text(List<Expected> pieces) {
        StringBuilder out = new StringBuilder("h ").append(header).append('\n');
        for (Expected e : pieces) {
            Piece piece = made.computeIfAbsent(pieceKey(e.article().slug(), e.root()), key -> piece(e.root(),
                    e.article()));
            if (piece.rows() == null) {
                continue;
            }
            out.append("a ").append(piece.rows().size()).append(' ').append(piece.root()).append(' ')
                    .append(piece.slug()).append('\n');
            for (String row : piece.rows()) {
                out.append(row.length()).append('\n').append(row).append('\n');
            }
        }
        return out.toString();
    }

    /** The file of an article's pieces: its slug's hash (Java's {@code String.hashCode}, the same in every JVM). */
    static int shard(String slug) {
        return Math.floorMod(slug.hashCode(), SHARDS);
    }

    /** A pieces file's place in the site. */
    static Path path(int shard) {
        return Path.of(FILE, String.format(Locale.ROOT, "%03d", shard));
    }

    /** The previous site's rows of a piece, reading its file the first time one of its pieces is asked for. */
    private List<String> previous(String slug, String root) {
        if (previous == null) {
            return null;
        }
        Map<String, List<String>> pieces = read.computeIfAbsent(shard(slug), n -> {
            Map<String, List<String>> into = new HashMap<>();
            Path file = previous.previousFile(path(n));
            try {
                if (file != null && !parse(Files.readString(file, StandardCharsets.UTF_8), header, into)) {
                    damaged.add(n);
                }
            } catch (IOException | UncheckedIOException unreadable) {
                into.clear();
                damaged.add(n);
            }
            return into;
        });
        return pieces.get(pieceKey(slug, root));
    }

    private Piece piece(String root, ArticleData article) {
        List<String> before = unchanged.test(article.slug()) ? previous(article.slug(), root) : null;
        if (before != null && before.size() == article.figures().size()) {
            return new Piece(article.slug(), root, before);
        }
        if (!placeable(root, article)) {
            return new Piece(article.slug(), root, null);
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < article.figures().size(); i++) {
            String row = render(article, root, i, STAND_IN);
            // The stand-in printed once, as a whole attribute value, and nowhere else (not as text, not in a sum).
            int at = row.indexOf(STAND_IN_NUMBER);
            if (at < 2 || !row.startsWith(STAND_IN_TEXT, at - 2) || row.indexOf(STAND_IN_NUMBER, at + 1) >= 0) {
                return new Piece(article.slug(), root, null);
            }
            rows.add(row);
        }
        return new Piece(article.slug(), root, rows);
    }

    /**
     * Whether the row template prints the order so that putting it in afterwards gives what rendering with it gives:
     * a row rendered with two stand-ins differs only by them (a template that printed the order plus one would not).
     * Asked of the first piece that is rendered, answered once.
     */
    private synchronized boolean placeable(String root, ArticleData article) {
        if (placeable == null) {
            placeable = rendersOrderOnce(root, article);
        }
        return placeable;
    }

    private boolean rendersOrderOnce(String root, ArticleData article) {
        String one = render(article, root, 0, STAND_IN);
        String other = render(article, root, 0, OTHER_STAND_IN);
        int at = one.indexOf(STAND_IN_TEXT);
        return at >= 0 && (one.substring(0, at) + "=\"" + OTHER_STAND_IN + "\""
                + one.substring(at + STAND_IN_TEXT.length())).equals(other);
    }

    private String render(ArticleData article, String root, int index, int order) {
        return templates.render("figure-row",
                new FigureRowPage(views.figure(root, article, article.figures().get(index)), order)).strip();
    }

    private static String pieceKey(String slug, String root) {
        return root + " " + slug;
    }

    /**
     * Reads the file's pieces into {@code into}; a file with another header, or damaged, gives none. Whether the file
     * was read whole.
     */
    static boolean parse(String text, String header, Map<String, List<String>> into) {
        String first = "h " + header + "\n";
        if (!text.startsWith(first)) {
            return false;
        }
        Map<String, List<String>> pieces = new HashMap<>();
        try {
            int at = first.length();
            while (at < text.length()) {
                int end = text.indexOf('\n', at);
                String[] line = text.substring(at, end).split(" ", 4);
                if (!line[0].equals("a") || line.length != 4) {
                    return false;
                }
                int count = Integer.parseInt(line[1]);
                List<String> rows = new ArrayList<>(count);
                at = end + 1;
                for (int i = 0; i < count; i++) {
                    end = text.indexOf('\n', at);
                    int length = Integer.parseInt(text.substring(at, end));
                    rows.add(text.substring(end + 1, end + 1 + length));
                    at = end + 1 + length;
                    if (text.charAt(at) != '\n') {
                        return false;
                    }
                    at++;
                }
                pieces.put(pieceKey(line[3], line[2]), List.copyOf(rows));
            }
        } catch (RuntimeException damaged) {
            return false;
        }
        into.putAll(pieces);
        return true;
    }
}
