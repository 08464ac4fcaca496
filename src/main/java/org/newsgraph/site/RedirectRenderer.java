package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.site.SiteModel.EntityData;

/**
 * A page left where a page used to be, so that old links still lead somewhere: at each IRI that curation merged
 * away (to the entity it became) and at the SPARQL page's former address.
 */
final class RedirectRenderer implements PageRenderer {

    /** A redirect page and the path it is written to. */
    record Redirect(String path, Views.RedirectPage page) {
    }

    @Override
    public void render(RenderContext context) throws IOException {
        for (Redirect redirect : redirects(context)) {
            context.page(redirect.path(), "redirect", redirect.page());
        }
    }

    /** Every redirect of the site; the sitemap leaves them out. */
    static List<Redirect> redirects(RenderContext context) {
        List<Redirect> redirects = new ArrayList<>();
        String root = "../../";
        for (Map.Entry<String, String> merged : context.model().redirects.entrySet()) {
            EntityData target = context.model().entities.get(merged.getValue());
            if (target == null || context.model().entities.containsKey(merged.getKey())) {
                continue;
            }
            redirects.add(new Redirect("entity/" + merged.getKey() + "/index.html", new Views.RedirectPage(root,
                    target.name(), root + "entity/" + target.id() + "/index.html",
                    context.iris().entity(target.id()).getURI())));
        }
        String sparqlRoot = ViewFactory.rootOf(SparqlRenderer.FORMER_PATH);
        redirects.add(new Redirect(SparqlRenderer.FORMER_PATH, new Views.RedirectPage(sparqlRoot, "SPARQL",
                sparqlRoot + SparqlRenderer.PATH, context.iris().base() + folderOf(SparqlRenderer.PATH))));
        return redirects;
    }

    private static String folderOf(String page) {
        return page.substring(0, page.length() - "index.html".length());
    }
}
