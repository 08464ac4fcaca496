package org.newsgraph.site;

import java.io.IOException;

/** Renders one kind of page (or file) of the site. */
interface PageRenderer {

    void render(RenderContext context) throws IOException;
}
