package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Extraction over all the real text in ../shared, with CoreNLP: the 60 MEANTIME dev articles, every KPI-EDGAR
 * sentence and every Recognizers-Text input (both batched into documents), and the product-review sentence that
 * once made the walk over the parse loop forever. No document may throw or run past the product's default time
 * budget, unless {@code -Dnewsgraph.it.articleTimeout=SECONDS} raises it for a machine too loaded to meet it (as in
 * {@link BuildIT}). Skipped when ../shared is not there.
 */
class RealTextIT {

    private static final Path SHARED = Path.of("../shared/datasets");
    /** Where each document's time and extraction are written, to compare runs (two builds of the code, byte for byte). */
    private static final Path OUT = Path.of("target/real-text");
    /** From issue 12: CoreNLP's enhanced++ graph of this sentence holds a cycle. */
    static final String HANGING_SENTENCE = "Its essentially an $800 stone pizza oven, but portable, which isnt so "
            + "impressive until you realise it can hit 500 degrees celsius and cook a Neapolitan pizza in around a "
            + "minute.";

    @Test
    void everyDocumentIsExtractedWithinItsBudget() throws Exception {
        assumeTrue(Files.isDirectory(SHARED), "../shared/datasets is not present");
        List<Article> documents = RealTextDocuments.all(SHARED, HANGING_SENTENCE);
        assertTrue(documents.size() > 60 + 1357 / RealTextDocuments.SENTENCES_PER_DOCUMENT,
                documents.size() + " documents");
        List<String> failures = new ArrayList<>();
        TimedAnnotator parser = new TimedAnnotator(NlpPipeline.shared());
        Extractor extractor = BuildIT.budgeted(new Extractor(() -> parser, Gazetteer::bundled,
                Extractor.DEFAULT_ARTICLE_TIMEOUT, RuleFile::bundled));
        List<ExtractedArticle> done = new ArrayList<>();
        List<DocumentTime> times = new ArrayList<>();
        for (Article document : documents) {
            // One document at a time through the product's budgeted path (as extractAll with one worker), timed.
            DocumentTime.Clock clock = DocumentTime.start(parser);
            List<ExtractedArticle> one = extractor.extractAll(List.of(document), 1,
                    (article, e) -> failures.add(article.slug() + ": " + e));
            times.add(clock.stop(document));
            done.addAll(one);
        }
        DocumentTime.report(times, OUT);
        writeExtractions(done);
        assertEquals(List.of(), failures);
        assertEquals(documents.size(), done.size());
        assertTrue(done.get(0).extraction().figures().stream().anyMatch(f -> "DEG_C".equals(f.unit())),
                "500 degrees celsius is read: " + done.get(0).extraction().figures());
    }

    /** Each document's extraction as the JSON `extract` prints, one file per document, to diff two runs. */
    private static void writeExtractions(List<ExtractedArticle> done) throws IOException {
        Path folder = OUT.resolve("extractions");
        Files.createDirectories(folder);
        for (ExtractedArticle article : done) {
            Files.writeString(folder.resolve(article.article().slug() + ".json"),
                    ExtractionJson.toPrettyJson(article.extraction()), StandardCharsets.UTF_8);
        }
    }

}
