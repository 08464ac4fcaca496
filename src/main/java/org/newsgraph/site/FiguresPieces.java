package org.newsgraph.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.Link;

/**
 * The figures explorer's rows ({@code figures/data.js}) in one piece per article ({@value #FILE}), so that the next
 * build takes an unchanged article's rows and filter values as they were instead of making its figures' views again.
 * In the file a row names its article and entities by their place in lists over the whole archive, which an added or
 * removed article shifts; a piece holds its rows with the entities numbered within the article (in the order the rows
 * name them) and without the article's number, and {@link #assemble} numbers them over the archive as a write from
 * nothing does. Whether an article is unchanged (its graph and every entity its graph names) is the dependency
 * index's answer ({@link PageInputs#articleUnchanged}). The file is written whole by every build, the same for an
 * incremental build as for a clean one.
 *
 * <p>A process that renders again ({@code serve}) keeps the pieces it last wrote ({@link #keep}) and takes them instead
 * of parsing the file when the previous site's file still has the bytes it wrote (its SHA-256): at 1,000 articles the
 * parse of ~10,000 rows of JSON and a regular expression over every row were a tenth of a save's figures explorer.
 * Each row is cut where it numbers entities ({@link Cut}) once, when it is made or read, not at every assembly.
 */
final class FiguresPieces {

    /** The index file in the site. */
    static final String FILE = ".newsgraph-figures";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE_FIELD = "{\"article\":0";
    private static final Pattern ENTITY = Pattern.compile("\"(entity|candidate)\":(\\d+)|\"others\":\\[([\\d,]+)]");

    /**
     * What the filters show of one figure, and its row with the article's number left out ({@code ,"id":...});
     * {@code line} is its line of the file as read (written back as it was), null for a figure made this build.
     */
    record Figure(String kind, String unit, String unitName, String subject, String period, String row, String line,
                  Cut cut) {

        Figure(String kind, String unit, String unitName, String subject, String period, String row, String line) {
            this(kind, unit, unitName, subject, period, row, line, Cut.of(row));
        }

        /** The same figure as its line of the file. */
        Figure withLine(String fileLine) {
            return new Figure(kind, unit, unitName, subject, period, row, fileLine, cut);
        }
    }

    /**
     * A row cut where it names entities by their place in its article ({@code "entity":N}, {@code "candidate":N},
     * {@code "others":[N,...]}): {@code texts} has one more part than {@code places}, and the row is the texts with
     * each place list between them, comma-separated; {@link #assemble} puts the archive's numbers in their place.
     */
    record Cut(List<String> texts, List<int[]> places) {

        static Cut of(String row) {
            List<String> texts = new ArrayList<>();
            List<int[]> places = new ArrayList<>();
            Matcher m = ENTITY.matcher(row);
            StringBuilder text = new StringBuilder();
            int from = 0;
            while (m.find()) {
                text.append(row, from, m.start());
                if (m.group(1) != null) {
                    text.append('"').append(m.group(1)).append("\":");
                    places.add(new int[] {Integer.parseInt(m.group(2))});
                    texts.add(text.toString());
                    text.setLength(0);
                } else {
                    text.append("\"others\":[");
                    places.add(Arrays.stream(m.group(3).split(",")).mapToInt(Integer::parseInt).toArray());
                    texts.add(text.toString());
                    text.setLength(0);
                    text.append(']');
                }
                from = m.end();
            }
            texts.add(text.append(row, from, row.length()).toString());
            return new Cut(List.copyOf(texts), List.copyOf(places));
        }
    }

    /** The pieces a render wrote, by slug, with their lines of the file, and a hash of the file's bytes. */
    private record Kept(String header, byte[] digest, Map<String, Article> pieces) {
    }

    /** What the last render in this process wrote (null: nothing), for the next one to take instead of parsing. */
    private static volatile Kept kept;

    /**
     * One article's piece: its {@code [title, link]}, its link, the {@code [name, link]} of each entity its rows name
     * (in the order they first name them) with the links apart, and its figures.
     */
    record Article(String label, String href, List<String> entities, List<String> entityHrefs, List<Figure> figures,
                   String line) {
    }

    private final String header;
    private final Map<String, Article> previous;

    private FiguresPieces(String header, Map<String, Article> previous) {
        this.header = header;
        this.previous = previous;
    }

