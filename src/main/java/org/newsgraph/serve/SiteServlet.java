package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of {@code site/}. Written here rather than with Jetty's DefaultServlet because pages get the live-reload
 * script on the way out and {@code site/} is replaced whole by every build, which a resource cache would not notice.
 * A folder IRI answers with its {@code index.html}, or with {@code index.ttl} / {@code index.jsonld} when the client
 * asks for Turtle or JSON-LD (the IRI is the page; {@code Vary: Accept}); the ontology's namespace IRI
 * ({@code /ontology}) answers with {@code ontology.ttl}; a missing file with the site's {@code 404.html}. No request
 * reaches a file outside the site folder, nor the build's bookkeeping files in it ({@code .newsgraph-*}).
 */
final class SiteServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"), Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("ttl", "text/turtle;charset=utf-8"), Map.entry("trig", "application/trig;charset=utf-8"),
            Map.entry("nt", "application/n-triples;charset=utf-8"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("json", "application/json"), Map.entry("rq", "application/sparql-query;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain;charset=utf-8"));

    /** A folder's representations, HTML first (the default), and the file of each. */
    private static final Map<String, String> REPRESENTATIONS = Map.of("text/html", "index.html",
            "text/turtle", "index.ttl", "application/ld+json", "index.jsonld");
    private static final List<String> OFFERED = List.of("text/html", "text/turtle", "application/ld+json");
    /** The path of the ontology's namespace document ({@code {base}ontology#} names its terms). */
    static final String ONTOLOGY = "/ontology";

    private final Path root;

    SiteServlet(Path site) {
        this.root = site.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals(ONTOLOGY) && resolve("/ontology.ttl").isPresent()) {
            response.setHeader("Vary", "Accept");
            send(response, resolve("/ontology.ttl").get(), HttpServletResponse.SC_OK);
            return;
        }
        Optional<Path> found = resolve(path);
        if (found.isEmpty()) {
            notFound(response);
            return;
        }
        Path file = found.get();
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // Pages link relatively (../../entity/x/index.html), which only works from the folder's own URL.
                String query = request.getQueryString();
                response.sendRedirect(request.getRequestURI() + "/" + (query == null ? "" : "?" + query));
                return;
            }
            response.setHeader("Vary", "Accept");
            Path folder = file;
            List<String> offered = OFFERED.stream()
                    .filter(type -> Files.isRegularFile(folder.resolve(REPRESENTATIONS.get(type)))).toList();
            if (offered.isEmpty()) {
                notFound(response);
                return;
            }
            Optional<String> chosen = Negotiation.choose(request.getHeader("Accept"), offered);
            if (chosen.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "this resource is available as "
                        + String.join(", ", offered));
                return;
            }
            file = file.resolve(REPRESENTATIONS.get(chosen.get()));
        }
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            notFound(response);
            return;
        }
        send(response, file, HttpServletResponse.SC_OK);
    }

    /** 404 with the site's own page ({@code 404.html}, which links from the site's root), else the server's. */
    private void notFound(HttpServletResponse response) throws IOException {
        Optional<Path> page = resolve("/404.html");
        if (page.isPresent() && Files.isRegularFile(page.get())) {
            send(response, page.get(), HttpServletResponse.SC_NOT_FOUND);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(HttpServletResponse response, Path file, int status) throws IOException {
        response.setStatus(status);
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "no-cache");
        byte[] body = Files.readAllBytes(file);
        if (extension.equals("html")) {
            body = LiveReload.inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The file a decoded request path names, if it stays inside the site: no '..', '.', backslash or NUL segment, and
     * none of the build's bookkeeping files.
     */
    Optional<Path> resolve(String path) {
        Path file = root;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0
                    || segment.indexOf(':') >= 0 || org.newsgraph.io.StagedOutput.bookkeeping(segment)) {
                return Optional.empty();
            }
            file = file.resolve(segment);
        }
        file = file.normalize();
        return file.startsWith(root) && Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

}
