package org.newsgraph.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.graph.GraphFiles;

/**
 * The graph as the query page loads it into the SPARQL engine of the browser: every quad of the dataset (one named
 * graph per article and one for the entities, as {@code serve} and {@code query} see them) as N-Quads, gzip'd, in
 * graph then statement order. Oxigraph 0.5 reads RDF 1.2 triple terms ({@code <<( s p o )>>}), so this is the same
 * RDF 1.2 as the other dumps. A browser does not let a page opened from {@code file://} fetch a file, but it does run
 * a script: the gzip is written base64-encoded inside a small script that hands it to the page.
 */
public final class BrowserGraph {

    /** Where the page finds it, relative to the site's root. */
    public static final String PATH = "data/graph-nq-gz.js";
    /**
     * Above this many quads the page does not load the graph (and none is written): the browser becomes too slow to be
     * of use (see bench/RESULTS.md, issue 15) and the page points to {@code serve}, {@code query --store} and the dumps.
     */
    static final long MAX_QUADS = 400_000;
    /** What the script calls: the page defines it before adding the script. */
    static final String CALLBACK = "newsgraphSparqlGraph";

    private static final Comparator<Quad> ORDER = Comparator.comparing((Quad q) -> q.getGraph().getURI())
            .thenComparing(Quad::asTriple, GraphFiles.ORDER);

    private BrowserGraph() {
    }

    /** Whether a dataset of this many quads is loaded in the browser. */
    static boolean fits(long quads) {
        return quads <= MAX_QUADS;
    }

    /** The dataset's quads as gzip'd N-Quads, byte for byte the same for the same dataset. */
    public static byte[] nquadsGzip(DatasetGraph dataset) throws IOException {
        List<Quad> quads = new ArrayList<>();
        dataset.find().forEachRemaining(quads::add);
        quads.sort(ORDER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // GZIPOutputStream writes no file name and a zero time stamp: the same quads give the same bytes.
        try (OutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            GraphFiles.writeNQuads(quads, gzip);
        }
        return bytes.toByteArray();
    }

    /** The script that hands the gzip to the page: {@code newsgraphSparqlGraph("<base64>", quads);}. */
    public static byte[] script(byte[] gzip, long quads) {
        return (CALLBACK + "(\"" + Base64.getEncoder().encodeToString(gzip) + "\", " + quads + ");\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
