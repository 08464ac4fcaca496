package org.newsgraph.extract.relation;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Whether the parse shows a place describing an organisation, the structure of a seat: the place inside the
 * organisation's own noun phrase or one apposed to it ("the Oslo carmaker", "a Dublin lessor", "Brisca, a supplier in
 * Leeds"), or the place of "based" or "headquartered" said of it ("X will be based in Y", "the Y-based X"). A place
 * merely in the same sentence (a dateline, "shares closed higher in London", "a court in Manhattan") is not.
 * The walk from the place up its heads is at most {@link #MAX_STEPS} steps.
 */
final class PlaceOfOrganisation {

    static final int MAX_STEPS = 3;
    /** Relations that keep a walk inside a noun phrase. */
    private static final Set<String> NOMINAL = Set.of("compound", "amod", "appos", "nmod", "nmod:in", "nmod:of",
            "nmod:from", "nmod:poss", "obl:in", "acl", "case");
    /** Verbs whose place is the seat of their subject. */
    private static final Set<String> SEAT_VERBS = Set.of("base", "headquarter", "headquartered", "based");

    private PlaceOfOrganisation() {
    }

    static boolean describes(AnnotatedSentence sentence, Entity organisation, int placeStart, int placeEnd) {
        if (sentence == null) {
            return false;
        }
        List<Token> place = sentence.tokensIn(placeStart, placeEnd);
        for (Token token : place) {
            Token at = token;
            for (int step = 0; step < MAX_STEPS && at != null; step++) {
                String relation = sentence.relationToHead(at);
                Token head = sentence.head(at);
                if (head == null || !NOMINAL.contains(relation) && !relation.startsWith("nmod:")
                        && !relation.startsWith("obl:")) {
                    break;
                }
                if (head.pos().startsWith("VB") && !SEAT_VERBS.contains(head.lemma().toLowerCase())) {
                    break;
                }
                if (names(organisation, head) || apposedTo(sentence, organisation, head)
                        || seatOf(sentence, organisation, head)) {
                    return true;
                }
                at = head;
            }
        }
        return false;
    }

    /** Whether a token is inside a mention of the organisation. */
    private static boolean names(Entity organisation, Token token) {
        for (Span mention : organisation.mentions()) {
            if (mention.start() <= token.start() && token.end() <= mention.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun is apposed to the organisation, or the organisation to it. */
    private static boolean apposedTo(AnnotatedSentence sentence, Entity organisation, Token noun) {
        Token head = sentence.head(noun);
        if (head != null && "appos".equals(sentence.relationToHead(noun)) && names(organisation, head)) {
            return true;
        }
        for (Token child : sentence.children(noun)) {
            if ("appos".equals(sentence.relationToHead(child)) && names(organisation, child)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a seat verb ("based", "headquartered") has the organisation as its subject or is said of it. */
    private static boolean seatOf(AnnotatedSentence sentence, Entity organisation, Token verb) {
        if (!SEAT_VERBS.contains(verb.lemma().toLowerCase()) && !SEAT_VERBS.contains(verb.text().toLowerCase())) {
            return false;
        }
        for (Token child : sentence.children(verb)) {
            if (sentence.relationToHead(child).startsWith("nsubj") && names(organisation, child)) {
                return true;
            }
        }
        Token head = sentence.head(verb);
        return head != null && (names(organisation, head) || apposedTo(sentence, organisation, head));
    }
}
