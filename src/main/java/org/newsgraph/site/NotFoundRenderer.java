package org.newsgraph.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * {@code 404.html}: the page a missing address gets, from {@code serve} and from static hosts that use the file
 * (GitHub Pages, Netlify, Cloudflare Pages; Apache through {@code .htaccess}, nginx through {@code error_page}). It is
 * served at whatever address was missing, so its links start at the site's root path (the base IRI's path) instead of
 * being relative like every other page's.
 */
final class NotFoundRenderer implements PageRenderer {

    static final String PATH = "404.html";

    @Override
    public void render(RenderContext context) throws IOException {
        Views.NotFoundPage page = new Views.NotFoundPage(rootPath(context.iris().base()), "Page not found");
        context.output().write(Path.of(PATH), context.templates().render("404", page));
    }

    /** The path of the site's root on its host: {@code /} for {@code https://example.org/}, {@code /news/} below it. */
    static String rootPath(String base) {
        String path = URI.create(base).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
