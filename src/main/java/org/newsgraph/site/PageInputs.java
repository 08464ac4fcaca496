package org.newsgraph.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;

/**
 * The dependency index of the site ({@value #FILE}): what each article, entity and listing page was made from, so
 * that after a change only the pages whose inputs changed get a record built; the others are taken over from the
 * previous site without being visited further.
 *
 * <p>Inputs are named by tokens: {@code a:SLUG} is an article's graph (its statements' hash), {@code e:ID} is an
 * entity (its statements in the entity graph, and what each article graph says of it), {@code A:SLUG} is an article
 * with every entity its graph names. After a build, an article token is dirty when the article's graph hash changed
 * (or the article came or went), an entity token when its entity-graph statements changed (or it came or went) or
 * when a changed article says something else of it: each article records, per entity its graph names, a hash of the
 * statements naming it (as subject, object, or inside a quoted triple) with every statement of the article's own
 * nodes among them (a figure about it, a mention of it, a relation with it). So a retitled article dirties only its
 * own token: its entities' counts, figures, relations and pictures are as they were. A page is taken over when the previous site
 * recorded it with the same template fingerprint and none of its tokens is dirty; every other page is built and its
 * tokens recorded. A listing page (an index, a feed, a page of figures) also records a key of what it lists, in
 * order, and anything else it shows that no token names ({@code k:} tokens, compared for equality, never dirty): a
 * new, removed or re-dated member changes the key. The index is written whole by every build, the same for an
 * incremental build as for a clean one.
 */
final class PageInputs {

    /** The index file in the site. */
    static final String FILE = ".newsgraph-inputs";

    private final StagedOutput output;
    private final boolean enabled;
    /** Per article slug: its graph's key and the entity ids its graph names; new and previous. */
    private final Map<String, ArticleInputs> articles = new TreeMap<>();
    private final Map<String, String> entities = new TreeMap<>();
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Previous previous;
    private final Set<String> dirty = new HashSet<>();
    /**
     * The slugs of the articles whose {@code A:} token is dirty (the article's graph changed or came, or an entity its
     * graph names changed): worked out once per build from what changed, so that a page's check is one look-up per
     * token instead of a walk over every entity of each article it lists.
     */
    private final Set<String> changedArticles = new HashSet<>();
    /**
     * The {@code A:} tokens that are not dirty ({@code "A:" + slug} of each article of this build not in
     * {@link #changedArticles}): a page's check looks its token up as it is, without cutting the slug out of it.
     */
    private final Set<String> cleanArticleTokens = new HashSet<>();
    private final Set<String> built = ConcurrentHashMap.newKeySet();
    private final AtomicInteger takenOver = new AtomicInteger();

    /**
     * An article's graph key and, per entity id its graph names (subject, object, or inside a quoted triple), a short
     * hash of what the graph says of that entity.
     */
    record ArticleInputs(String key, Map<String, String> entities) {
    }

    /** A page's template and the tokens of its inputs. */
    private record Page(String template, Set<String> tokens) {
    }

    /** The previous site's index, or an empty one. */
    private record Previous(String header, Map<String, ArticleInputs> articles, Map<String, String> entities,
                            Map<String, String> templates, Map<String, Page> pages) {
    }

    private PageInputs(StagedOutput output, boolean enabled, Previous previous) {
        this.output = output;
        this.enabled = enabled;
        this.previous = previous;
    }

    /** No index: every page is built (renderers run outside a site build, tests). */
    static PageInputs none() {
        return new PageInputs(null, false, new Previous("", Map.of(), Map.of(), Map.of(), Map.of()));
    }

    /**
     * The index for this build: reads the previous site's, works out which tokens are dirty from the model's graph
     * keys and the entity graph. {@code header} names everything else every page is made from (the code, the base).
     */
    static PageInputs of(StagedOutput output, SiteModel model, DatasetGraph dataset, Iris iris, String header)
            throws IOException {
        Previous previous = read(output.previousFile(Path.of(FILE)), header);
        PageInputs inputs = new PageInputs(output, true, previous);
        inputs.compare(model, dataset, iris);
        return inputs;
    }

