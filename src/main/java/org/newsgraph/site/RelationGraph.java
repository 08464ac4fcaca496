package org.newsgraph.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.site.Views.GraphEdge;
import org.newsgraph.site.Views.GraphNode;
import org.newsgraph.site.Views.Link;
import org.newsgraph.site.Views.RelationGraphView;
import org.newsgraph.site.Views.Statement;

/**
 * The relations around an entity as a picture drawn at build time: the entity in the middle, its neighbours on a
 * ring around it, and their own neighbours on an outer ring beside them. Bounded (at most {@link #NEIGHBOURS}
 * neighbours, {@link #PER_NEIGHBOUR} of theirs each) and laid out from sorted data only, so the same graph always
 * gives the same picture. The walk is two steps from a set of visited nodes, so cycles in the graph do not matter.
 */
final class RelationGraph {

    static final int NEIGHBOURS = 8;
    static final int PER_NEIGHBOUR = 3;
    static final int SECOND_RING = 16;
    private static final int WIDTH = 720;
    private static final int HEIGHT = 560;
    private static final double INNER = 145;
    private static final double OUTER = 240;
    private static final int LABEL_CHARS = 22;
    /** The mark of a relation found by a weak rule only, as candidates are marked on the pages. */
    static final String UNSURE = "?";

    /** Per subject, per object, the labels of the relations the articles state between them ("owned by"). */
    private final Map<String, Map<String, Set<String>>> out = new TreeMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, Integer> weight = new HashMap<>();

    /** Adds that {@code subject} {@code label} {@code object} ("Microsoft", "invests in", "OpenAI"). */
    void add(String subject, String label, String object) {
        add(subject, label, object, false);
    }

    /**
     * The same; a relation found by a weak rule only ({@code weak}) is labelled with {@link #UNSURE} ("customer
     * of?"), unless an article states it surely too.
     */
    void add(String subject, String label, String object, boolean weak) {
        if (subject.equals(object)) {
            return;
        }
        Set<String> labels = out.computeIfAbsent(subject, k -> new TreeMap<>()).computeIfAbsent(object, k -> new TreeSet<>());
        if (!weak) {
            labels.remove(label + UNSURE);
            labels.add(label);
        } else if (!labels.contains(label)) {
            labels.add(label + UNSURE);
        }
        neighbours.computeIfAbsent(subject, k -> new TreeSet<>()).add(object);
        neighbours.computeIfAbsent(object, k -> new TreeSet<>()).add(subject);
        weight.merge(pair(subject, object), 1, Integer::sum);
    }

    /**
     * The picture around {@code center}, or null when it has no relation. {@code link} gives an entity's link (its
     * page and name), or null for an entity that has no page; such entities are left out. {@code type} gives its
     * type in lower case ("organization"), for its colour.
     */
    RelationGraphView around(String center, Function<String, Link> link, Function<String, String> type) {
        Link self = link.apply(center);
        List<String> first = strongest(center, Set.of(center), NEIGHBOURS, link);
        if (self == null || first.isEmpty()) {
            return null;
        }
        Set<String> placed = new LinkedHashSet<>(first);
        placed.add(center);
        Map<String, List<String>> second = new LinkedHashMap<>();
        int outer = 0;
        for (String n : first) {
            List<String> theirs = strongest(n, placed, Math.min(PER_NEIGHBOUR, SECOND_RING - outer), link);
            placed.addAll(theirs);
            outer += theirs.size();
            second.put(n, theirs);
        }
        Map<String, double[]> at = new HashMap<>();
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        at.put(center, new double[] {cx, cy});
        List<GraphNode> nodes = new ArrayList<>();
        nodes.add(node(cx, cy, self, true, type.apply(center), cy));
        double slice = 2 * Math.PI / first.size();
        for (int i = 0; i < first.size(); i++) {
            String n = first.get(i);
            double angle = -Math.PI / 2 + i * slice;
            double[] p = {cx + INNER * Math.cos(angle), cy + INNER * Math.sin(angle)};
            at.put(n, p);
            Link l = link.apply(n);
            nodes.add(node(p[0], p[1], l, false, type.apply(n), cy));
            List<String> theirs = second.get(n);
            double step = Math.min(slice / Math.max(1, theirs.size()), Math.toRadians(24));
            for (int j = 0; j < theirs.size(); j++) {
                double a = angle + (j - (theirs.size() - 1) / 2.0) * step;
                double[] q = {cx + OUTER * Math.cos(a), cy + OUTER * Math.sin(a)};
                at.put(theirs.get(j), q);
                Link m = link.apply(theirs.get(j));
                nodes.add(node(q[0], q[1], m, false, type.apply(theirs.get(j)), cy));
            }
        }
        List<GraphEdge> edges = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (String s : placed) {
            for (Map.Entry<String, Set<String>> e : out.getOrDefault(s, Map.of()).entrySet()) {
                String o = e.getKey();
                if (!at.containsKey(o) || !drawn(s, o, center, first, second)) {
                    continue;
                }
                double[] a = at.get(s);
                double[] b = at.get(o);
                double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
                double ux = (b[0] - a[0]) / length;
                double uy = (b[1] - a[1]) / length;
                double from = s.equals(center) ? 14 : 10;
                double to = o.equals(center) ? 17 : 13;
                String label = String.join(", ", e.getValue());
                edges.add(new GraphEdge(round(a[0] + ux * from), round(a[1] + uy * from), round(b[0] - ux * to),
                        round(b[1] - uy * to), label, 0, 0));
                statements.add(new Statement(link.apply(s), label, link.apply(o)));
            }
        }
        statements.sort(Comparator.comparing((Statement st) -> st.subject().label().toLowerCase(Locale.ROOT))
                .thenComparing(Statement::label).thenComparing(st -> st.object().label().toLowerCase(Locale.ROOT)));
        long related = neighbours.getOrDefault(center, Set.of()).stream().filter(n -> link.apply(n) != null).count();
        String description = self.label() + " and " + (related > first.size()
                ? "the " + first.size() + " entities most often related to it (of " + related + ")"
                : first.size() + (first.size() == 1 ? " entity" : " entities") + " related to it")
                + (outer == 0 ? "" : ", with " + outer + " of theirs") + "; "
                + statements.size() + (statements.size() == 1 ? " relation" : " relations")
                + ", listed below the picture.";
        return fitted(new RelationGraphView("Relations around " + self.label(), description, WIDTH, HEIGHT, nodes,
                GraphLabels.place(nodes, edges), statements));
    }

