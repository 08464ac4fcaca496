package org.newsgraph.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code .htaccess}: content negotiation on Apache httpd, which reads this file from the folder it serves (other
 * static hosts ignore it; the README's "Publishing" has the nginx equivalent). The IRI of an article or an entity
 * (its folder, with the trailing slash) answers {@code index.ttl} or {@code index.jsonld} to a client that asks for
 * Turtle or JSON-LD and not for HTML, with {@code Vary: Accept}; the ontology's namespace IRI answers with
 * {@code ontology.ttl}; data files get their media types; a missing page gets {@code 404.html}. Unlike
 * {@code serve}, mod_rewrite does not weigh q-values: a client that names HTML anywhere in Accept gets HTML.
 */
final class HtaccessRenderer implements PageRenderer {

    static final String PATH = ".htaccess";

    @Override
    public void render(RenderContext context) throws IOException {
        context.output().write(Path.of(PATH), text(NotFoundRenderer.rootPath(context.iris().base())));
    }

    static String text(String rootPath) {
        return """
                # Written by Newsgraph for Apache httpd (mod_mime, mod_dir, mod_rewrite, mod_headers); other hosts
                # ignore it (see the README, Publishing). The IRI of an article or entity is its folder: HTML by
                # default, Turtle or JSON-LD to a client that asks for them and not for HTML.
                AddType text/turtle .ttl
                AddType application/trig .trig
                AddType application/n-triples .nt
                AddType application/ld+json .jsonld
                AddType application/sparql-query .rq
                DirectoryIndex index.html
                ErrorDocument 404 {root}404.html

                <IfModule mod_rewrite.c>
                  RewriteEngine On
                  RewriteBase {root}
                  RewriteCond %{HTTP_ACCEPT} text/turtle
                  RewriteCond %{HTTP_ACCEPT} !text/html
                  RewriteRule ^((article|entity)/[^/]+/)$ $1index.ttl [L]
                  RewriteCond %{HTTP_ACCEPT} application/ld\\+json
                  RewriteCond %{HTTP_ACCEPT} !text/html
                  RewriteRule ^((article|entity)/[^/]+/)$ $1index.jsonld [L]
                  # The ontology's namespace IRI ({base}ontology#term) answers with the ontology.
                  RewriteRule ^ontology$ ontology.ttl [L]
                </IfModule>
                # The build's bookkeeping files (what each page was made from) are no part of the site.
                <FilesMatch "^\\.newsgraph-">
                  Require all denied
                </FilesMatch>
                <IfModule mod_headers.c>
                  <FilesMatch "^index\\.(html|ttl|jsonld)$">
                    Header append Vary Accept
                  </FilesMatch>
                </IfModule>
                """.replace("{root}", rootPath);
    }
}
