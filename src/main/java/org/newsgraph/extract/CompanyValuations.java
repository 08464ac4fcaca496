package org.newsgraph.extract;

import java.util.List;
import java.util.function.BiPredicate;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * An amount a company is valued at measures the company's value, not a noun nearby: "shares closed 6.5% lower,
 * valuing the company at 2.6 billion euros" (market value: the valuation follows from a move of its shares), "the
 * start-up was valued at $12 billion in its last funding round", "Glenrock is now valued at $800 million"
 * (valuation). The amount hangs by "at" on a verb of valuing whose object, or passive subject, is an organisation (a
 * name the article types so, or a word standing for one: "the company", "it"). A thing valued that is no company
 * ("cocaine valued at 3 million pounds", "a contract valued at $2 billion") is left to the other steps, as is a
 * valuation a deal noun states ("a deal valuing the business at", "the bid values the miner at": the deal's
 * noun, read by the steps that read the figure's governing noun or subject; so is any valuing verb with a subject of
 * its own).
 */
final class CompanyValuations {

    static final String STEP = "valued-company";
    static final String MARKET_VALUE = "market value";
    static final String VALUATION = "valuation";
    /** How far above the valuing verb a verb moving the shares may be ("closed ..., valuing", "rose to $18.20, valuing"). */
    private static final int MOVE_CLIMB = 3;

    private CompanyValuations() {
    }

    /**
     * What the amount whose top token is given measures when a company is valued at it ("market value",
     * "valuation"), or null.
     *
     * @param organisation whether a token of the sentence stands for an organisation
     */
    static String measure(AnnotatedSentence sentence, Token amount, BiPredicate<AnnotatedSentence, Token> organisation) {
        Token verb = valuingVerb(sentence, amount);
        if (verb == null) {
            return null;
        }
        Token valued = null;
        for (Token child : sentence.children(verb)) {
            String relation = DependencyWalk.relation(sentence, verb, child);
            if (relation.equals("obj") || relation.equals("nsubj:pass")) {
                valued = child;
            } else if (relation.equals("nsubj")) {
                return null; // "the bid values the miner at A$2.1 billion": what values it says what the amount is
            }
        }
        if (valued == null || !organisation.test(sentence, valued)) {
            return null;
        }
        String relation = sentence.relationToHead(verb);
        Token governor = sentence.head(verb);
        if (relation.startsWith("acl") && governor != null && governor.pos().startsWith("NN")) {
            // "a deal valuing the business at ...", "a transaction that values Corvel at": the deal's own noun says
            // what the amount is
            return null;
        }
        return verb.pos().equals("VBG") && movedShares(sentence, verb) ? MARKET_VALUE : VALUATION;
    }

    /** The verb of valuing the amount hangs on by "at" ("valued at $12 billion", "valuing X at 2.6 billion euros"). */
    private static Token valuingVerb(AnnotatedSentence sentence, Token amount) {
        Token head = sentence.head(amount);
        if (head == null) {
            return null;
        }
        if (isValue(head) && hasAt(sentence, amount)) {
            return head; // obl with its case "at"
        }
        // "$" amounts: the parser makes "at" an adverb of the verb and the amount a dependent of "at"
        Token verb = sentence.head(head);
        return head.text().equalsIgnoreCase("at") && verb != null && isValue(verb) ? verb : null;
    }

    private static boolean hasAt(AnnotatedSentence sentence, Token amount) {
        return sentence.children(amount).stream().anyMatch(c -> c.text().equalsIgnoreCase("at")
                && DependencyWalk.relation(sentence, amount, c).equals("case"));
    }

    private static boolean isValue(Token token) {
        return token.pos().startsWith("VB") && "value".equals(token.lemma());
    }

    /** Whether the valuing participle follows from a move of a price: "closed down 6.5%, valuing the company at". */
    private static boolean movedShares(AnnotatedSentence sentence, Token verb) {
        List<Token> above = DependencyWalk.ancestors(sentence, verb);
        return above.stream().limit(MOVE_CLIMB).anyMatch(t -> t.pos().startsWith("VB") && MarketMoves.isMoveVerb(t));
    }
}