    private void compare(SiteModel model, DatasetGraph dataset, Iris iris) {
        String entityPrefix = iris.base() + "entity/";
        for (SiteModel.ArticleData article : model.articles) {
            Node name = iris.article(article.slug());
            String key = model.graphKey(name);
            ArticleInputs before = previous.articles().get(article.slug());
            if (before != null && before.key().equals(key)) {
                articles.put(article.slug(), before);
                continue;
            }
            ArticleInputs now = new ArticleInputs(key, said(dataset.getGraph(name), entityPrefix));
            articles.put(article.slug(), now);
            markChanged(article.slug(), before, now);
        }
        previous.articles().forEach((slug, before) -> {
            if (!articles.containsKey(slug)) {
                markChanged(slug, before, null);
            }
        });
        entities.putAll(entityDigests(dataset.getGraph(iris.entitiesGraph()), entityPrefix,
                org.newsgraph.graph.NG.term(iris.base(), org.newsgraph.graph.NG.alias)));
        entities.forEach((id, digest) -> {
            if (!digest.equals(previous.entities().get(id))) {
                dirty.add("e:" + id);
            }
        });
        previous.entities().keySet().stream().filter(id -> !entities.containsKey(id)).forEach(id -> dirty.add("e:" + id));
        articles.forEach((slug, inputs) -> {
            if (dirty.contains("a:" + slug)
                    || inputs.entities().keySet().stream().anyMatch(id -> dirty.contains("e:" + id))) {
                changedArticles.add(slug);
            } else {
                cleanArticleTokens.add("A:" + slug);
            }
        });
    }

    /** An article changed: its token is dirty, and each entity of which it now says something else. */
    private void markChanged(String slug, ArticleInputs before, ArticleInputs now) {
        dirty.add("a:" + slug);
        Map<String, String> was = before == null ? Map.of() : before.entities();
        Map<String, String> is = now == null ? Map.of() : now.entities();
        was.forEach((id, digest) -> {
            if (!digest.equals(is.get(id))) {
                dirty.add("e:" + id);
            }
        });
        is.forEach((id, digest) -> {
            if (!digest.equals(was.get(id))) {
                dirty.add("e:" + id);
            }
        });
    }

    /**
     * Takes over the previous site's files of a page ({@code dir} plus each of {@code files}) when none of its inputs
     * changed, and records its inputs again; false when the page must be built (then {@link #record} it).
     */
    boolean unchanged(String dir, String template, String fingerprint, List<String> files) throws IOException {
        return unchanged(dir, template, fingerprint, files, null);
    }

    /**
     * As {@link #unchanged(String, String, String, List)}, for a page that also shows what no token names (a
     * listing's members and their order, a pager): {@code key} is a hash of that, and the page is taken over only
     * when it was recorded with the same key ({@link #listed}). Null for none.
     */
    boolean unchanged(String dir, String template, String fingerprint, List<String> files, String key)
            throws IOException {
        if (!enabled) {
            return false;
        }
        Page before = previous.pages().get(dir);
        if (before == null || !before.template().equals(template)
                || !fingerprint.equals(previous.templates().get(template))
                || (key != null && !before.tokens().contains(keyToken(key)))
                || anyDirty(before.tokens())) {
            return false;
        }
        for (String file : files) {
            if (!output.keep(Path.of(dir + file))) {
                return false;
            }
        }
        templates.put(template, fingerprint);
        pages.put(dir, before);
        takenOver.incrementAndGet();
        return true;
    }

    /** Records what a page just built was made from. */
    void record(String dir, String template, String fingerprint, Collection<String> tokens) {
        if (enabled) {
            built.add(dir);
            templates.put(template, fingerprint);
            pages.put(dir, new Page(template, new TreeSet<>(tokens)));
        }
    }