    private static GraphNode node(double x, double y, Link link, boolean center, String type, double centerY) {
        return new GraphNode(round(x), round(y), shortened(link.label()), link.label(), center ? null : link.href(),
                center, type, round(GraphLabels.nameBaseline(x, y, center, centerY)));
    }

    /** The picture moved and cropped to what is drawn: circles, names and labels, with a little margin. */
    private static RelationGraphView fitted(RelationGraphView graph) {
        List<GraphLabels.Box> boxes = new ArrayList<>();
        for (GraphNode n : graph.nodes()) {
            boxes.add(GraphLabels.circle(n));
            boxes.add(GraphLabels.name(n));
        }
        graph.edges().stream().map(GraphLabels::label).filter(java.util.Objects::nonNull).forEach(boxes::add);
        double left = boxes.stream().mapToDouble(GraphLabels.Box::left).min().orElse(0) - 4;
        double right = boxes.stream().mapToDouble(GraphLabels.Box::right).max().orElse(0) + 4;
        double top = boxes.stream().mapToDouble(GraphLabels.Box::top).min().orElse(0) - 4;
        double bottom = boxes.stream().mapToDouble(GraphLabels.Box::bottom).max().orElse(0) + 4;
        double dx = -Math.floor(left);
        double dy = -Math.floor(top);
        List<GraphNode> nodes = graph.nodes().stream().map(n -> new GraphNode(round(n.x() + dx), round(n.y() + dy),
                n.label(), n.name(), n.href(), n.center(), n.type(), round(n.labelY() + dy))).toList();
        List<GraphEdge> edges = graph.edges().stream().map(e -> new GraphEdge(round(e.x1() + dx), round(e.y1() + dy),
                round(e.x2() + dx), round(e.y2() + dy), e.label(), round(e.labelX() + dx), round(e.labelY() + dy)))
                .toList();
        return new RelationGraphView(graph.title(), graph.description(), (int) Math.ceil(right + dx),
                (int) Math.ceil(bottom + dy), nodes, edges, graph.statements());
    }

    /** Only the edges of the walk: the center with its neighbours, a neighbour with the ones placed beside it. */
    private static boolean drawn(String s, String o, String center, List<String> first, Map<String, List<String>> second) {
        if (s.equals(center) || o.equals(center)) {
            return true;
        }
        return second.getOrDefault(s, List.of()).contains(o) || second.getOrDefault(o, List.of()).contains(s);
    }

    /**
     * Every entity whose relations or page {@link #around} weighs for {@code center}'s picture: the centre, all its
     * neighbours (candidates for the inner ring), and all neighbours of those placed on the inner ring (candidates for
     * the outer ring). A picture can change only when one of them gains or loses a relation or a page.
     */
    Set<String> consulted(String center, Function<String, Link> link) {
        Set<String> seen = new TreeSet<>();
        seen.add(center);
        seen.addAll(neighbours.getOrDefault(center, Set.of()));
        for (String n : strongest(center, Set.of(center), NEIGHBOURS, link)) {
            seen.addAll(neighbours.getOrDefault(n, Set.of()));
        }
        return seen;
    }

    /** The {@code limit} neighbours of a node not yet placed, the most often related first, then by id. */
    private List<String> strongest(String node, Set<String> placed, int limit, Function<String, Link> link) {
        // Each candidate's weight looked up once, not at every comparison of the sort.
        Map<String, Integer> weights = new HashMap<>();
        for (String n : neighbours.getOrDefault(node, Set.of())) {
            if (!placed.contains(n) && link.apply(n) != null) {
                weights.put(n, weight.getOrDefault(pair(node, n), 0));
            }
        }
        return weights.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -weights.get(n))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, limit)).toList();
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
    }

    /** A name short enough for the picture; the node's title has it whole. */
    private static String shortened(String name) {
        return name.length() <= LABEL_CHARS ? name : name.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
