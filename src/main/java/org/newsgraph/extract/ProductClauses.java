package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether a figure's own clause is about a product rather than an organisation: the thing a maker makes owns the
 * figures said of it ("The aircraft is thought to have attracted 840 orders", "the new 290+ seat jetliner", "The new
 * planes ... will be fitted with winglets to boost fuel efficiency by as much as 3%", "The release of the Dreamliner
 * is almost two and a half years behind schedule": MEANTIME tuning, two articles; session 21's learned promotion
 * credited such figures to the maker on the reported half). Read from the parse: on the climb from the figure (its
 * own words left out: "ordered 24 jets" counts the buyer's jets) to the first word with a subject of its own, a
 * noun that names a product (an entity of type product) or is a kind of product makers number ({@code
 * figure/model-nouns.txt}: aircraft, jetliner, car, phone, engine ...), or that word's subject so named, or such a
 * subject's of-attachment ("the release of the Dreamliner"). Bounded by {@link FigureContext#MAX_CLIMB} steps;
 * cycle-safe (the climb stops at a word seen before).
 */
final class ProductClauses {

    /** Kinds of product that makers number: the list {@code ModelCodes} reads (lower case). */
    static final Set<String> PRODUCT_NOUNS = Set.copyOf(ResourceTable.rows(
            "/org/newsgraph/extract/figure/model-nouns.txt", 1, "one noun a line").stream()
            .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).toList());

    /**
     * What the clause says the figure is about: the product named (or null), whether a product noun was met, and the
     * word that said so (null for none).
     */
    record Owner(Entity product, boolean productNoun, Token at) {

        static final Owner NONE = new Owner(null, false, null);

        boolean found() {
            return product != null || productNoun;
        }
    }

    private ProductClauses() {
    }

    /** The product the figure's clause is about, as far as its words on the climb and their subject say. */
    static Owner of(AnnotatedSentence sentence, List<Token> span, Token head, Function<Token, Entity> entityAt) {
        Set<Integer> seen = new HashSet<>();
        for (Token token : span) {
            seen.add(token.index());
        }
        Token current = head;
        for (int step = 0; step < FigureContext.MAX_CLIMB && current != null; step++) {
            if (step > 0 || !seen.contains(current.index())) {
                Owner own = named(sentence, current, entityAt);
                if (own.found()) {
                    return own;
                }
            }
            Token subject = subject(sentence, current);
            if (subject != null) {
                Owner owner = named(sentence, subject, entityAt);
                if (owner.found()) {
                    return owner;
                }
                for (Token child : sentence.children(subject)) {
                    Entity entity = entityAt.apply(child);
                    if (entity != null && entity.type() == EntityType.PRODUCT
                            && DependencyWalk.relation(sentence, subject, child).equals("nmod:of")) {
                        return new Owner(entity, true, subject);
                    }
                }
                return Owner.NONE;
            }
            Token up = sentence.head(current);
            if (up == null || !seen.add(up.index())) {
                return Owner.NONE;
            }
            current = up;
        }
        return Owner.NONE;
    }

    /** A word that names a product or is a product noun; an organisation, a person or a place named is none. */
    private static Owner named(AnnotatedSentence sentence, Token token, Function<Token, Entity> entityAt) {
        Entity entity = entityAt.apply(token);
        if (entity != null) {
            return entity.type() == EntityType.PRODUCT ? new Owner(entity, true, token) : Owner.NONE;
        }
        if (!token.pos().startsWith("NN")) {
            return Owner.NONE;
        }
        if (!PRODUCT_NOUNS.contains(token.text().toLowerCase(Locale.ROOT))) {
            return token.pos().startsWith("NNP") ? Owner.NONE : modelNamed(sentence, token, entityAt);
        }
        // "Corvin's Mistral 7 business jet": the product noun named by a product before it
        for (Token child : sentence.children(token)) {
            Entity modifier = entityAt.apply(child);
            if (modifier != null && modifier.type() == EntityType.PRODUCT
                    && DependencyWalk.relation(sentence, token, child).equals("compound")) {
                return new Owner(modifier, true, token);
            }
        }
        return new Owner(null, true, token);
    }

    /**
     * A common noun that a model name stands before ("Tallin Robotics' Moss 3 vacuum cleaner", "its Aria folding
     * e-bike"): a product when the entity step typed the name one, or when the noun is a kind of product ({@link
     * TypeCues#PRODUCT_NOUNS}: bike, scooter, yacht ...) and the name was typed an organisation (the entity reader
     * takes an unknown model's name for a company's, or leaves it untyped: sessions 22-23) and a maker marks it ("its",
     * "Veltro's"); a product noun then, with no product named.
     */
    private static Owner modelNamed(AnnotatedSentence sentence, Token token, Function<Token, Entity> entityAt) {
        for (Token child : sentence.children(token)) {
            Entity modifier = entityAt.apply(child);
            if (child.index() > token.index() || !DependencyWalk.relation(sentence, token, child).equals("compound")
                    || modifier == null && !isName(child)) {
                continue;
            }
            if (modifier != null && modifier.type() == EntityType.PRODUCT) {
                return new Owner(modifier, true, token);
            }
            if ((modifier == null || modifier.type() == EntityType.ORGANIZATION)
                    && TypeCues.PRODUCT_NOUNS.contains(token.text().toLowerCase(Locale.ROOT))
                    && hasMaker(sentence, token, modifier, entityAt)) {
                return new Owner(null, true, token);
            }
        }
        return Owner.NONE;
    }

    /**
     * Whether a modifier is written as a name the entity step left untyped ("its Aria folding e-bike", where the tagger
     * read "Aria" as a common noun): capitalised, not the sentence's first word.
     */
    static boolean isName(Token word) {
        return word.index() > 0 && !word.text().isEmpty() && Character.isUpperCase(word.text().charAt(0))
                && Character.isLetter(word.text().charAt(0));
    }

    /** Whether a noun has a possessor other than its name modifier: "its", "Veltro's" (the maker's mark). */
    private static boolean hasMaker(AnnotatedSentence sentence, Token noun, Entity name,
                                    Function<Token, Entity> entityAt) {
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (relation.equals("nmod:poss") || relation.equals("det:poss")) {
                Entity possessor = entityAt.apply(child);
                return possessor == null ? child.pos().startsWith("PRP")
                        : name == null || !possessor.id().equals(name.id());
            }
        }
        return false;
    }

    /**
     * The product words met on the whole climb from the figure (up to {@link FigureContext#MAX_CLIMB} words, as the
     * subject chain climbs), nearest first: each verb's subject that is a product word ("Corvin's Mistral 7 business
     * jet, launched two years ago at a price of $18 million, has won only nine orders", where the parser made "$18
     * million" the subject of "won" and the chain went on to "launched"), and, after a verb with no subject of its own
     * (a participle: "Tavish Marine unveiled its Solent 40 yacht, cutting the price to 390,000 pounds"), the object of
     * the verb above that is one ("the third version of its Aria folding e-bike": a kind noun's "of"). Whose maker is
     * whose is for {@link #madeBy} to say: the product word must carry the answer's mark. The figure's own words and a
     * word seen before are left out (cycle-safe).
     */
    static List<Owner> onTheClimb(AnnotatedSentence sentence, List<Token> span, Token head,
                                  Function<Token, Entity> entityAt) {
        Set<Integer> seen = new HashSet<>();
        for (Token token : span) {
            seen.add(token.index());
        }
        List<Owner> found = new ArrayList<>();
        Token current = head;
        boolean subjectless = false;
        for (int step = 0; step < FigureContext.MAX_CLIMB && current != null; step++) {
            Token subject = subject(sentence, current);
            if (subject != null && !seen.contains(subject.index())) {
                Owner owner = named(sentence, subject, entityAt);
                if (owner.found()) {
                    found.add(owner);
                }
            }
            if (subjectless && current.pos().startsWith("VB")) {
                for (Token child : sentence.children(current)) {
                    if (DependencyWalk.relation(sentence, current, child).equals("obj")
                            && !seen.contains(child.index())) {
                        Owner owner = named(sentence, kindOf(sentence, child), entityAt);
                        if (owner.found()) {
                            found.add(owner);
                        }
                    }
                }
            }
            subjectless = current.pos().startsWith("VB") && (subject == null || seen.contains(subject.index()));
            Token up = sentence.head(current);
            if (up == null || !seen.add(up.index())) {
                break;
            }
            current = up;
        }
        return found;
    }

    /** The thing a kind noun is of ("the third version of its Aria folding e-bike"), else the noun itself. */
    private static Token kindOf(AnnotatedSentence sentence, Token noun) {
        if (!TypeCues.KIND_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return noun;
        }
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:of")) {
                return child;
            }
        }
        return noun;
    }

    /**
     * Whether an organisation is the maker the product word of an owner is said to belong to: its possessor or name
     * modifier ("Corvin's Mistral 7 business jet", "its Kestrel engine" with "its" standing for the organisation,
     * "the Boeing 787"), or the organisation attached to it by "of" or "from" ("the new jet from Corvin").
     *
     * @param standsFor the organisation a possessive pronoun stands for, or null
     */
    static boolean madeBy(AnnotatedSentence sentence, Owner owner, Entity organisation,
                          Function<Token, Entity> entityAt, Function<Token, Entity> standsFor) {
        if (owner.at() == null || organisation == null) {
            return false;
        }
        for (Token child : sentence.children(owner.at())) {
            String relation = DependencyWalk.relation(sentence, owner.at(), child);
            if (!MAKER_RELATIONS.contains(relation)) {
                continue;
            }
            Entity named = entityAt.apply(child);
            if (named == null && child.pos().startsWith("PRP")) {
                named = standsFor.apply(child);
            }
            if (named != null && named.id().equals(organisation.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a measurement's clause is about another thing that the product only describes: "The factory that builds
     * the Kite 400 covers 85,000 square metres", "The warehouse in Leeds that stores the Arrow covers 40,000 square
     * metres". The first subject on the climb from the figure is a common noun that names no product, and the product's
     * word sits in a clause inside that noun's phrase (a relative clause: "that builds", "where ... is serviced"), not
     * as its own modifier ("the Arrow's battery", "the battery of the Arrow" and "Range for the A380-800 model",
     * MEANTIME tuning, are the product's). Session 40 (issue 12): the product step credited
     * such measurements to the one product named. Bounded by {@link FigureContext#MAX_CLIMB}; cycle-safe.
     */
    static boolean describesAnother(AnnotatedSentence sentence, List<Token> span, Token head, Token product,
                                    Function<Token, Entity> entityAt) {
        Set<Integer> seen = new HashSet<>();
        for (Token token : span) {
            seen.add(token.index());
        }
        Token current = head;
        Token subject = null;
        for (int step = 0; step < FigureContext.MAX_CLIMB && current != null && subject == null; step++) {
            Token own = subject(sentence, current);
            if (own != null && !seen.contains(own.index())) {
                subject = own;
            }
            Token up = sentence.head(current);
            if (up == null || !seen.add(up.index())) {
                break;
            }
            current = up;
        }
        if (subject == null || !subject.pos().startsWith("NN") || subject.pos().startsWith("NNP")
                || entityAt.apply(subject) != null || named(sentence, subject, entityAt).found()) {
            return false;
        }
        Token word = product;
        boolean clause = false;
        Set<Integer> climbed = new HashSet<>();
        for (int step = 0; step < FigureContext.MAX_CLIMB && word != null && climbed.add(word.index()); step++) {
            Token up = sentence.head(word);
            if (up != null && up.index() == subject.index()) {
                return clause;
            }
            clause |= up != null && up.pos().startsWith("VB");
            word = up;
        }
        return false;
    }

    /** How a maker hangs on its product's word. */
    private static final Set<String> MAKER_RELATIONS = Set.of("nmod:poss", "det:poss", "compound", "nmod:of",
            "nmod:from");

    /** The nominal subject of a word (nsubj, nsubj:pass, nsubj:xsubj), or null. */
    static Token subject(AnnotatedSentence sentence, Token word) {
        for (Token child : sentence.children(word)) {
            if (DependencyWalk.relation(sentence, word, child).startsWith("nsubj")) {
                return child;
            }
        }
        return null;
    }
}