    /** Records what a listing page just built was made from: its key ({@link #unchanged}) and its tokens. */
    void listed(String dir, String template, String fingerprint, String key, Collection<String> tokens) {
        List<String> all = new ArrayList<>(tokens);
        all.add(keyToken(key));
        record(dir, template, fingerprint, all);
    }

    /** A page's key as a token: never dirty, compared by equality instead. */
    private static String keyToken(String key) {
        return "k:" + key;
    }

    /** Whether this render has a dependency index (a site build), so that pieces of the previous site may be used. */
    boolean enabled() {
        return enabled;
    }

    /**
     * Whether the previous site had this article and neither its graph nor any entity its graph names changed since:
     * what the article's summaries, search documents and figure rows show is as it was.
     */
    boolean articleUnchanged(String slug) {
        return enabled && previous.articles().containsKey(slug) && !isDirty("A:" + slug);
    }

    /**
     * Per entity id of {@code ids}, the slugs of the articles whose graph names it (as subject, object or inside a
     * quoted triple: what {@link #said} records of each article, taken over for an unchanged one); null without an
     * index. Every statement naming an entity outside the entity graph and the default graph is in one of these.
     */
    Map<String, List<String>> articlesNaming(Set<String> ids) {
        if (!enabled) {
            return null;
        }
        Map<String, List<String>> naming = new HashMap<>();
        articles.forEach((slug, inputs) -> inputs.entities().keySet().forEach(id -> {
            if (ids.contains(id)) {
                naming.computeIfAbsent(id, k -> new ArrayList<>()).add(slug);
            }
        }));
        return naming;
    }

    /** The folders of the indexed pages built by this render, and how many were taken over unvisited. */
    SiteRenderer.Pages pages() {
        return new SiteRenderer.Pages(new TreeSet<>(built), takenOver.get());
    }

