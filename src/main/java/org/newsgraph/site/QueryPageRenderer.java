package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.site.Views.QueryExample;

/**
 * The SPARQL page ({@code query/index.html}): a form for {@code newsgraph serve}'s endpoint and the example
 * queries, each also written as {@code query/<name>.rq} for {@code newsgraph query --file}.
 */
final class QueryPageRenderer implements PageRenderer {

    /** The bundled examples, in page order; each file starts with a '# title' line and a '# description' line. */
    static final List<String> EXAMPLES = List.of("who-is-ceo", "monthly-spending", "customers-of-microsoft",
            "most-mentioned", "ownership");

    @Override
    public void render(RenderContext context) throws IOException {
        List<QueryExample> examples = new ArrayList<>();
        for (String name : EXAMPLES) {
            String sparql = bundled(name).replace("{base}", context.iris().base());
            List<String> lines = sparql.lines().toList();
            examples.add(new QueryExample(name, comment(lines.get(0)), comment(lines.get(1)), sparql, name + ".rq"));
            context.output().write(Path.of("query", name + ".rq"), sparql);
        }
        Views.QueryPage page = new Views.QueryPage("../", "SPARQL", examples);
        context.output().write(Path.of("query", "index.html"), context.templates().render("query", page));
    }

    private static String comment(String line) {
        return line.replaceFirst("^#\\s*", "").strip();
    }

    private static String bundled(String name) {
        try (InputStream in = QueryPageRenderer.class.getResourceAsStream("queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("example query " + name + ".rq is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
