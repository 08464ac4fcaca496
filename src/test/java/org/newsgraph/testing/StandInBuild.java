package org.newsgraph.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgraph.BuildConfig;
import org.newsgraph.BuildReport;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;

/** {@code newsgraph build} of one project folder with the text-only annotator, for tests that run a build in a child JVM. */
public final class StandInBuild {

    private StandInBuild() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("started");
        System.out.flush();
        BuildReport report = new Newsgraph(new Extractor(SimpleAnnotator::new, Gazetteer.bundled()))
                .build(BuildConfig.inFolder(Path.of(args[0])));
        System.out.println("built " + report.articles());
        System.exit(report.ok() ? 0 : 1);
    }
}
