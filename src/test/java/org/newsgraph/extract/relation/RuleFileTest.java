package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFileTest {

    private static final String GOOD = """
            # a comment
            class BUY = buy | acquire

            rule buy-verb
            predicate acquires
            direction forward
            confidence 0.9
            pattern {lemma:@BUY} >agent {}=subject >theme {}=object
            example Acme bought Widgets. => Acme | acquires | Widgets
            """;

    @Test
    void readsARuleWithItsLemmaClassExpanded() {
        List<RelationRule> rules = RuleFile.parse("test.txt", GOOD);
        assertEquals(1, rules.size());
        RelationRule rule = rules.get(0);
        assertEquals("buy-verb", rule.id());
        assertEquals("acquires", rule.predicate());
        assertFalse(rule.inverse());
        assertEquals(0.9, rule.confidence());
        assertTrue(rule.pattern().toString().contains("buy|acquire"), rule.pattern().toString());
        assertEquals(List.of(new RelationRule.Example("Acme bought Widgets.", "Acme | acquires | Widgets")),
                rule.examples());
    }

    @Test
    void aNegatedClassStandsForEveryOtherLemma() {
        RelationRule rule = RuleFile.parse("test.txt", GOOD.replace("{lemma:@BUY}", "{lemma:!@BUY}")).get(0);
        assertTrue(rule.pattern().toString().contains("/^(?!(?:buy|acquire)$).*$/"), rule.pattern().toString());
    }

    @Test
    void everyBundledRuleHasAnIdOfItsOwnAndAnExample() {
        List<RelationRule> rules = RuleFile.bundled();
        assertTrue(rules.size() >= 30, "rules: " + rules.size());
        Set<String> ids = new HashSet<>();
        for (RelationRule rule : rules) {
            assertTrue(ids.add(rule.id()), "two rules " + rule.id());
            assertFalse(rule.examples().isEmpty(), rule.id());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "predicate acquires;predicate ownsStuff;:4: rule buy-verb: unknown predicate 'ownsStuff'",
        "confidence 0.9;confidence 1.5;:4: rule buy-verb: confidence is a number in (0, 1]",
        "direction forward;direction sideways;:4: rule buy-verb: direction is 'forward' or 'inverse'",
        "{lemma:@BUY};{lemma:@SELL};:4: rule buy-verb: no lemma class SELL above it",
        ">theme {}=object;>theme {}=thing;:4: rule buy-verb: the pattern must name the nodes =subject and =object",
        ">agent {}=subject;>agent ({}=subject;:4: rule buy-verb: its pattern is not Semgrex",
        "example Acme bought Widgets. => Acme | acquires | Widgets;example Acme bought Widgets.;:9: an example is",
        "direction forward;colour blue;:6: unknown field 'colour'",
        "class BUY = buy | acquire;class buy = buy;:2: a lemma class is 'class NAME = lemma | lemma'",
    })
    void aMistakeIsReportedWithItsFileAndLine(String from, String to, String message) {
        String text = GOOD.replace(from, to);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("test.txt", text));
        assertTrue(e.getMessage().startsWith("test.txt" + message), e.getMessage());
    }

    @Test
    void anExampleMaySayTheRuleFindsNothingThere() {
        String text = GOOD + "example Acme did not buy Widgets. => nothing\n";
        RelationRule rule = RuleFile.parse("t", text).get(0);
        assertEquals(2, rule.examples().size());
        assertFalse(rule.examples().get(0).nothing());
        assertTrue(rule.examples().get(1).nothing());
        // but a rule needs one example with a relation
        String only = GOOD.replace("=> Acme | acquires | Widgets", "=> nothing");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t", only));
        assertEquals("t:4: rule buy-verb needs at least one 'example' with a relation", e.getMessage());
    }

    @Test
    void placeLocalIsOnlyForBasedIn() {
        String based = GOOD.replace("predicate acquires", "predicate basedIn\nplace local");
        assertTrue(RuleFile.parse("t", based).get(0).localPlace());
        assertFalse(RuleFile.parse("t", GOOD).get(0).localPlace());
        String bought = GOOD.replace("predicate acquires", "predicate acquires\nplace local");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t", bought));
        assertEquals("t:4: rule buy-verb: 'place' is 'local', on a basedIn rule", e.getMessage());
    }

    @Test
    void objectModelMakerIsTheOnlyObjectField() {
        String ordered = GOOD.replace("predicate acquires", "predicate customerOf\nobject model-maker")
                .replace("Acme | acquires | Widgets", "Acme | customerOf | Widgets");
        assertTrue(RuleFile.parse("t", ordered).get(0).modelMaker());
        assertFalse(RuleFile.parse("t", GOOD).get(0).modelMaker());
        String other = GOOD.replace("predicate acquires", "predicate acquires\nobject maker");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t", other));
        assertEquals("t:4: rule buy-verb: 'object' is 'model-maker'", e.getMessage());
    }

    @Test
    void aRuleWithoutExamplesIsRefused() {
        String text = GOOD.replace("example Acme bought Widgets. => Acme | acquires | Widgets\n", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t", text));
        assertEquals("t:4: rule buy-verb needs at least one 'example'", e.getMessage());
    }
}
