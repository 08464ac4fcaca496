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
import org.newsgraph.io.SiteLock;

/**
 * The files of {@code site/}. Written here rather than with Jetty's DefaultServlet because pages get the live-reload
 * script on the way out and {@code site/} is replaced whole by every build, which a resource cache would not notice.
 * A folder IRI answers with its {@code index.html}, or with {@code index.ttl} / {@code index.jsonld} when the client
 * asks for Turtle or JSON-LD (the IRI is the page; {@code Vary: Accept}); the ontology's namespace IRI
 * ({@code /ontology}) answers with {@code ontology.ttl}; a missing file with the site's {@code 404.html}. No request
 * reaches a file outside the site folder, nor the build's bookkeeping files in it ({@code .newsgraph-*}).
 *
 * <p>A build commits into the site folder in place ({@code StagedOutput.commit}), so each answer is made under the
 * read side of the {@link SiteLock} the builds commit under: looked up and read in full while no commit runs, and
 * sent once the lock is let go (a slow client never holds a commit up).
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
    /** What builds commit under: each answer is made under its read side. */
    private final SiteLock lock;

    SiteServlet(Path site) {
        this(site, SiteLock.create());
    }

    SiteServlet(Path site, SiteLock lock) {
        this.root = site.toAbsolutePath().normalize();
        this.lock = lock;
    }

    /** An answer made under the lock (the file read in full), sent after it is let go. */
    private interface Answer {
        void send(HttpServletResponse response) throws IOException;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        lock.read(() -> answer(request)).send(response);
    }

    private Answer answer(HttpServletRequest request) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals(ONTOLOGY) && resolve("/ontology.ttl").isPresent()) {
            Answer file = file(resolve("/ontology.ttl").get(), HttpServletResponse.SC_OK);
            return response -> {
                response.setHeader("Vary", "Accept");
                file.send(response);
            };
        }
        Optional<Path> found = resolve(path);
        if (found.isEmpty()) {
            return notFound();
        }
        Path file = found.get();
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // Pages link relatively (../../entity/x/index.html), which only works from the folder's own URL.
                String query = request.getQueryString();
                String to = request.getRequestURI() + "/" + (query == null ? "" : "?" + query);
                return response -> response.sendRedirect(to);
            }
            Path folder = file;
            List<String> offered = OFFERED.stream()
                    .filter(type -> Files.isRegularFile(folder.resolve(REPRESENTATIONS.get(type)))).toList();
            if (offered.isEmpty()) {
                return vary(notFound());
            }
            Optional<String> chosen = Negotiation.choose(request.getHeader("Accept"), offered);
            if (chosen.isEmpty()) {
                String message = "this resource is available as " + String.join(", ", offered);
                return vary(response -> response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, message));
            }
            file = file.resolve(REPRESENTATIONS.get(chosen.get()));
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                return vary(notFound());
            }
            return vary(file(file, HttpServletResponse.SC_OK));
        }
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
            return notFound();
        }
        return file(file, HttpServletResponse.SC_OK);
    }

    /** The same answer with {@code Vary: Accept} (a folder's, negotiated). */
    private static Answer vary(Answer answer) {
        return response -> {
            response.setHeader("Vary", "Accept");
            answer.send(response);
        };
    }

    /** 404 with the site's own page ({@code 404.html}, which links from the site's root), else the server's. */
    private Answer notFound() throws IOException {
        Optional<Path> page = resolve("/404.html");
        if (page.isPresent() && Files.isRegularFile(page.get())) {
            return file(page.get(), HttpServletResponse.SC_NOT_FOUND);
        }
        return response -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A file's answer, its bytes read now (under the lock). */
    private static Answer file(Path file, int status) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] read = Files.readAllBytes(file);
        byte[] body = extension.equals("html")
                ? LiveReload.inject(new String(read, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : read;
        return response -> {
            response.setStatus(status);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        };
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
