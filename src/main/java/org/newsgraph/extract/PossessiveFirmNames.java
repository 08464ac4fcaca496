package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * A name the article writes with a possessive that owns nothing is a name that ends in "'s", as many family firms',
 * brewers' and shops' names do: "Cullen's, the Kilkenny craft brewer, has been bought", "Ridley's was founded by Martin
 * Ridley", "will join Ridley's." (the parse makes the "'s" the name's {@code case} while the name itself is a subject,
 * an object or an apposition's head, not the {@code nmod:poss} of a noun). Such a name is an organisation's, apart from
 * the person whose surname it shares ("Siobhan Cullen ... Cullen said"): its mentions keep the possessive in their
 * key ({@link NameKeys}), so the firm and the person are two things. The names a list knows are {@link
 * EntityRecognizer}'s (listed retailers, "Sainsbury's"); a place's possessive always owns ("Britain's").
 */
final class PossessiveFirmNames {

    /** The cue's rule: the mention is a firm's name that ends in "'s". */
    static final String RULE = "name-ending-in-possessive";

    /** The cue's rule: the name owns a noun written only in the clause before ("while Kestley's slipped 2%"). */
    static final String OWNER_OF_LEFT_OUT_NOUN = "owner-of-left-out-noun";

    private PossessiveFirmNames() {
    }

    /**
     * The name with its own possessive, an organisation by the cue, or the name as found. Not where the article names
     * an organisation whose name begins with the same words ("Norrberg Packaging ... while Norrberg's fell 6%"): there
     * the possessive is the short form's, owning a noun left out.
     */
    static FoundName withOwnPossessive(AnnotatedText doc, FoundName found, List<FoundName> named) {
        AnnotatedSentence sentence = doc.sentences().stream().filter(x -> x.index() == found.sentence()).findFirst()
                .orElse(null);
        if (sentence == null) {
            return found;
        }
        String text = doc.text();
        String bare = NameKeys.bareName(found.text());
        if (found.entry() != null || found.type() == EntityType.PLACE || found.type() == EntityType.PRODUCT
                || found.demonym() || sentence.dependencies().isEmpty()
                || found.cue() != null && found.cue().type() != EntityType.ORGANIZATION) {
            return found;
        }
        List<Token> name = sentence.tokensIn(found.start(), found.end());
        List<Token> after = sentence.tokens().stream().filter(t -> t.start() >= found.end()).limit(2).toList();
        if (name.isEmpty() || after.isEmpty() || after.get(0).start() != found.end()
                || !after.get(0).text().matches("'s|’s") || !after.get(0).pos().equals("POS")
                || after.size() > 1 && after.get(1).pos().matches("NN.*|JJ.*|CD|VBG|POS")
                || !name.stream().allMatch(t -> t.pos().startsWith("NNP") && Character.isUpperCase(t.text().codePointAt(0)))) {
            return found;
        }
        Token head = name.stream().filter(t -> !name.contains(sentence.head(t))).findFirst().orElse(null);
        if (head == null || sentence.head(after.get(0)) != head || !sentence.relationToHead(after.get(0)).equals("case")
                || sentence.relationToHead(head).startsWith("nmod:poss") || sentence.relationToHead(head).equals("root")) {
            return found;
        }
        if (named.stream().anyMatch(n -> n.type() != EntityType.PERSON && (NameKeys.bareName(n.text()).startsWith(bare + " ")
                || n.start() != found.start() && NameKeys.bareName(n.text()).equals(bare)))) {
            return found; // "Talbeck ... Talbeck's jumped 22%": the article names the firm without the possessive
        }
        if (parallelOwner(sentence, head)) {
            // "Sales at Brenmoor rose 8%, while Kestley's slipped 2%": a firm owning the noun left out, named bare
            return found.cue() != null ? found : new FoundName(found.start(), found.end(), found.text(),
                    found.sentence(), found.type(), found.weight(), new TypeCues.Cue(EntityType.ORGANIZATION,
                    OWNER_OF_LEFT_OUT_NOUN), null, false);
        }
        int end = after.get(0).end();
        return new FoundName(found.start(), end, text.substring(found.start(), end), found.sentence(), found.type(),
                found.weight(), new TypeCues.Cue(EntityType.ORGANIZATION, RULE), null, false);
    }

    /**
     * The noun a name with a possessive and no noun owns, left out because a subject beside it says it, or null:
     * "Toyota's sales dropped 32%, while Honda's slipped 25%", "GM's revenue fell 8% and Ford's rose 2%", "Shares of
     * Talbeck rose, while Corvane's fell", "Sales at Brenmoor rose 8%, while Kestley's slipped 2%" (session 41, issue
     * 12: round-ups of several firms in one sentence). The name is then the firm's plain name, and what moved is that
     * noun: the firm's stock only when the noun is its shares ({@link MarketMoves}). The name must carry the
     * possessive itself; the other subject is a common noun owned by a name ("'s", "of", "at").
     */
    static Token leftOutNoun(AnnotatedSentence sentence, Token head) {
        if (!sentence.relationToHead(head).startsWith("nsubj")
                || sentence.children(head).stream().noneMatch(c -> c.pos().equals("POS"))) {
            return null;
        }
        Token verb = sentence.head(head);
        for (Token token : sentence.tokens()) {
            if (token == head || !sentence.relationToHead(token).startsWith("nsubj") || sentence.head(token) == verb
                    || !token.pos().startsWith("NN") || token.pos().startsWith("NNP")) {
                continue;
            }
            for (Token owner : sentence.children(token)) {
                String relation = sentence.relationToHead(owner);
                boolean possessive = relation.equals("nmod:poss")
                        && sentence.children(owner).stream().anyMatch(c -> c.pos().equals("POS"));
                if ((possessive || relation.equals("nmod:of") || relation.equals("nmod:at"))
                        && owner.pos().startsWith("NNP")) {
                    return token;
                }
            }
        }
        return null;
    }

    /** Whether the name owns a noun left out ({@link #leftOutNoun}). */
    static boolean parallelOwner(AnnotatedSentence sentence, Token head) {
        return leftOutNoun(sentence, head) != null;
    }

    /** Whether a mention is a firm's name ending in its own possessive, which its key keeps. */
    static boolean ownPossessive(FoundName found) {
        return found.cue() != null && RULE.equals(found.cue().rule());
    }
}
