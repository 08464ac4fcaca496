package org.newsgraph.extract.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Relation;

/**
 * One rule of the rules file: a Semgrex pattern over the enhanced++ graph whose nodes {@code subject} and
 * {@code object} (and optionally {@code role}, the title of roleAt) name the two ends of a relation.
 *
 * @param inverse   the pattern's subject is the relation's object ("X owns Y" is Y ownedBy X)
 * @param role      the roleAt title when the pattern names no {@code role} node ("founder"), else null
 * @param otherwise when the pattern leaves {@code object} unmatched: "company" takes the organisation the sentence
 *                  is about ("clients such as A and B"), "topic" the one the article is about ("Chief executive
 *                  Jane Roe said"), "salient-topic" the topic only when it is also the organisation "the company" means
 *                  at the start of the sentence (the last main clause's subject), "goods-holder" the organisation
 *                  whose counted goods the sentence before names ("X runs 420 vans. Ninety of them are leased from
 *                  Y": {@link GoodsHolder}), "goods-maker" the organisation that makes the plural goods the sentence
 *                  before names ("The trams are built by X. Their bogies are supplied by Y": {@link GoodsMaker}),
 *                  null drops the match
 * @param localPlace basedIn: the place must be a city or region, not a country or a continent ("a Dublin investment group" is based
 *                  in Dublin; "a US firm" states a nationality, not a seat)
 * @param modelMaker the node named object must be a product named after its maker ("ordered 20 Airbus A350 jets"),
 *                  and the relation's end is that maker (field {@code object model-maker}); any other end drops the match
 * @param examples  sentences the rule must find its relation in, and sentences it must find nothing of its predicate
 *                  in (both run by RelationRulesIT)
 * @param line      where the rule starts in its file, for messages
 * @param required  the lemmas the pattern cannot match without, so that a sentence without them is passed over
 */
public record RelationRule(String id, String predicate, boolean inverse, double confidence, String role,
                           String source, SemgrexPattern pattern, String otherwise, boolean localPlace, boolean modelMaker,
                           List<Example> examples, int line, RequiredLemmas required) {

    /**
     * A sentence and the relation the rule finds in it, by names: "subject | predicate | object"; or {@value #NOTHING}:
     * the rule finds no relation of its predicate there ("Halvorsen did not buy Brindle").
     */
    public record Example(String sentence, String expected) {

        public static final String NOTHING = "nothing";

        /** Whether the sentence must give nothing. */
        public boolean nothing() {
            return NOTHING.equals(expected);
        }
    }

    public RelationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pattern, "pattern");
        if (!Relation.PREDICATES.contains(predicate)) {
            throw new IllegalArgumentException("unknown predicate '" + predicate + "'");
        }
        examples = List.copyOf(examples);
        Objects.requireNonNull(required, "required");
    }

    /** A rule whose required lemmas are read from its pattern ({@link RequiredLemmas#of}). */
    public RelationRule(String id, String predicate, boolean inverse, double confidence, String role, String source,
                        SemgrexPattern pattern, String otherwise, boolean localPlace, boolean modelMaker, List<Example> examples,
                        int line) {
        this(id, predicate, inverse, confidence, role, source, pattern, otherwise, localPlace, modelMaker, examples, line,
                RequiredLemmas.of(pattern.pattern()));
    }
}