    /** No previous pieces: every article's rows are made. */
    static FiguresPieces none(String header) {
        return new FiguresPieces(header, Map.of());
    }

    /** The pieces the previous site recorded ({@code file}), when it has them and this code wrote them. */
    static FiguresPieces read(Path file, String header) throws IOException {
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return none(header);
        }
        byte[] bytes = Files.readAllBytes(file);
        Kept last = kept;
        if (last != null && last.header().equals(header) && MessageDigest.isEqual(last.digest(), sha256(bytes))) {
            return new FiguresPieces(header, last.pieces());
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("h " + header)) {
            return none(header);
        }
        Map<String, Article> pieces = new HashMap<>();
        try {
            String slug = null;
            List<String> head = null;
            List<Figure> figures = null;
            String headLine = null;
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("a ")) {
                    put(pieces, slug, head, figures, headLine);
                    headLine = line;
                    int space = line.indexOf(' ', 2);
                    slug = line.substring(2, space);
                    head = strings(line.substring(space + 1));
                    figures = new ArrayList<>();
                } else if (line.startsWith("f ") && figures != null) {
                    List<String> f = strings(line.substring(2));
                    figures.add(new Figure(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), line));
                } else {
                    return none(header);
                }
            }
            put(pieces, slug, head, figures, headLine);
        } catch (IOException | RuntimeException e) {
            return none(header);    // not this format: every article's rows are made again
        }
        return new FiguresPieces(header, pieces);
    }

    private static void put(Map<String, Article> pieces, String slug, List<String> head, List<Figure> figures,
                            String line) {
        if (slug == null) {
            return;
        }
        List<String> entities = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        for (int i = 2; i + 1 < head.size(); i += 2) {
            entities.add(head.get(i));
            hrefs.add(head.get(i + 1));
        }
        pieces.put(slug, new Article(head.get(0), head.get(1), entities, hrefs, figures, line));
    }

    /** The previous piece of an article, when it had {@code figures} figures; else null. */
    Article previous(String slug, int figures) {
        Article piece = previous.get(slug);
        return piece != null && piece.figures().size() == figures ? piece : null;
    }

    /** An article's piece, made from its figures' views. */
    static Article of(ViewFactory views, ArticleData article) {
        Map<String, Integer> entityAt = new LinkedHashMap<>();
        List<String> entities = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        String label = null;
        String href = null;
        for (SiteModel.FigureData figure : article.figures()) {
            FigureRow f = views.figure("", article, figure);
            label = json(List.of(f.article().label(), f.article().href()));
            href = f.article().href();
            ObjectNode row = JSON.createObjectNode();
            row.put("article", 0);
            row.put("id", figure.id()).put("text", f.text()).put("value", f.value())
                    .put("kind", f.kind()).put("unit", f.unit());
            if (!f.unitName().equals(f.unit())) {
                row.put("unitName", f.unitName());
            }
            if (f.number() != null) {
                row.put("number", f.number());
            }
            putIf(row, "qualifier", f.qualifier());
            putIf(row, "direction", f.direction());
            putIf(row, "per", f.per());
            putIf(row, "measure", f.measure());
            if (f.measureLabel() == null && f.measure() != null) {
                row.put("measureLabel", "");
            }
            if (f.subject() != null) {
                row.put("entity", local(entityAt, entities, f.subject()));
            } else if (f.candidateSubject() != null) {
                // only probably about it: shown with a marker, and not what the "About" filter selects
                row.put("candidate", local(entityAt, entities, f.candidateSubject()));
            }
            if (f.measure() == null) {
                putIf(row, "candidateMeasure", f.candidateMeasure());
            }
            if (f.unitAssumed()) {
                row.put("unitAssumed", true);
            }
            if ((f.subject() != null || f.candidateSubject() != null) && !f.otherSubjects().isEmpty()) {
                ArrayNode others = row.putArray("others");
                f.otherSubjects().forEach(o -> others.add(local(entityAt, entities, o)));
            }
            putIf(row, "period", f.period());
            putIf(row, "time", f.time());
            String text = json(row);
            figures.add(new Figure(f.kind(), f.unit(), f.unitName(), f.subject() == null ? null : f.subject().label(),
                    f.period(), text.substring(ARTICLE_FIELD.length()), null));
        }
        return new Article(label, href, entities, List.copyOf(entityAt.keySet()), figures, null);
    }

    private static int local(Map<String, Integer> entityAt, List<String> entities, Link entity) {
        return entityAt.computeIfAbsent(entity.href(), h -> {
            entities.add(json(List.of(entity.label(), h)));
            return entities.size() - 1;
        });
    }

    private static void putIf(ObjectNode row, String field, String value) {
        if (value != null) {
            row.put(field, value);
        }
    }

    /**
     * The script's data from every article's piece, in order: {@code articles} and {@code entities} once each, and
     * per figure its row naming them by place, as Jackson writes the whole.
     */
    static String assemble(List<Article> pieces) {
        StringBuilder articles = new StringBuilder();
        StringBuilder entities = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        Map<String, Integer> articleAt = new HashMap<>();
        Map<String, Integer> entityAt = new HashMap<>();
        for (Article piece : pieces) {
            if (piece.figures().isEmpty()) {
                continue;
            }
            int article = articleAt.computeIfAbsent(piece.href(), h -> {
                articles.append(articleAt.isEmpty() ? "" : ",").append(piece.label());
                return articleAt.size();
            });
            int[] global = new int[piece.entities().size()];
            for (int i = 0; i < global.length; i++) {
                String entity = piece.entities().get(i);
                global[i] = entityAt.computeIfAbsent(piece.entityHrefs().get(i), h -> {
                    entities.append(entityAt.isEmpty() ? "" : ",").append(entity);
                    return entityAt.size();
                });
            }
            for (Figure figure : piece.figures()) {
                rows.append(rows.isEmpty() ? "" : ",").append("{\"article\":").append(article);
                List<String> texts = figure.cut().texts();
                List<int[]> places = figure.cut().places();
                for (int i = 0; i < places.size(); i++) {
                    rows.append(texts.get(i));
                    int[] local = places.get(i);
                    for (int j = 0; j < local.length; j++) {
                        rows.append(j == 0 ? "" : ",").append(global[local[j]]);
                    }
                }
                rows.append(texts.get(texts.size() - 1));
            }
        }
        return ("{\"articles\":[" + articles + "],\"entities\":[" + entities + "],\"rows\":[" + rows + "]}")
                .replace("<", "\\u003c");
    }

    /**
     * The index file for these pieces (by slug), for the next build, kept with the pieces it holds for the next render
     * in this process ({@link #read} takes them while the previous site's file has these bytes).
     */
    byte[] keep(Map<String, Article> pieces) {
        Map<String, Article> written = new HashMap<>();
        byte[] bytes = lines(pieces, written).getBytes(StandardCharsets.UTF_8);
        kept = new Kept(header, sha256(bytes), Map.copyOf(written));
        return bytes;
    }

    /** The file's text; {@code written} gets each piece written, with its lines. */
    private String lines(Map<String, Article> pieces, Map<String, Article> written) {
        StringBuilder text = new StringBuilder("h ").append(header).append('\n');
        new TreeMap<>(pieces).forEach((slug, piece) -> {
            if (slug.isEmpty() || slug.chars().anyMatch(Character::isWhitespace) || piece.figures().isEmpty()) {
                return;     // not one word of the file: made again next time
            }
            // A piece read from the previous file is written back as it was read.
            String headLine;
            if (piece.line() != null && piece.line().startsWith("a " + slug + " ")) {
                headLine = piece.line();
            } else {
                List<String> head = new ArrayList<>(List.of(piece.label(), piece.href()));
                for (int i = 0; i < piece.entities().size(); i++) {
                    head.add(piece.entities().get(i));
                    head.add(piece.entityHrefs().get(i));
                }
                headLine = "a " + slug + " " + json(head);
            }
            text.append(headLine).append('\n');
            List<Figure> figures = new ArrayList<>(piece.figures().size());
            for (Figure f : piece.figures()) {
                String line = f.line() != null ? f.line() : "f " + json(Arrays.asList(f.kind(), f.unit(), f.unitName(),
                        f.subject(), f.period(), f.row()));
                text.append(line).append('\n');
                figures.add(f.line() != null ? f : f.withLine(line));
            }
            written.put(slug, new Article(piece.label(), piece.href(), piece.entities(), piece.entityHrefs(),
                    List.copyOf(figures), headLine));
        });
        return text.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) throws IOException {
        return Arrays.asList(JSON.readValue(json, String[].class));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
