package org.newsgraph.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.EntityData;
import org.newsgraph.site.SiteModel.FigureData;

/**
 * The search page and its index: {@code search/index.json} lists every article (its whole text), entity (with its
 * aliases) and figure (read as "subject measure value": "Microsoft revenue $62 billion") with the text to search and
 * a link relative to the site's root (a figure's relative to its article's). {@code search/index.js} holds the same data for a script tag, so search also
 * works from a site opened as files; the page loads it when the reader starts searching.
 */
final class SearchRenderer implements PageRenderer {

    static final String PATH = "search/index.html";
    static final String INDEX = "search/index.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENTS = "{\"documents\":[";
    private static final String SCRIPT = "window.newsgraphSearchIndex = ";
    private static final byte[] ESCAPED_ANGLE = "\\u003c".getBytes(StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

    @Override
    public void render(RenderContext context) throws IOException {
        String header = Keys.of("search pieces", context.iris().base());
        StagedOutput output = context.output();
        SearchPieces previous = context.inputs().enabled()
                ? SearchPieces.read(output.previousFile(Path.of(SearchPieces.FILE)),
                        output.previousFile(Path.of(INDEX)), header)
                : SearchPieces.none(header);
        SearchPieces.Recorder recorder = new SearchPieces.Recorder();
        // At 10,000 articles the index is ~27 MB: made once in a builder the size of the last one, encoded once, and
        // the script's copy made from those bytes (every such copy is one of G1's humongous objects).
        StringBuilder text = new StringBuilder(previous.indexLength() + previous.indexLength() / 8 + 64);
        index(text, context.model(), context.views(), slug -> context.inputs().articleUnchanged(slug), previous,
                recorder);
        String json = text.append('\n').toString();
        text = null;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        output.write(Path.of(INDEX), bytes);
        output.write(Path.of("search/index.js"), script(bytes));
        bytes = null;
        if (context.inputs().enabled()) {
            output.write(Path.of(SearchPieces.FILE), recorder.text(header, json));
        }
        output.write(Path.of(PATH), context.templates().render("search",
                new Views.SearchPage(ViewFactory.rootOf(PATH))));
    }

    /**
     * Articles first, then entities, then figures; ids are places in the list. A figure names its article by that
     * article's id ({@code in}) and links by its fragment alone, which keeps the index small: the page's script
     * fills in the article's title, date and address. An article that {@code unchanged} says is as before (its graph
     * and the entities it names) has its documents' text from the previous index ({@code previous}) when that has
     * them; {@code recorder} notes where each article's text sits in the new one. The text is what Jackson writes for
     * the same documents: compact, fields in this order.
     */
    static String index(SiteModel model, ViewFactory views, Predicate<String> unchanged, SearchPieces previous,
                        SearchPieces.Recorder recorder) {
        StringBuilder json = new StringBuilder();
        index(json, model, views, unchanged, previous, recorder);
        return json.toString();
    }

    /** The same, appended to {@code json} (empty). */
    private static void index(StringBuilder json, SiteModel model, ViewFactory views, Predicate<String> unchanged,
                              SearchPieces previous, SearchPieces.Recorder recorder) {
        List<SearchPieces.Article> pieces = model.articles.parallelStream().map(article -> {
            SearchPieces.Article before = unchanged.test(article.slug())
                    ? previous.previous(article.slug(), article.figures().size()) : null;
            return before != null ? before : pieces(model, views, article);
        }).toList();
        json.append(DOCUMENTS);
        int id = 0;
        for (int a = 0; a < model.articles.size(); a++) {
            int from = open(json, id++);
            json.append(pieces.get(a).document());
            recorder.document(model.articles.get(a).slug(), from, json.length());
        }
        // The entities' documents written in one go, as the list's items (the same text as one at a time).
        ArrayNode entities = JSON.createArrayNode();
        for (EntityData entity : model.entities.values()) {
            ObjectNode doc = entities.addObject().put("id", id++).put("kind", entity.type())
                    .put("title", entity.name()).put("href", ViewFactory.entityPath(entity.id()));
            if (!entity.aliases().isEmpty()) {
                doc.put("names", String.join(" · ", entity.aliases()));
            }
        }
        if (!entities.isEmpty()) {
            String items = write(entities);
            json.append(json.length() > DOCUMENTS.length() ? "," : "").append(items, 1, items.length() - 1);
        }
        for (int a = 0; a < model.articles.size(); a++) {
            ArticleData article = model.articles.get(a);
            List<String> figures = pieces.get(a).figures();
            for (int i = 0; i < figures.size(); i++) {
                int from = open(json, id++);
                json.append(figures.get(i));
                recorder.figure(article.slug(), from, json.length());
                json.append(",\"in\":").append(a).append(",\"href\":")
                        .append(fragment(article.figures().get(i).id())).append('}');
            }
        }
        json.append("]}");
    }

    /**
     * {@code search/index.js} from the index's UTF-8 bytes ({@code json}, ending in a line break): {@value #SCRIPT},
     * the index without its line break with every {@code <} written {@code \\u003c} (so that no {@code </script>}
     * ends the tag), then {@code ;} and a line break. A byte {@code <} is that character wherever it is: UTF-8 never uses
     * ASCII bytes inside a longer character.
     */
    static byte[] script(byte[] json) {
        byte[] prefix = SCRIPT.getBytes(StandardCharsets.US_ASCII);
        int end = json.length;
        while (end > 0 && isSpace(json[end - 1])) {
            end--;
        }
        int angles = 0;
        for (int i = 0; i < end; i++) {
            if (json[i] == '<') {
                angles++;
            }
        }
        byte[] script = new byte[prefix.length + end + 5 * angles + 2];
        System.arraycopy(prefix, 0, script, 0, prefix.length);
        int at = prefix.length;
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (json[i] == '<') {
                System.arraycopy(json, from, script, at, i - from);
                at += i - from;
                for (byte b : ESCAPED_ANGLE) {
                    script[at++] = b;
                }
                from = i + 1;
            }
        }
        System.arraycopy(json, from, script, at, end - from);
        at += end - from;
        script[at++] = ';';
        script[at] = '\n';
        return script;
    }

    /** What {@link String#strip} takes off the end of an index (which ends in a line break after its brace). */
    private static boolean isSpace(byte b) {
        return b == '\n' || b == '\r' || b == ' ' || b == '\t';
    }

    /** Opens a document with its id; returns where the rest of it begins. */
    private static int open(StringBuilder json, int id) {
        if (id > 0) {
            json.append(',');
        }
        json.append("{\"id\":").append(id).append(',');
        return json.length();
    }

    /** An article's documents made from its data: its own after its id, each figure's between its id and "in". */
    private static SearchPieces.Article pieces(SiteModel model, ViewFactory views, ArticleData article) {
        TreeSet<String> names = new TreeSet<>(article.tags());
        article.mentions().stream().map(SiteModel.MentionData::entityId).distinct().map(model.entities::get)
                .filter(Objects::nonNull).forEach(e -> {
                    names.add(e.name());
                    names.addAll(e.aliases());
                });
        ObjectNode doc = JSON.createObjectNode().put("kind", "Article")
                .put("title", article.title()).put("names", String.join(" · ", names))
                .put("text", plain(article)).put("href", ViewFactory.articlePath(article.slug()));
        if (article.date() != null) {
            doc.put("date", article.date());
        }
        List<String> figures = new ArrayList<>(article.figures().size());
        for (FigureData f : article.figures()) {
            String text = afterBrace(JSON.createObjectNode().put("kind", "Figure")
                    .put("title", figureTitle(views.figure("", article, f))).put("text", f.text()));
            figures.add(text.substring(0, text.length() - 1));
        }
        return new SearchPieces.Article(afterBrace(doc), figures);
    }

    /** A JSON object's text without its opening brace. */
    private static String afterBrace(ObjectNode node) {
        return write(node).substring(1);
    }

    /** A link to a fragment as a JSON string; a plain id (letters, digits, "-", "_", ".") needs no escaping. */
    private static String fragment(String id) {
        return PLAIN_ID.matcher(id).matches() ? "\"#" + id + "\"" : write(JSON.getNodeFactory().textNode("#" + id));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A figure as a reader looks for it: subject, measure, value with what it is per, and time ("Microsoft revenue
     * $62 billion 2025", "Acme loss $0.67 per share 2025-Q1").
     */
    static String figureTitle(Views.FigureRow f) {
        List<String> parts = new ArrayList<>();
        Stream.of(f.subject() == null ? null : f.subject().label(), f.measureLabel(),
                        f.value().isEmpty() ? f.text() : f.value(), f.per() == null ? null : "per " + f.per(),
                        f.period(), f.time())
                .filter(s -> s != null && !s.isBlank()).forEach(parts::add);
        return String.join(" ", parts);
    }

    /** The article's text, headings and paragraphs one after another. */
    private static String plain(ArticleData article) {
        return String.join("\n", article.blocks().stream().map(b -> article.sentence(b.begin(), b.end()).strip()).toList());
    }
}
