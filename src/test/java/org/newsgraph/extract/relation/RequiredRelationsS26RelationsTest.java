package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (s26-relations, issue 13's speed clause): the dependency relations a rule's pattern cannot match without
 * ({@link RequiredLemmas#relations()}), so that the rules that name no word ("X's Y", "Y from X") skip sentences too.
 */
class RequiredRelationsS26RelationsTest {

    /** Pattern -> the relation sets it requires, "a b; c" for [[a, b], [c]], "-" for none. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // plain names and expressions, in either direction
        "{tag:/NNP.*/}=subject >/nmod:poss/ {}=object # nmod:poss",
        "{}=subject !>/nmod:poss/ {} </conj.*/ ({} >/nmod:poss/ {}=object) # conj.*; nmod:poss",
        // negated, optional, chains and sisters: not required
        "{lemma:stake} !>amod {lemma:former} ?>/nmod:poss/ {lemma:its} >>nsubj {} $+ {} >/nmod:in/ {}=object # nmod:in",
        // a group of one alternative requires what it holds; alternatives one of the first each holds
        "{tag:/VB.*/} [ >agent {}=subject >theme {}=object ] # agent; theme",
        "{tag:/VB.*/} [ >theme {}=a >obj {} | >/obl:from/ {}=a ] >agent {}=subject # theme obl:from; agent",
        "{tag:/VB.*/} [ == {lemma:take} | >/obl:from/ {}=a ] >agent {}=subject # agent",
        // patterns joined with a colon: each one's
        "{lemma:raise}=r >agent {}=subject : {}=r >/nmod:(including|such_as)/ {}=object # agent; nmod:(including|such_as)",
    })
    void readsTheRelationsAPatternCannotMatchWithout(String pattern, String expected) {
        SemgrexPattern.compile(pattern.strip());
        List<Set<String>> want = expected.strip().equals("-") ? List.of() : Arrays.stream(expected.split(";"))
                .map(group -> Set.of(group.strip().split(" "))).collect(Collectors.toList());
        assertEquals(want, RequiredLemmas.of(pattern.strip()).relations(), pattern);
    }

    /**
     * Wherever Semgrex finds a match, the fence lets the sentence through: a relation's name or expression is matched
     * whole against an edge's name by both ("subj" is not "nsubj", "nmod" is not "nmod:poss"). The fence only asks
     * whether such edges exist, not where (the last row: Semgrex finds nothing, the fence lets it through).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "[ate nsubj>Bill obj>[muffins compound>blueberry]] # {} >nsubj {} # true",
        "[ate nsubj>Bill obj>[muffins compound>blueberry]] # {} >subj {} # false",
        "[ate nsubj>Bill obj>[muffins compound>blueberry]] # {} >/o.*/ {} # true",
        "[ate nsubj>Bill obj>[muffins compound>blueberry]] # {} >/bj/ {} # false",
        "[sale nmod:poss>Acme nmod:of>Widgets] # {} >nmod {} # false",
        "[sale nmod:poss>Acme nmod:of>Widgets] # {} >/nmod:(poss|by)/ {} # true",
        "[sale nmod:poss>Acme nmod:of>Widgets] # {} >/nmod:of/ {} >/nmod:in/ {} # false",
        "[sale nmod:poss>Acme nmod:of>Widgets] # {} >/nmod:of/ ({} </nmod:poss/ {}) # true",
    })
    void theFenceLetsThroughWhatSemgrexMatches(String graph, String pattern, boolean passes) {
        SemanticGraph g = SemanticGraph.valueOf(graph.strip());
        Set<String> names = new HashSet<>();
        for (SemanticGraphEdge edge : g.edgeIterable()) {
            names.add(edge.getRelation().toString());
        }
        Set<String> lemmas = new HashSet<>();
        g.vertexSet().forEach(w -> lemmas.add(w.word().toLowerCase()));
        boolean fence = RequiredLemmas.of(pattern.strip()).mayMatch(lemmas, names);
        assertEquals(passes, fence, "the fence on " + pattern);
        assertTrue(fence || !SemgrexPattern.compile(pattern.strip()).matcher(g).find(), "Semgrex matches " + pattern);
    }

    @Test
    void everyBundledRuleRequiresAWordOrARelation() {
        // session 25 left 18 rules with no required lemma, so they ran on every sentence
        List<String> unfenced = RuleFile.bundled().stream()
                .filter(r -> r.required().anyOf().isEmpty() && r.required().relations().isEmpty())
                .map(RelationRule::id).collect(Collectors.toList());
        assertTrue(unfenced.isEmpty(), "rules with no required lemma or relation: " + unfenced);
    }
}
