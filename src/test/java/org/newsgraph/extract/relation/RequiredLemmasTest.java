package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLemmasTest {

    /** Pattern (as RuleFile expands it) -> the lemma sets it requires, "a b; c" for [[a, b], [c]], "-" for none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a lemma class at the root
        "{lemma:/^(?:acquire|buy|purchase)$/;tag:/VB.*/} >agent {}=subject >theme {}=object # acquire buy purchase",
        // a lemma written as it is, and a node inside a group reached by a plain relation
        "{}=subject >compound ({lemma:/^(?:boss|chief)$/;tag:/NN.*/} >compound {lemma:executive}) # boss chief; executive",
        // under a negated or optional relation: not required
        "{lemma:stake} !>amod {lemma:/^(?:former|ex)$/} ?>/nmod:poss/ {lemma:its} >/nmod:in/ {}=object # stake",
        // a negated group: nothing in it is required
        "{lemma:/^(?:compete|vie)$/} !</xcomp/ ({} >advmod {lemma:not}) >agent {}=subject # compete vie",
        // alternatives in brackets: one of the first lemma each alternative requires (session 26), then the nodes after
        "{tag:/VB.*/} [ == {lemma:take} >/compound:prt/ {lemma:over} | == {lemma:snap} ] >agent ({}=subject >amod {lemma:rival}) # take snap; rival",
        // an alternative that requires no lemma: the bracket requires none
        "{tag:/VB.*/} [ == {lemma:take} | >obj {} ] >agent ({}=subject >amod {lemma:rival}) # rival",
        // a negated lemma, a negated class, an expression that is no list, another attribute: no constraint
        "{lemma!:/^(?:deal|bid)$/}=subject >theme {lemma:/^(?!(?:sell|divest)$).*$/} >/nmod:of/ {lemma:/^headquarters?$/} >obj {word:/^(?i:based)$/}=object # -",
        // a lemma class with a dotted word
        "{lemma:/^(?:u\\.s\\.|us)$/}=object <compound {}=subject # u.s. us",
        // a relation given as an expression with brackets and slashes inside: still read
        "{lemma:/^(?:customer|client)$/;tag:/NNS/} >/nmod:(including|such_as)/ {}=subject >/nmod:poss|compound/ {}=object # customer client",
        // several patterns joined with a colon: each one's lemmas (session 26)
        "{lemma:buy}=subject : {lemma:sell}=object # buy; sell",
    })
    void readsTheLemmasAPatternCannotMatchWithout(String pattern, String expected) {
        SemgrexPattern.compile(pattern.strip()); // each row is Semgrex
        List<Set<String>> want = expected.strip().equals("-") ? List.of() : Arrays.stream(expected.split(";"))
                .map(group -> Set.of(group.strip().split(" "))).collect(Collectors.toList());
        assertEquals(want, RequiredLemmas.of(pattern.strip()).anyOf(), pattern);
    }

    @Test
    void aSentenceMayMatchOnlyWithOneLemmaOfEachRequiredNode() {
        RequiredLemmas required = RequiredLemmas.of("{}=subject >compound ({lemma:/^(?:boss|chief)$/} "
                + ">compound {lemma:executive})");
        assertTrue(required.mayMatch(Set.of("the", "chief", "executive", "say")));
        assertFalse(required.mayMatch(Set.of("the", "chief", "say")));
        assertFalse(required.mayMatch(Set.of("executive")));
        assertTrue(RequiredLemmas.NONE.mayMatch(Set.of()));
    }

    @Test
    void mostBundledRulesRequireALemma() {
        // a reading broken by a change of syntax would silently run every rule everywhere again (slow, not wrong)
        List<RelationRule> rules = RuleFile.bundled();
        long constrained = rules.stream().filter(r -> !r.required().anyOf().isEmpty()).count();
        assertTrue(constrained >= 0.9 * rules.size(), constrained + " of " + rules.size());
    }
}
