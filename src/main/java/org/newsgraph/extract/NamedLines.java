package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether the noun a figure's clause measures is said of a named product or line ("Sales of the Sentra line reached
 * $205 million", "Revenue from its Crumbly snack range rose 14%", "Sales of its migraine drug Calmira rose 27%"):
 * such a company's results are the product's or the line's, not the company the article is about. Read from the
 * parse: on the climb from the figure (its own words left out) to the first word with a subject, that subject's
 * "of" or "from" attachment, when it is a product the entity step typed, or a product or line noun ({@link
 * TypeCues#PRODUCT_NOUNS}, {@code figure/model-nouns.txt}, {@code figure/line-nouns.txt}) with a name before it or
 * beside it, or a name with such a noun before it ("drug Calmira"). Held-out sets of sessions 23 and 38 credited
 * such results to the company ({@code implicit-result}). Bounded by {@link FigureContext#MAX_CLIMB}; cycle-safe.
 */
final class NamedLines {

    private static final Set<String> LINE_NOUNS = words("/org/newsgraph/extract/figure/line-nouns.txt");
    /** How a measured noun hangs the thing it is of: "sales of the Sentra line", "revenue from its range". */
    private static final Set<String> OF_RELATIONS = Set.of("nmod:of", "nmod:from");

    private NamedLines() {
    }

    /**
     * The word of the named product or line the figure's measured noun is of ("line" of "the Sentra line",
     * "Calmira" of "its migraine drug Calmira"), or null.
     */
    static Token of(AnnotatedSentence sentence, List<Token> span, Token head, Function<Token, Entity> entityAt) {
        Set<Integer> seen = new HashSet<>();
        for (Token token : span) {
            seen.add(token.index());
        }
        Token current = head;
        for (int step = 0; step < FigureContext.MAX_CLIMB && current != null; step++) {
            Token subject = ProductClauses.subject(sentence, current);
            if (subject != null && !seen.contains(subject.index())) {
                for (Token child : sentence.children(subject)) {
                    if (OF_RELATIONS.contains(DependencyWalk.relation(sentence, subject, child))
                            && !seen.contains(child.index()) && named(sentence, child, entityAt)) {
                        return child;
                    }
                }
                return null;
            }
            Token up = sentence.head(current);
            if (up == null || !seen.add(up.index())) {
                return null;
            }
            current = up;
        }
        return null;
    }

    /** The product the entity step typed at a line's word or at the name beside it ("the Sentra line"), or null. */
    static Entity product(AnnotatedSentence sentence, Token line, Function<Token, Entity> entityAt) {
        Entity entity = entityAt.apply(line);
        if (entity != null) {
            return entity.type() == EntityType.PRODUCT ? entity : null;
        }
        for (Token child : modifiers(sentence, line)) {
            Entity modifier = entityAt.apply(child);
            if (modifier != null && modifier.type() == EntityType.PRODUCT) {
                return modifier;
            }
        }
        return null;
    }

    /**
     * The words beside a line's or a product's noun that may name it: its compounds and appositions, and the
     * compounds of a common noun among them, one level down ("the Hearthside soup range", "the Pipkin doll range":
     * the parser hangs the name on the kind of goods, not on "range"). Session 40: such lines were left to the chain
     * and their results asserted for the company ({@code implicit-result}).
     */
    private static List<Token> modifiers(AnnotatedSentence sentence, Token word) {
        List<Token> modifiers = new ArrayList<>();
        for (Token child : sentence.children(word)) {
            String relation = DependencyWalk.relation(sentence, word, child);
            if (!relation.equals("compound") && !relation.equals("appos")) {
                continue;
            }
            modifiers.add(child);
            if (relation.equals("compound") && child.pos().startsWith("NN") && !child.pos().startsWith("NNP")) {
                for (Token grandchild : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, grandchild).equals("compound")
                            && grandchild.index() != word.index()) {
                        modifiers.add(grandchild);
                    }
                }
            }
        }
        return modifiers;
    }

    /** A product named, or a product or line noun and a name together ("the Sentra line", "drug Calmira"). */
    private static boolean named(AnnotatedSentence sentence, Token word, Function<Token, Entity> entityAt) {
        Entity entity = entityAt.apply(word);
        if (entity != null) {
            return entity.type() == EntityType.PRODUCT;
        }
        boolean lineNoun = lineNoun(word);
        boolean name = word.pos().startsWith("NNP");
        for (Token child : modifiers(sentence, word)) {
            Entity modifier = entityAt.apply(child);
            if (modifier != null && modifier.type() == EntityType.PRODUCT) {
                return true;
            }
            boolean childName = modifier == null ? ProductClauses.isName(child) && child.pos().startsWith("NNP")
                    : modifier.type() != EntityType.PLACE && modifier.type() != EntityType.PERSON;
            if (lineNoun && childName || name && lineNoun(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lineNoun(Token word) {
        if (!word.pos().startsWith("NN") || word.pos().startsWith("NNP")) {
            return false;
        }
        String text = word.text().toLowerCase(Locale.ROOT);
        String lemma = word.lemma() == null ? text : word.lemma().toLowerCase(Locale.ROOT);
        return LINE_NOUNS.contains(lemma) || TypeCues.PRODUCT_NOUNS.contains(text)
                || ProductClauses.PRODUCT_NOUNS.contains(lemma);
    }

    private static Set<String> words(String resource) {
        return ResourceTable.rows(resource, 1, "one noun a line").stream()
                .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
