package org.newsgraph.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.site.Views.SparqlExample;

/**
 * The SPARQL page: a query editor that runs in the browser ({@link SparqlEngine} over {@link BrowserGraph}) or, under
 * {@code newsgraph serve}, at its endpoint (where the forms post without JavaScript), and the example queries of the
 * theme's {@code sparql/} folder ({@code *.rq}, in file name order), each also written beside the page for
 * {@code newsgraph query --file}. A query's leading comments give its title ({@code # title: ...}) and description;
 * {@code {base}} in a query stands for the site's base IRI.
 */
final class SparqlRenderer implements PageRenderer {

    /** Not {@code sparql/}: {@code newsgraph serve} answers queries at {@code /sparql}, which hides that folder. */
    static final String PATH = "query/index.html";
    /** Where the page used to be; a redirect is left there (see {@link RedirectRenderer}). */
    static final String FORMER_PATH = "sparql/index.html";

    @Override
    public void render(RenderContext context) throws IOException {
        String root = ViewFactory.rootOf(PATH);
        Path folder = Path.of(PATH).getParent();
        List<SparqlExample> examples = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : context.theme().files("sparql").entrySet()) {
            if (!file.getKey().endsWith(".rq") || file.getKey().contains("/")) {
                continue;
            }
            SparqlExample example = example(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8)
                    .replace("{base}", context.iris().base()));
            examples.add(example);
            context.output().write(folder.resolve(file.getKey()), example.query());
        }
        // The engine of the browser, and the graph it loads unless that is too large for a browser.
        // Taken over from the previous site while the theme's engine files are the same (gzip is the costly part).
        SparqlEngine.Inputs engine = SparqlEngine.Inputs.of(context.theme());
        if (!context.output().reuse(Path.of(SparqlEngine.PATH), engine.key())) {
            context.output().write(Path.of(SparqlEngine.PATH), SparqlEngine.script(engine));
        }
        long quads = context.statistics().quads();
        boolean fits = BrowserGraph.fits(quads);
        if (fits) {
            // Made from the whole dataset and nothing else: taken over while no graph changed (a template edit).
            // After a change, only the changed graphs are compressed again.
            BrowserGraphPieces.write(context, quads);
        }
        // The endpoint is where serve answers and where the VoID description says it is: the base IRI's "sparql".
        context.output().write(Path.of(PATH), context.templates().render("sparql",
                new Views.SparqlPage(root, root + "sparql", examples, context.iris().base(), root + SparqlEngine.PATH,
                        fits ? root + BrowserGraph.PATH : null, quads, BrowserGraph.MAX_QUADS,
                        Formats.statements(context.statistics().triples(), quads, context.statistics().graphs()))));
    }

    /** Reads an example query: its name is the file name, title and description come from its leading comments. */
    static SparqlExample example(String fileName, String query) {
        String name = fileName.substring(0, fileName.length() - ".rq".length());
        String title = name;
        StringBuilder description = new StringBuilder();
        for (String line : query.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).strip();
            if (comment.startsWith("title:")) {
                title = comment.substring("title:".length()).strip();
            } else {
                description.append(description.isEmpty() ? "" : " ").append(comment);
            }
        }
        return new SparqlExample(name, title, description.toString(), query, fileName);
    }
}
