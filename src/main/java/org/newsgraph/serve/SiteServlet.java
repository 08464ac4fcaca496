package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of {@code site/}. Written here rather than with Jetty's DefaultServlet because pages get the live-reload
 * script on the way out and {@code site/} is replaced whole by every build, which a resource cache would not notice.
 * A folder IRI answers with its {@code index.html}, or with {@code index.ttl} / {@code index.jsonld} when the client
 * asks for Turtle or JSON-LD (the IRI is the page). No request reaches a file outside the site folder.
 */
final class SiteServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"), Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("ttl", "text/turtle;charset=utf-8"), Map.entry("trig", "application/trig;charset=utf-8"),
            Map.entry("nt", "application/n-triples;charset=utf-8"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("json", "application/json"), Map.entry("rq", "application/sparql-query;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("txt", "text/plain;charset=utf-8"));

    private final Path root;

    SiteServlet(Path site) {
        this.root = site.toAbsolutePath().normalize();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Optional<Path> found = resolve(path);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
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
            file = file.resolve(negotiated(request.getHeader("Accept"), file));
        }
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
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

    /** The file a decoded request path names, if it stays inside the site: no '..', '.', backslash or NUL segment. */
    Optional<Path> resolve(String path) {
        Path file = root;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0
                    || segment.indexOf(':') >= 0) {
                return Optional.empty();
            }
            file = file.resolve(segment);
        }
        file = file.normalize();
        return file.startsWith(root) && Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private static String negotiated(String accept, Path folder) {
        if (accept != null && !accept.contains("text/html")) {
            if (accept.contains("text/turtle") && Files.isRegularFile(folder.resolve("index.ttl"))) {
                return "index.ttl";
            }
            if (accept.contains("application/ld+json") && Files.isRegularFile(folder.resolve("index.jsonld"))) {
                return "index.jsonld";
            }
        }
        return "index.html";
    }
}
