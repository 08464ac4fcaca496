package org.newsgraph.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;

/** The repository's sample articles built into a site with the text-only stand-in for CoreNLP: fast, no models. */
public final class SampleSite {

    private SampleSite() {
    }

    /** Builds {@code folder/site} from a copy of the repository's articles and theme; returns the site folder. */
    public static Path build(Path folder) throws IOException {
        Path project = SampleProject.create(folder);
        try (Stream<Path> articles = Files.list(SampleProject.repository().resolve("articles"))) {
            for (Path article : (Iterable<Path>) articles::iterator) {
                Files.copy(article, project.resolve("articles").resolve(article.getFileName()));
            }
        }
        BuildReport report = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()))
                .build(BuildConfig.inFolder(project));
        if (!report.ok()) {
            throw new IllegalStateException("the sample articles did not build: " + report.problems());
        }
        return project.resolve("site");
    }
}
