package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.relation.RelationRule;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.NlpPipeline;

/**
 * Every example sentence of every bundled relation rule, through the real pipeline, with that rule alone: the rule
 * must find the relation its example names (so each rule earns its place by itself, not by a neighbour's match).
 * A succession rule ("role inherited") passes on titles other rules read, so it runs with every rule, and the
 * relation must be its own. An example written {@code => nothing} must give no relation of the rule's predicate
 * (a nationality is no seat, a deal called off is no purchase).
 */
class RelationRulesIT {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @TestFactory
    Stream<DynamicTest> everyRuleFindsTheRelationOfEachOfItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RelationRule rule : RuleFile.bundled()) {
            boolean inherits = "inherited".equals(rule.role());
            Extractor alone = new Extractor(NlpPipeline::shared, GAZETTEER, inherits ? RuleFile.bundled() : List.of(rule));
            for (RelationRule.Example example : rule.examples()) {
                tests.add(DynamicTest.dynamicTest(rule.id() + ": " + example.sentence(), () -> {
                    Extraction extraction = alone.extract("example", example.sentence(), null);
                    if (example.nothing()) {
                        List<String> found = extraction.relations().stream()
                                .filter(r -> r.predicate().equals(rule.predicate())).map(r -> describe(extraction, r))
                                .toList();
                        assertTrue(found.isEmpty(), "rule " + rule.id() + " (line " + rule.line() + ") on '"
                                + example.sentence() + "': expected nothing, found " + found);
                        return;
                    }
                    List<String> found = extraction.relations().stream()
                            .filter(r -> !inherits || r.rule().equals(rule.id())).map(r -> describe(extraction, r)).toList();
                    assertTrue(found.contains(example.expected()), "rule " + rule.id() + " (line " + rule.line()
                            + ") on '" + example.sentence() + "': expected " + example.expected() + ", found "
                            + found + "; entities " + extraction.entities().stream()
                            .map(e -> e.name() + "/" + e.type()).toList());
                }));
            }
        }
        return tests.stream();
    }

    private static String describe(Extraction extraction, Relation relation) {
        String predicate = relation.role() == null ? relation.predicate()
                : relation.predicate() + ":" + relation.role();
        return extraction.nameOf(relation.subject()) + " | " + predicate + " | " + extraction.nameOf(relation.object());
    }
}
