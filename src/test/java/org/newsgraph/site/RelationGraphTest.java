package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.site.Views.GraphNode;
import org.newsgraph.site.Views.Link;
import org.newsgraph.site.Views.RelationGraphView;

class RelationGraphTest {

    private static Link link(String id) {
        return id.startsWith("gone") ? null : new Link("../" + id + "/index.html", "Name of " + id);
    }

    private static RelationGraphView around(List<String[]> statements, String center) {
        RelationGraph graph = new RelationGraph();
        statements.forEach(s -> graph.add(s[0], s[1], s[2]));
        return graph.around(center, RelationGraphTest::link, id -> "organization");
    }

    private static List<String[]> web() {
        List<String[]> statements = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statements.add(new String[] {"hub", "partner of", "n" + i});
            for (int j = 0; j < 6; j++) {
                statements.add(new String[] {"n" + i, "owned by", "m" + i + "-" + j});
            }
            statements.add(new String[] {"n" + i, "customer of", "n" + ((i + 1) % 12)});
        }
        statements.add(new String[] {"n3", "competitor of", "hub"});
        statements.add(new String[] {"n3", "partner of", "hub"});
        statements.add(new String[] {"hub", "owned by", "gone-1"});
        return statements;
    }

    @Test
    void aRelationFoundByAWeakRuleOnlyIsMarkedUnlessAnArticleStatesItSurely() {
        for (boolean sureFirst : new boolean[] {true, false}) {
            RelationGraph graph = new RelationGraph();
            graph.add("a", "customer of", "b", true);
            graph.add("a", "partner of", "c", true);
            if (sureFirst) {
                graph.add("a", "customer of", "b", false);
                graph.add("a", "customer of", "b", true);
            } else {
                graph.add("a", "customer of", "b", true);
                graph.add("a", "customer of", "b", false);
            }
            RelationGraphView view = graph.around("a", RelationGraphTest::link, id -> "organization");
            assertEquals(Set.of("customer of", "partner of?"), view.statements().stream().map(Views.Statement::label)
                    .collect(Collectors.toSet()), "sure first: " + sureFirst);
        }
    }

    @Test
    void theSameRelationsInAnyOrderDrawTheSamePicture() {
        RelationGraphView first = around(web(), "hub");
        for (long seed = 1; seed <= 5; seed++) {
            List<String[]> shuffled = new ArrayList<>(web());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(first, around(shuffled, "hub"), "seed " + seed);
        }
    }

    @Test
    void twoStepsAtMostAndBoundedEvenThroughCycles() {
        RelationGraphView graph = around(web(), "hub");
        assertNotNull(graph);
        long ring = graph.nodes().stream().filter(n -> !n.center()).count();
        assertTrue(ring <= RelationGraph.NEIGHBOURS + RelationGraph.SECOND_RING, ring + " nodes");
        assertEquals(RelationGraph.NEIGHBOURS + RelationGraph.SECOND_RING, ring, "the web has more than fits");
        assertEquals("n3", graph.nodes().get(1).href().split("/")[1], "the most often related neighbour first");
        Set<String> names = graph.nodes().stream().map(GraphNode::name).collect(Collectors.toSet());
        assertEquals(graph.nodes().size(), names.size(), "every entity once");
        assertTrue(graph.nodes().stream().noneMatch(n -> n.name().contains("gone")), "no node without a page");
        assertEquals(1, graph.nodes().stream().filter(GraphNode::center).count());
        assertNull(graph.nodes().get(0).href(), "the entity itself is this page");
        assertTrue(graph.nodes().stream().filter(n -> !n.center()).allMatch(n -> n.href() != null));
        for (GraphNode n : graph.nodes()) {
            assertTrue(n.x() >= 0 && n.x() <= graph.width() && n.y() >= 0 && n.y() <= graph.height(), n.toString());
        }
        assertEquals(graph.edges().size(), graph.statements().size(), "the list says what the picture shows");
        assertTrue(graph.statements().stream().anyMatch(s -> s.label().equals("competitor of, partner of")),
                "two relations between the same pair share an arrow");
    }

    @Test
    void theCaptionSaysWhenThePictureLeavesRelatedEntitiesOut() {
        assertTrue(around(web(), "hub").description().startsWith(
                "Name of hub and the 8 entities most often related to it (of 12), with 16 of theirs;"),
                around(web(), "hub").description());
        List<String[]> few = List.of(new String[] {"a", "owned by", "b"}, new String[] {"a", "partner of", "c"});
        assertTrue(around(few, "a").description().startsWith("Name of a and 2 entities related to it;"),
                around(few, "a").description());
    }

    @Test
    void anEntityWithoutRelationsHasNoPicture() {
        assertNull(around(web(), "nobody"));
        assertNull(around(List.<String[]>of(new String[] {"a", "owned by", "a"}), "a"), "a loop is no relation");
        RelationGraphView pair = around(List.<String[]>of(new String[] {"a", "owned by", "b"}), "a");
        assertEquals(2, pair.nodes().size());
        assertEquals("Name of a", pair.statements().get(0).subject().label());
        assertEquals("owned by", pair.edges().get(0).label());
    }

    /** Hubs with many neighbours, long names and several relations per pair, from a seed. */
    private static List<String[]> crowded(long seed) {
        Random random = new Random(seed);
        String[] predicates = {"owned by", "customer of", "supplier of", "competitor of", "partner of", "invests in",
                "product of", "based in", "CEO of"};
        List<String[]> statements = new ArrayList<>();
        int nodes = 4 + random.nextInt(30);
        for (int i = 0; i < nodes * 3; i++) {
            String s = random.nextInt(3) == 0 ? "hub" : "n" + random.nextInt(nodes) + "x".repeat(random.nextInt(30));
            String o = "n" + random.nextInt(nodes) + "y".repeat(random.nextInt(30));
            statements.add(new String[] {s, predicates[random.nextInt(predicates.length)], o});
        }
        statements.add(new String[] {"hub", "owned by", "n0"});
        return statements;
    }

    @Test
    void labelsCoverNoNodeNoNameAndNoOtherLabel() {
        int labels = 0;
        int shown = 0;
        for (long seed = 0; seed < 200; seed++) {
            RelationGraphView graph = around(seed == 0 ? web() : crowded(seed), "hub");
            List<GraphLabels.Box> things = new ArrayList<>();
            for (GraphNode n : graph.nodes()) {
                things.add(GraphLabels.circle(n));
                things.add(GraphLabels.name(n));
            }
            for (Views.GraphEdge e : graph.edges()) {
                labels++;
                GraphLabels.Box box = GraphLabels.label(e);
                if (box == null) {
                    continue;
                }
                shown++;
                for (GraphLabels.Box thing : things) {
                    assertFalse(box.overlaps(thing), "seed " + seed + ": '" + e.label() + "' " + box + " covers " + thing);
                }
                assertTrue(box.left() >= 0 && box.top() >= 0 && box.right() <= graph.width()
                        && box.bottom() <= graph.height(), "seed " + seed + ": inside the picture: " + box);
                things.add(box);
            }
        }
        assertTrue(shown >= labels * 0.9, "nearly every label finds a place: " + shown + " of " + labels);
    }

    @Test
    void namesAreWrittenOnTheSideAwayFromTheCenter() {
        RelationGraphView graph = around(web(), "hub");
        GraphNode center = graph.nodes().get(0);
        for (GraphNode n : graph.nodes()) {
            if (n.y() < center.y() - 1) {
                assertTrue(n.labelY() < n.y(), "above the center, the name above the node: " + n);
            } else {
                assertTrue(n.labelY() > n.y(), "the name below the node: " + n);
            }
        }
    }
}
