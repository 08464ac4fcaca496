package org.newsgraph.site;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.site.SiteModel.ArticleData;

/**
 * {@code sitemap.xml}: every page written so far (so it runs last) but the redirects, by the URL a web server gives
 * it; an article's date is its page's last change, and an entity page changes with the newest article that mentions
 * it.
 * Also {@code robots.txt}, which points crawlers at the sitemap.
 */
final class SitemapRenderer implements PageRenderer {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Override
    public void render(RenderContext context) throws IOException {
        Map<String, String> lastModified = new HashMap<>();
        for (ArticleData article : context.model().articles) {
            if (article.date() != null) {
                lastModified.put(ViewFactory.articlePath(article.slug()), article.date());
            }
        }
        context.model().articlesByEntity().forEach((id, articles) -> articles.stream().map(ArticleData::date)
                .filter(Objects::nonNull).max(String::compareTo)
                .ifPresent(d -> lastModified.put(ViewFactory.entityPath(id), d)));
        Set<String> redirects = RedirectRenderer.redirects(context).stream().map(RedirectRenderer.Redirect::path)
                .collect(Collectors.toSet());
        // Every page the output holds (written or taken over), from its own record of its files, not a walk of them.
        List<String> pages = context.output().files().stream()
                .filter(p -> p.equals("index.html") || p.endsWith("/index.html")).filter(p -> !redirects.contains(p))
                .toList();
        String base = context.iris().base();
        StringWriter xml = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(xml);
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(NS);
            for (String page : pages) {
                out.writeCharacters("\n  ");
                out.writeStartElement("url");
                element(out, "loc", base + page.substring(0, page.length() - "index.html".length()));
                if (lastModified.containsKey(page)) {
                    element(out, "lastmod", lastModified.get(page));
                }
                out.writeEndElement();
            }
            out.writeCharacters("\n");
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write sitemap.xml", e);
        }
        context.output().write(Path.of("sitemap.xml"), xml + "\n");
        context.output().write(Path.of("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n");
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
