package org.newsgraph.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.FigureRowPage;

/**
 * The figures explorer's rows as made HTML, one piece per article and page root ({@value #FILE}), so that a build
 * renders only the rows of the articles that changed: an edit that adds a figure changes every page's count, and
 * shifts the rows after it, but not what an unchanged article's rows say. A row is rendered with a stand-in order
 * ({@link #STAND_IN}), kept with it, and given its place among all figures when a page joins its rows; a row whose
 * theme does not print the order exactly once, as a whole attribute value (checked once per build by rendering a row
 * with two stand-ins), is rendered with its own order every time and not kept. Whether an
 * article is unchanged (its graph and every entity its graph names) is the dependency index's answer, as for
 * {@link FiguresPieces}. The file is written whole by every build, the same for an incremental build as for a clean
 * one. The pages may ask for rows from several threads at once; the file lists the pieces in the order of
 * {@link #expect}, which the pages call one after another.
 */
final class FigureRows {

    /** The pieces file in the site. */
    static final String FILE = ".newsgraph-figure-rows";

    private static final int STAND_IN = Integer.MIN_VALUE;
    private static final String STAND_IN_TEXT = "=\"" + STAND_IN + "\"";
    private static final String STAND_IN_NUMBER = Integer.toString(STAND_IN);
    private static final int OTHER_STAND_IN = Integer.MIN_VALUE / 2;

    /** An article's rows for one page root: HTML with the stand-in order, or null where the theme does not allow it. */
    private record Piece(String slug, String root, List<String> rows) {
    }

    private final String header;
    private final Map<String, List<String>> previous;
    private final Map<String, Piece> made = new ConcurrentHashMap<>();
    /** The pieces' keys in the order the file lists them. */
    private final Set<String> order = new LinkedHashSet<>();
    private final Predicate<String> unchanged;
    private final Templates templates;
    private final ViewFactory views;
    /** Whether the theme's row can be kept with a stand-in order ({@link #placeable}); asked once per build. */
    private Boolean placeable;

    private FigureRows(String header, Map<String, List<String>> previous, Predicate<String> unchanged,
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
        order.add(pieceKey(article.slug(), root));
    }

    /**
     * The rows the previous site kept ({@code file}, null for none), usable for the articles {@code unchanged} names
     * when {@code header} (code, base IRI, row template) is as it was.
     */
    static FigureRows read(Path file, String header, Predicate<String> unchanged, Templates templates,
                           ViewFactory views) throws IOException {
        Map<String, List<String>> previous = new HashMap<>();
        if (file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            parse(Files.readString(file, StandardCharsets.UTF_8), header, previous);
        }
        return new FigureRows(header, previous, unchanged, templates, views);
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

    /** Makes sure {@code article}'s rows for {@code root} go into the file, though no page rendered them this build. */
    void keep(String root, ArticleData article) {
        made.computeIfAbsent(pieceKey(article.slug(), root), key -> piece(root, article));
    }

    /** The file's text: every piece kept this build, in the order of {@link #expect}. */
    String text() {
        StringBuilder out = new StringBuilder("h ").append(header).append('\n');
        for (String key : order) {
            Piece piece = made.get(key);
            if (piece == null || piece.rows() == null) {
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

    private Piece piece(String root, ArticleData article) {
        List<String> before = unchanged.test(article.slug()) ? previous.get(pieceKey(article.slug(), root)) : null;
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

    /** Reads the file's pieces into {@code into}; a file with another header, or damaged, gives none. */
    static void parse(String text, String header, Map<String, List<String>> into) {
        String first = "h " + header + "\n";
        if (!text.startsWith(first)) {
            return;
        }
        Map<String, List<String>> pieces = new HashMap<>();
        try {
            int at = first.length();
            while (at < text.length()) {
                int end = text.indexOf('\n', at);
                String[] line = text.substring(at, end).split(" ", 4);
                if (!line[0].equals("a") || line.length != 4) {
                    return;
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
                        return;
                    }
                    at++;
                }
                pieces.put(pieceKey(line[3], line[2]), List.copyOf(rows));
            }
        } catch (RuntimeException damaged) {
            return;
        }
        into.putAll(pieces);
    }
}
