package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.newsgraph.site.SiteModel.EntityData;

/** A page at each IRI that curation merged away, so that old links still lead to the entity. */
final class RedirectRenderer implements PageRenderer {

    @Override
    public void render(RenderContext context) throws IOException {
        String root = "../../";
        for (Map.Entry<String, String> redirect : context.model().redirects.entrySet()) {
            EntityData target = context.model().entities.get(redirect.getValue());
            if (target == null || context.model().entities.containsKey(redirect.getKey())) {
                continue;
            }
            Views.RedirectPage page = new Views.RedirectPage(root, target.name(),
                    root + "entity/" + target.id() + "/index.html", context.iris().entity(target.id()).getURI());
            context.output().write(Path.of("entity/" + redirect.getKey() + "/index.html"),
                    context.templates().render("redirect", page));
        }
    }
}
