package org.newsgraph.site;

import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;

/** What every page renderer works from and writes to. */
record RenderContext(SiteModel model, ViewFactory views, Templates templates, StagedOutput output,
                     DatasetGraph dataset, Iris iris, GraphFiles graphFiles) {
}
