package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;

/**
 * A MEANTIME article as the coreference evaluations score it: its gold JSON, its text annotated (dated by the
 * article) and the extraction from that annotation.
 */
record MeantimeArticle(JsonNode gold, AnnotatedText annotated, Extraction extraction) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads, annotates and extracts one article file of the MEANTIME export. */
    static MeantimeArticle read(Path file, Supplier<? extends Annotator> nlp, Extractor extractor) throws IOException {
        JsonNode gold = JSON.readTree(file.toFile());
        AnnotatedText annotated = nlp.get().annotate(gold.path("text").asText(), Halves.meantimeDate(gold));
        return new MeantimeArticle(gold, annotated,
                extractor.extractWithinBudget(file.getFileName().toString(), annotated));
    }
}
