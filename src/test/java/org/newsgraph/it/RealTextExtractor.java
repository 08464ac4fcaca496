package org.newsgraph.it;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * The extractor the integration tests over real text (KPI-EDGAR, judged samples) run: the shared CoreNLP pipeline, or,
 * with {@code -Dnewsgraph.annotations=DIR}, CoreNLP's output stored there by the eval (read only: it only saves time);
 * 900 s per text, the machine being shared.
 */
final class RealTextExtractor {

    private RealTextExtractor() {
    }

    static Extractor fromProperty() {
        String annotations = System.getProperty("newsgraph.annotations", "");
        return annotations.isBlank()
                ? new Extractor(NlpPipeline::shared, Gazetteer.bundled(), Duration.ofSeconds(900))
                : new Extractor(() -> StoredAnnotator.readOnly(NlpPipeline::shared, Path.of(annotations)),
                        Gazetteer.bundled(), Duration.ofSeconds(900));
    }
}
