package org.newsgraph.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site as a browser and an RDF client would follow it: every internal link, asset and redirect
 * ({@code <meta http-equiv="refresh">}) of every page resolves to a file (and a {@code #fragment} to an element with
 * that id), no page loads a script or stylesheet from elsewhere, every {@code rel="alternate"} RDF file parses with
 * Jena and every Atom feed is well-formed XML.
 */
public final class LinkChecker {

    private static final Set<String> RDF_TYPES = Set.of("text/turtle", "application/ld+json", "application/n-triples",
            "application/trig");

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private String rootPath = "/";

    private LinkChecker(Path site) {
        this.site = site;
    }

    /** Every problem found, one line each ("entity/x/index.html -> ../../nowhere.html: no such file"). */
    public static List<String> problems(Path site) throws IOException {
        return new LinkChecker(site.toRealPath()).check();
    }

    private List<String> check() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = site.relativize(page).toString();
            // The 404 page links from the site's root path on its host ("/" or "/news/"): its stylesheet says which.
            Element style = doc.selectFirst("link[rel=stylesheet][href$=assets/style.css]");
            rootPath = style == null ? "/" : style.attr("href").replaceFirst("assets/style\\.css$", "");
            for (Element e : doc.select("[href], [src], meta[http-equiv=refresh]")) {
                String attribute = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "content";
                String link = attribute.equals("content")
                        ? e.attr("content").replaceFirst("(?i)^\\s*\\d+\\s*;\\s*url=", "") : e.attr(attribute);
                boolean asset = e.tagName().equals("script") || e.tagName().equals("img")
                        || e.tagName().equals("link") && e.attr("rel").equals("stylesheet");
                if (link.matches("(?i)(https?:)?//.*")) {
                    if (asset) {
                        problems.add(name + " -> " + link + ": loads an asset from another site");
                    }
                    continue;
                }
                if (link.matches("(?i)(mailto|javascript|data):.*")) {
                    continue;
                }
                String problem = resolve(page, link);
                if (problem != null) {
                    problems.add(name + " -> " + link + ": " + problem);
                } else if (e.tagName().equals("link") && e.attr("rel").equals("alternate")) {
                    String parseProblem = parseAlternate(page.getParent().resolve(path(link)).normalize(), e.attr("type"));
                    if (parseProblem != null) {
                        problems.add(name + " -> " + link + ": " + parseProblem);
                    }
                }
            }
        }
        return problems;
    }

    private String resolve(Path page, String link) throws IOException {
        URI uri;
        try {
            uri = URI.create(link.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return "not a valid URI reference";
        }
        String path = uri.getRawPath();
        Path target = path == null || path.isEmpty() ? page : page.getParent().resolve(path(path)).normalize();
        if (path != null && path.startsWith("/") && uri.getScheme() == null && page.equals(site.resolve("404.html"))) {
            // The 404 page is served at any address, so it links from the site's root path ("/" at the default base).
            if (!path.startsWith(rootPath)) {
                return "not under the site's root path " + rootPath;
            }
            target = site.resolve(path(path.substring(rootPath.length()))).normalize();
        }
        if (!target.startsWith(site)) {
            return "outside the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids(target).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
            return "no element with id '" + fragment + "'";
        }
        return null;
    }

    private static String path(String link) {
        int end = link.length();
        for (char c : new char[] {'#', '?'}) {
            int at = link.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return URLDecoder.decode(link.substring(0, end), StandardCharsets.UTF_8);
    }

    private Set<String> ids(Path page) throws IOException {
        Set<String> known = ids.get(page);
        if (known == null) {
            known = Jsoup.parse(page.toFile(), "UTF-8").select("[id]").stream().map(e -> e.id())
                    .collect(Collectors.toSet());
            ids.put(page, known);
        }
        return known;
    }

    /** Null when the file parses as what its link says it is. */
    private static String parseAlternate(Path file, String type) {
        try {
            if (RDF_TYPES.contains(type)) {
                Lang lang = RDFLanguages.contentTypeToLang(type);
                var dataset = DatasetGraphFactory.create();
                RDFParser.source(file).lang(lang).parse(dataset);
                return dataset.find().hasNext() ? null : "parses, but holds no statement";
            }
            if (type.equals("application/atom+xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                var feed = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
                return "feed".equals(feed.getLocalName()) && "http://www.w3.org/2005/Atom".equals(feed.getNamespaceURI())
                        ? null : "not an Atom feed";
            }
            return null;
        } catch (Exception e) {
            return "does not parse as " + type + ": " + e.getMessage();
        }
    }
}