    /** Whether any of a page's inputs changed since the previous site (a loop: every page of a build asks). */
    private boolean anyDirty(Set<String> tokens) {
        for (String token : tokens) {
            if (isDirty(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an input changed since the previous site; {@code A:} tokens stand for an article and its entities
     * (dirty when the article changed, or is not in this build).
     */
    private boolean isDirty(String token) {
        if (token.startsWith("A:")) {
            return !cleanArticleTokens.contains(token);
        }
        return !token.startsWith("k:") && dirty.contains(token);
    }

    /**
     * Per entity id an article's graph names, a short hash of the statements naming it and of every statement of the
     * article's own nodes ({@code ...#fragment}: figures, mentions, relations) among their subjects.
     */
    static Map<String, String> said(Graph graph, String entityPrefix) {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        Map<String, Set<Triple>> about = new TreeMap<>();
        List<Triple> all = graph.find().toList();
        for (Triple t : all) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        }
        for (Triple t : all) {
            Set<String> ids = new TreeSet<>();
            collect(t, entityPrefix, ids, 0);
            boolean ownNode = t.getSubject().isURI() && t.getSubject().getURI().indexOf('#') >= 0;
            for (String id : ids) {
                Set<Triple> statements = about.computeIfAbsent(id, k -> new HashSet<>());
                statements.add(t);
                if (ownNode) {
                    statements.addAll(bySubject.get(t.getSubject()));
                }
            }
        }
        Map<String, String> digests = new TreeMap<>();
        about.forEach((id, statements) -> digests.put(id, Keys.ofStatements(id, statements).substring(0, 16)));
        return digests;
    }

    private static void collect(Triple t, String prefix, Set<String> ids, int depth) {
        for (Node node : new Node[] {t.getSubject(), t.getObject()}) {
            String id = entityId(node, prefix);
            if (id != null) {
                ids.add(id);
            } else if (node.isTripleTerm() && depth < 8) {
                collect(node.getTriple(), prefix, ids, depth + 1);
            }
        }
    }

    /** The id of an entity's IRI ({@code {base}entity/ID/}), else null. */
    static String entityId(Node node, String prefix) {
        if (!node.isURI()) {
            return null;
        }
        String iri = node.getURI();
        if (!iri.startsWith(prefix) || !iri.endsWith("/") || iri.length() <= prefix.length() + 1) {
            return null;
        }
        String id = iri.substring(prefix.length(), iri.length() - 1);
        return id.indexOf('/') >= 0 || id.indexOf('#') >= 0 ? null : id;
    }

    /**
     * Per entity named in the entity graph, a hash of the statements there whose subject or object it is, with the
     * statements of its merge alias records ({@code e ng:alias a}: the page shows their names and reasons).
     */
    private static Map<String, String> entityDigests(Graph graph, String prefix, Node alias) {
        Map<String, List<Triple>> about = new HashMap<>();
        Map<Node, String> records = new HashMap<>();
        graph.find(Node.ANY, alias, Node.ANY).forEachRemaining(t -> {
            String id = entityId(t.getSubject(), prefix);
            if (id != null && !t.getObject().isLiteral()) {
                records.put(t.getObject(), id);
            }
        });
        graph.find().forEachRemaining(t -> {
            String record = records.get(t.getSubject());
            if (record != null) {
                about.computeIfAbsent(record, k -> new ArrayList<>()).add(t);
            }
            String s = entityId(t.getSubject(), prefix);
            String o = entityId(t.getObject(), prefix);
            if (s != null) {
                about.computeIfAbsent(s, k -> new ArrayList<>()).add(t);
            }
            if (o != null && !o.equals(s)) {
                about.computeIfAbsent(o, k -> new ArrayList<>()).add(t);
            }
        });
        Map<String, String> digests = new TreeMap<>();
        about.forEach((id, statements) -> digests.put(id, Keys.ofStatements(id, statements)));
        return digests;
    }

    /** Writes the index into the new site (called once every page is rendered). */
    void write(String header) throws IOException {
        if (!enabled) {
            return;
        }
        StringBuilder text = new StringBuilder("h ").append(header).append('\n');
        new TreeMap<>(templates).forEach((name, fingerprint) ->
                text.append("t ").append(name).append(' ').append(fingerprint).append('\n'));
        articles.forEach((slug, inputs) -> {
            text.append("a ").append(slug).append(' ').append(inputs.key());
            inputs.entities().forEach((id, digest) -> text.append(' ').append(id).append('=').append(digest));
            text.append('\n');
        });
        entities.forEach((id, digest) -> text.append("e ").append(id).append(' ').append(digest).append('\n'));
        new TreeMap<>(pages).forEach((dir, page) -> {
            text.append("p ").append(dir).append(' ').append(page.template());
            page.tokens().forEach(token -> text.append(' ').append(token));
            text.append('\n');
        });
        output.write(Path.of(FILE), text.toString());
    }

    /** The previous index when its header is this build's (same code, same base), else an empty one. */
    private static Previous read(Path file, String header) throws IOException {
        Map<String, ArticleInputs> articles = new HashMap<>();
        Map<String, String> entities = new HashMap<>();
        Map<String, String> templates = new HashMap<>();
        Map<String, Page> pages = new HashMap<>();
        Previous none = new Previous(header, Map.of(), Map.of(), Map.of(), Map.of());
        if (file == null) {
            return none;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("h " + header)) {
            return none;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ");
            switch (parts[0]) {
                case "t" -> templates.put(parts[1], parts[2]);
                case "a" -> {
                    Map<String, String> said = new TreeMap<>();
                    for (String entity : List.of(parts).subList(3, parts.length)) {
                        int eq = entity.lastIndexOf('=');
                        said.put(entity.substring(0, eq), entity.substring(eq + 1));
                    }
                    articles.put(parts[1], new ArticleInputs(parts[2], said));
                }
                case "e" -> entities.put(parts[1], parts[2]);
                case "p" -> pages.put(parts[1], new Page(parts[2], new TreeSet<>(List.of(parts).subList(3, parts.length))));
                default -> {
                    return none;   // written by another version: build everything
                }
            }
        }
        return new Previous(header, articles, entities, templates, pages);
    }
}
