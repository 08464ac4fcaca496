package org.newsgraph.site;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.site.Views.GraphEdge;
import org.newsgraph.site.Views.GraphNode;

/**
 * Where the words of a relation graph go: each node's name on the side away from the center (so the arrow to it does
 * not cross it), and each arrow's label at the first place along the arrow, or beside it, where it covers no node,
 * no name and no other label. A label that finds no such place is left out of the picture (the list below it still
 * says it): a label over a name makes both unreadable. The boxes are estimated from the theme's font sizes
 * ({@code .relation-graph} in style.css) with a generous character width, so the estimate errs on the wide side.
 */
final class GraphLabels {

    /** An axis-aligned box in the picture's coordinates. */
    record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    static final double CENTER_RADIUS = 13;
    static final double RADIUS = 9;
    private static final double NAME_SIZE = 13;
    private static final double CENTER_NAME_SIZE = 15;
    private static final double LABEL_SIZE = 11;
    /** Characters of DejaVu Sans and its kin average about 0.6 em; bold about 0.68 em. */
    private static final double EM = 0.64;
    private static final double BOLD_EM = 0.72;
    /** The white halo drawn around every word (stroke-width 3px), and a little air. */
    private static final double HALO = 2.5;
    /** Along the arrow, the middle first; then beside it. */
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8};
    private static final double[] BESIDE = {0, 10, -10, 20, -20, 30, -30};

    private GraphLabels() {
    }

    /** The baseline of a node's name: above its circle when the node is above the center, else below it. */
    static double nameBaseline(double x, double y, boolean center, double centerY) {
        double radius = center ? CENTER_RADIUS : RADIUS;
        double size = center ? CENTER_NAME_SIZE : NAME_SIZE;
        return y < centerY - 1 ? y - radius - 6 : y + radius + size + 2;
    }

    static Box circle(GraphNode node) {
        double r = (node.center() ? CENTER_RADIUS : RADIUS) + 2;
        return new Box(node.x() - r, node.y() - r, node.x() + r, node.y() + r);
    }

    static Box name(GraphNode node) {
        double size = node.center() ? CENTER_NAME_SIZE : NAME_SIZE;
        return text(node.x(), node.labelY(), node.label(), size, node.center() ? BOLD_EM : EM);
    }

    /** The box of an edge's label, or null when it has none in the picture. */
    static Box label(GraphEdge edge) {
        return edge.label().isEmpty() ? null : text(edge.labelX(), edge.labelY(), edge.label(), LABEL_SIZE, EM);
    }

    /** Text anchored at its middle with its baseline at {@code baseline}. */
    private static Box text(double x, double baseline, String text, double size, double em) {
        double half = text.length() * size * em / 2 + HALO;
        return new Box(x - half, baseline - size * 0.8 - HALO, x + half, baseline + size * 0.25 + HALO);
    }

    /** The edges with their labels placed among the nodes; the nodes' names must already be placed. */
    static List<GraphEdge> place(List<GraphNode> nodes, List<GraphEdge> edges) {
        List<Box> taken = new ArrayList<>();
        for (GraphNode node : nodes) {
            taken.add(circle(node));
            taken.add(name(node));
        }
        List<GraphEdge> placed = new ArrayList<>();
        for (GraphEdge edge : edges) {
            GraphEdge at = free(edge, taken);
            Box box = label(at);
            if (box != null) {
                taken.add(box);
            }
            placed.add(at);
        }
        return placed;
    }

    private static GraphEdge free(GraphEdge edge, List<Box> taken) {
        double dx = edge.x2() - edge.x1();
        double dy = edge.y2() - edge.y1();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = -dy / length;
        double ny = dx / length;
        for (double beside : BESIDE) {
            for (double along : ALONG) {
                double x = edge.x1() + dx * along + nx * beside;
                double y = edge.y1() + dy * along + ny * beside + LABEL_SIZE * 0.3;
                GraphEdge candidate = new GraphEdge(edge.x1(), edge.y1(), edge.x2(), edge.y2(), edge.label(),
                        round(x), round(y));
                Box box = label(candidate);
                if (taken.stream().noneMatch(box::overlaps)) {
                    return candidate;
                }
            }
        }
        return new GraphEdge(edge.x1(), edge.y1(), edge.x2(), edge.y2(), "", edge.labelX(), edge.labelY());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
