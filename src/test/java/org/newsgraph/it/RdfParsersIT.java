package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.Dump;
import org.newsgraph.testing.SampleSite;
import org.newsgraph.testing.SkippedBrowserSuites;

/**
 * Every RDF file the site publishes, read by a second, independent parser: raptor's {@code rapper} (Debian's
 * raptor2-utils, an RDF 1.1 parser in C). A file VoID calls RDF 1.1, and every page's Turtle without triple terms,
 * must parse there to the same number of statements as Jena reads; a file with triple terms must have its RDF 1.1
 * form beside it, which must. Skipped without {@code rapper}; {@code .ci/run} fails a CI run that skipped it.
 */
@Tag(SkippedBrowserSuites.PARSER_TAG)
class RdfParsersIT {

    private static final Path RAPPER = Path.of("/usr/bin/rapper");
    private static final Map<String, String> SYNTAX = Map.of("ttl", "turtle", "nt", "ntriples", "trig", "trig");
    private static final Pattern COUNT = Pattern.compile("returned (\\d+) (?:triples|statements)");

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        assumeTrue(Files.isExecutable(RAPPER), "no rapper here; install it with: " + SkippedBrowserSuites.PARSER_INSTALL);
        site = SampleSite.build(dir.resolve("project"));
    }

    @Test
    void everyDumpVoidCallsRdf11ParsesInRapperAsInJena() throws Exception {
        Graph voidGraph = RDFParser.source(site.resolve("data/void.ttl")).lang(Lang.TURTLE).toGraph();
        String base = "http://localhost:8080/";
        List<String> rdf11 = new ArrayList<>();
        for (Dump dump : Dump.ALL) {
            Node file = NodeFactory.createURI(base + dump.path());
            assertTrue(voidGraph.contains(Node.ANY, VOID.dataDump.asNode(), file), dump.path() + " listed");
            assertTrue(voidGraph.contains(file, DCTerms.conformsTo.asNode(), NodeFactory.createURI(dump.concepts())),
                    dump.path() + " says its RDF version");
            assertTrue(voidGraph.contains(file, DCTerms.format.asNode(), NodeFactory.createLiteralString(dump.mediaType())));
            if (dump.rdf().equals("1.1") && !dump.path().endsWith(".jsonld")) {
                rdf11.add(dump.path());
            }
        }
        assertEquals(List.of("data/graph-rdf11.trig", "data/graph-rdf11.ttl", "data/graph-rdf11.nt"), rdf11);
        for (String path : rdf11) {
            assertSameCount(site.resolve(path));
        }
        long reified = RDFParser.source(site.resolve("data/graph-rdf11.nt")).lang(Lang.NTRIPLES).toGraph()
                .find(Node.ANY, org.apache.jena.vocabulary.RDF.subject.asNode(), Node.ANY).toList().size();
        assertTrue(reified > 0, "relations keep their provenance as rdf:Statement in RDF 1.1");
    }

    @Test
    void rapperRefusesTheRdf12DumpsWhichIsWhyTheRdf11OnesExist() throws Exception {
        assertFalse(rapper(site.resolve("data/graph.nt")).ok(), "the sample's relations are triple terms in RDF 1.2");
    }

    @Test
    void everyRdfFileOfTheSiteOrItsRdf11FormParsesInRapper() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(f -> SYNTAX.containsKey(extension(f))).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            if (!hasTripleTerms(file)) {
                assertSameCount(file);
                checked++;
                continue;
            }
            String name = file.getFileName().toString();
            Path rdf11 = file.resolveSibling(name.replaceFirst("\\.(\\w+)$", "-rdf11.$1"));
            assertTrue(Files.isRegularFile(rdf11), file + " uses triple terms and has no RDF 1.1 form " + rdf11);
            assertFalse(hasTripleTerms(rdf11), rdf11.toString());
        }
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith("index-rdf11.ttl")), "article pages' RDF 1.1");
        assertTrue(checked > 20, "pages, dumps, VoID and the ontology were read: " + checked);
    }

    private static void assertSameCount(Path file) throws Exception {
        Rapper result = rapper(file);
        assertTrue(result.ok(), file + ": rapper failed:\n" + result.output());
        assertEquals(jenaCount(file), result.count(), file + ": rapper and Jena read different numbers of statements");
    }

    private static long jenaCount(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE);
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(file).lang(lang).parse(dataset);
        return dataset.stream().count();
    }

    private static boolean hasTripleTerms(Path file) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.source(file).lang(RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE)).parse(dataset);
        return dataset.stream().anyMatch(q -> q.getSubject().isTripleTerm() || q.getObject().isTripleTerm());
    }

    private record Rapper(boolean ok, long count, String output) {
    }

    private static Rapper rapper(Path file) throws Exception {
        Process process = new ProcessBuilder(RAPPER.toString(), "-i", SYNTAX.get(extension(file)), "-c",
                file.toUri().toString(), "http://localhost:8080/").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "rapper finished");
        Matcher count = COUNT.matcher(output);
        boolean ok = process.exitValue() == 0 && !output.contains("rapper: Error") && count.find();
        return new Rapper(ok, ok ? Long.parseLong(count.group(1)) : -1, output);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }
}
