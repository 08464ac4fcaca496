package org.newsgraph.extract.coref;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Two misreadings of the parser around a quotation's verb of saying, read back to the speaker news means: the name
 * after an inverted verb taken as its object ("'...,' said Michael R. Golden, the GAO's counsel": Golden the
 * {@code obj} of "said", which hangs on a noun of the quote), and a participle of saying that ends the main clause hung
 * on the nearest noun ("Mannion stated that there were routes resulting from the new aircraft, saying, 'We ...'":
 * "saying" an {@code acl} of "aircraft", whose subject is the main clause's).
 */
final class QuoteAttribution {

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d");

    private QuoteAttribution() {
    }

    /**
     * The speaker of a verb of saying with no subject that follows a quotation's closing mark (a comma may stand
     * between): its object after it ("'...,' said Golden" parsed with Golden as {@code obj}); empty when the verb does
     * not so follow a quotation or has no object after it.
     */
    static Optional<Token> invertedSpeaker(AnnotatedSentence sentence, Token verb, Quotations quotes) {
        if (quotes.numberOf(verb) != null || !followsClosingMark(sentence, verb, quotes)) {
            return Optional.empty();
        }
        return sentence.children(verb).stream()
                .filter(c -> c.index() > verb.index() && DependencyWalk.relation(sentence, verb, c).equals("obj"))
                .findFirst();
    }

    /** Whether the token before the verb is a closing quotation mark, or a comma right after one. */
    private static boolean followsClosingMark(AnnotatedSentence sentence, Token verb, Quotations quotes) {
        int first = sentence.tokens().get(0).index();
        int at = verb.index() - 1;
        if (at >= first && sentence.token(at).text().equals(",")) {
            at--;
        }
        return at - 1 >= first && QUOTE_MARKS.contains(sentence.token(at).text())
                && quotes.numberAt(at - 1) != null;
    }

    /**
     * The main clause a participle of saying set off by a comma continues, when the parser hung the participle on a
     * noun ({@code acl}): the sentence's root verb, before the participle; null for a participle with a subject of its
     * own, one that hangs on a verb, or a root that is no verb.
     */
    static Token trailingParticipleClause(AnnotatedSentence sentence, Token verb) {
        Token head = sentence.head(verb);
        int first = sentence.tokens().get(0).index();
        if (!verb.pos().equals("VBG") || head == null || head.pos().startsWith("VB")
                || !sentence.relationToHead(verb).startsWith("acl") || verb.index() - 1 < first
                || !sentence.token(verb.index() - 1).text().equals(",")) {
            return null;
        }
        Token root = sentence.root();
        return root != null && sentence.head(root) == null && root.pos().startsWith("VB") && root.index() < verb.index()
                ? root : null;
    }
}
