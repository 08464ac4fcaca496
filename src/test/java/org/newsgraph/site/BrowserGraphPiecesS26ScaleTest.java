package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.graph.StatementHash;
import org.newsgraph.testing.SampleProject;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

/**
 * The query page's graph ({@code data/graph-nq-gz.js}) is cut into gzip pieces where the graphs' statements alone say
 * (their {@link StatementHash}), not where a key holding the code's fingerprint says: the same graph gives the same
 * bytes whatever version of Newsgraph writes it, so a new version does not rewrite the file. Forty articles (about
 * three cuts), built with the text-only stand-in for CoreNLP; the pieces' lengths in the site's index are checked
 * against the cuts worked out here from the file's own N-Quads.
 */
class BrowserGraphPiecesS26ScaleTest {

    private static final String[] NAMES = {"Microsoft", "Walmart", "Google", "Amazon", "Apple", "Oracle", "Nvidia",
        "Airbus", "Boeing", "Tesla"};

    @TempDir
    Path dir;

    @Test
    void piecesEndWhereAGraphsStatementHashSays() throws Exception {
        Path project = SampleProject.create(dir.resolve("project"));
        for (int i = 0; i < 40; i++) {
            SampleProject.write(project.resolve("articles/2025-03-" + String.format("%02d", 1 + i % 28) + "-story-" + i
                    + ".md"), "---\ntitle: Story " + i + "\ndate: 2025-03-" + String.format("%02d", 1 + i % 28)
                    + "\n---\n" + NAMES[i % NAMES.length] + " said revenue rose " + (i + 2) + "% to $" + (i + 3)
                    + ".5 billion. " + NAMES[(i * 7 + 3) % NAMES.length] + " opened " + (i + 4) + " new stores.\n");
        }
        new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample())).build(BuildConfig.inFolder(project));
        Path site = project.resolve("site");

        String script = Files.readString(site.resolve(BrowserGraph.PATH), StandardCharsets.US_ASCII);
        byte[] gzip = Base64.getDecoder().decode(script.substring(script.indexOf("(\"") + 2, script.indexOf("\",")));
        String nquads;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            nquads = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dataset);
        assertTrue(dataset.getDefaultGraph().isEmpty(), "every statement is in a named graph");
        // Each graph's N-Quads, in the file's order (graphs by IRI): its length in bytes.
        Map<String, Long> length = new LinkedHashMap<>();
        for (String line : nquads.split("\n")) {
            String graph = line.substring(line.lastIndexOf(" <") + 2, line.length() - "> .".length());
            length.merge(graph, (long) line.getBytes(StandardCharsets.UTF_8).length + 1, Long::sum);
        }
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        assertEquals(names.stream().map(Node::getURI).toList(), List.copyOf(length.keySet()));
        List<Long> expected = new ArrayList<>();
        long piece = 0;
        for (int i = 0; i < names.size(); i++) {
            Node name = names.get(i);
            piece += length.get(name.getURI());
            if (i == names.size() - 1 || BrowserGraphPieces.endsGroup(StatementHash.of(() -> dataset.getGraph(name).find()))) {
                expected.add(piece);
                piece = 0;
            }
        }
        assertTrue(expected.size() >= 2, "the graphs make more than one piece: " + expected);
        List<Long> written = Files.readAllLines(site.resolve(BrowserGraphPieces.INDEX)).stream()
                .map(line -> Long.parseLong(line.split(" ")[4])).toList();
        assertEquals(expected, written, "each piece's text length in the index, over " + names.size() + " graphs");
    }
}
