package org.newsgraph.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * The repository's sample articles built into a site without CoreNLP: fast, no models. Each article's CoreNLP
 * annotations are read from {@code src/test/resources/annotations} (written by {@code newsgraph eval --annotations};
 * relations need a dependency parse), an edited article falls back to the text-only stand-in.
 */
public final class SampleSite {

    private SampleSite() {
    }

    /** An extractor on the stored annotations of the test resources' articles, else the text-only stand-in. */
    public static Extractor extractor() {
        return new Extractor(() -> StoredAnnotator.readOnly(SimpleAnnotator::new,
                Path.of("src/test/resources/annotations")), TestGazetteer.sample());
    }

    /** Builds {@code folder/site} from a copy of the repository's articles and theme; returns the site folder. */
    public static Path build(Path folder) throws IOException {
        Path project = SampleProject.create(folder);
        try (Stream<Path> articles = Files.list(SampleProject.repository().resolve("articles"))) {
            for (Path article : (Iterable<Path>) articles::iterator) {
                Files.copy(article, project.resolve("articles").resolve(article.getFileName()));
            }
        }
        BuildReport report = new Newsgraph(extractor()).build(BuildConfig.inFolder(project));
        if (!report.ok()) {
            throw new IllegalStateException("the sample articles did not build: " + report.problems());
        }
        return project.resolve("site");
    }
}
