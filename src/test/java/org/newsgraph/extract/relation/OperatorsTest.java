package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentContext;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/** Airlines, retailers and customers operate or stock products: a productOf to one of them needs a making rule. */
class OperatorsTest {

    private static final Map<String, EntityType> TYPES = Map.of("Brindle", EntityType.ORGANIZATION,
            "Halvorsen", EntityType.ORGANIZATION, "Korvath", EntityType.ORGANIZATION, "Zephyr", EntityType.PRODUCT);

    private record Article(List<Entity> entities, List<AnnotatedSentence> sentences, DocumentContext context) {
    }

    /** One sentence: words as "text/POS/lemma" (punctuation alone), dependencies as "relation governor dependent", 1-based, 0 the root. */
    private static Article article(String words, String... dependencies) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        int index = 0;
        for (String part : words.split(" ")) {
            String[] p = part.split("/");
            int start = text.length();
            text.append(p[0]).append(' ');
            tokens.add(new Token(index++, 0, start, start + p[0].length(), p[0], p.length > 2 ? p[2] : p[0], p.length > 1 ? p[1] : p[0],
                    "O", null));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String dependency : dependencies) {
            String[] d = dependency.split(" ");
            int governor = Integer.parseInt(d[1]);
            deps.add(new Dependency(governor == 0 ? -1 : governor - 1, Integer.parseInt(d[2]) - 1, d[0]));
        }
        AnnotatedSentence sentence = new AnnotatedSentence(0, 0, text.length() - 1, tokens, deps);
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (Token token : tokens) {
            if (TYPES.containsKey(token.text())) {
                byName.put(token.text(), new Entity(token.text().toLowerCase(), token.text(), TYPES.get(token.text()),
                        List.of(), null, List.of(new Span(token.start(), token.end(), token.text(), 0))));
            }
        }
        List<Entity> entities = List.copyOf(byName.values());
        return new Article(entities, List.of(sentence),
                new DocumentContext(new AnnotatedText(text.toString(), List.of(sentence)), entities));
    }

    private static Relation productOf(String maker, String rule) {
        return new Relation("zephyr", "productOf", maker, null, new Span(0, 5, "x", 0), rule, 0.8);
    }

    private static List<String> kept(Article article, Relation... relations) {
        return Operators.withoutOperatorMakers(List.of(relations), article.entities(), article.sentences(),
                article.context()).stream().map(r -> r.object() + " " + r.rule()).toList();
    }

    @Test
    void aRetailerInAppositionSellsButDoesNotMake() {
        Article article = article("Brindle/NNP , the/DT retailer/NN , sells/VBZ/sell Zephyr/NNP ./.",
                "appos 1 4", "det 4 3", "nsubj 6 1", "root 0 6", "obj 6 7");
        assertEquals(Set.of("brindle"), Operators.operators(article.entities(), article.sentences(), article.context()));
        assertEquals(List.of("halvorsen product-made"), kept(article, productOf("brindle", "product-launch"),
                productOf("halvorsen", "product-made")));
    }

    @Test
    void anAirlineByCopulaOrByCompoundIsAnOperator() {
        Article copula = article("Korvath/NNP is/VBZ/be an/DT airline/NN ./.", "nsubj 4 1", "cop 4 2", "det 4 3",
                "root 0 4");
        assertEquals(Set.of("korvath"), Operators.operators(copula.entities(), copula.sentences(), copula.context()));
        Article compound = article("the/DT carrier/NN Korvath/NNP flies/VBZ/fly Zephyr/NNP ./.", "det 3 1",
                "compound 3 2", "nsubj 4 3", "root 0 4", "obj 4 5");
        assertEquals(List.of(), kept(compound, productOf("korvath", "product-possessive")));
    }

    @Test
    void aMakingRuleHoldsWhateverTheMakerIsCalled() {
        Article article = article("Brindle/NNP , the/DT retailer/NN , built/VBD/build Zephyr/NNP ./.",
                "appos 1 4", "det 4 3", "nsubj 6 1", "root 0 6", "obj 6 7");
        assertEquals(List.of("brindle product-made"), kept(article, productOf("brindle", "product-made")));
    }

    @Test
    void aCompanyNotCalledAnOperatorKeepsItsProducts() {
        Article article = article("Halvorsen/NNP launched/VBD/launch Zephyr/NNP ./.", "nsubj 2 1", "root 0 2",
                "obj 2 3");
        assertEquals(List.of("halvorsen product-launch"), kept(article, productOf("halvorsen", "product-launch")));
    }

    @Test
    void anAirlinesNameSaysSo() {
        assertTrue(Operators.airlineName("Korvath Air"));
        assertTrue(Operators.airlineName("Nordic Airways"));
        assertTrue(Operators.airlineName("Delta Air Lines"));
        assertTrue(Operators.airlineName("Air Nordica"));
        assertFalse(Operators.airlineName("United States Air Force"));
        assertFalse(Operators.airlineName("Air Force"));
        assertFalse(Operators.airlineName("Halvorsen Aerospace"));
        assertFalse(Operators.airlineName("Air"));
    }
}
