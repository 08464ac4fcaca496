package org.newsgraph.testing;

import java.nio.file.Path;
import org.newsgraph.BuildConfig;
import org.newsgraph.Newsgraph;
import org.newsgraph.extract.Extractor;
import org.newsgraph.io.OldFolders;
import org.newsgraph.store.GraphStore;

/**
 * A process that builds a project over and over, alternating the base IRI so that every build renders the whole
 * site; for tests that kill a build at a random moment. Arguments: the project folder, and {@code --store} to keep
 * the graph store too (each build then rewrites every graph of it), or {@code --old-sites-in-background} to delete
 * each previous site after the build returns, as {@code serve} does.
 */
public final class StandInBuild {

    private StandInBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Newsgraph newsgraph = new Newsgraph(new Extractor(SimpleAnnotator::new, TestGazetteer.sample()));
        boolean background = args.length > 1 && args[1].equals("--old-sites-in-background");
        if (background) {
            newsgraph.deleteOldSitesWith(OldFolders.inBackground());
        }
        for (int i = 0; ; i++) {
            BuildConfig config = BuildConfig.inFolder(project);
            BuildConfig build = new BuildConfig(config.articles(), config.site(), config.templates(),
                    i % 2 == 0 ? "http://localhost:8080/" : "http://localhost:8080/other/");
            newsgraph.build(args.length > 1 && args[1].equals("--store") ? build.withStore(GraphStore.Use.ALWAYS) : build);
            if (background) {
                System.out.println("committed " + i);   // the previous site may still be being deleted
            }
            System.out.println("built " + i);
        }
    }
}
