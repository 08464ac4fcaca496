package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * A one-word name the NER calls an organisation where it only says where some one thing is from ("a Leeds law firm",
 * "a Swindon engineer"): a noun with "a" or "an" is one of a kind, not a firm the name names (the type cues refuse to
 * make the name a firm there), so the name is the place the name lists know it as, when they know it as exactly one
 * place. Not where the article's words type the name at another mention, and never a name the lists do not hold.
 * The same holds for a definite kind of organisation the name is compounded with ("the Liverpool firm", "the Aberdeen
 * company"): the only words that made such a name a firm were that compound ({@link
 * TypeCues#COMPOUND_OF_ORGANIZATION_NOUN}), and a name the lists know only as a town says where the firm is; typed a
 * firm, the town became the answer to "the Liverpool firm" and the rival of the firm it described.
 */
final class PlaceModifiers {

    private PlaceModifiers() {
    }

    /**
     * Retypes, in place, the NER's lone organisation guesses that modify a noun with "a", and names made firms only by a
     * kind of organisation they are compounded with, that name one listed place.
     */
    static void retype(AnnotatedText doc, List<FoundName> found, Gazetteer gazetteer) {
        List<String> cued = found.stream().filter(f -> f.cue() != null && !placeCompound(f)
                && !describesAnotherName(doc, f)).map(FoundName::text).toList();
        found.replaceAll(f -> {
            boolean town = describesAnotherName(doc, f);
            if (cued.contains(f.text()) || !(guessedOrganization(f) && modifiesOneOfAKind(doc, f)
                    || placeCompound(f) && oneWord(f) || town)) {
                return f;
            }
            Gazetteer.Entry entry = PersonGuesses.listed(f.text(), gazetteer);
            return entry == null || entry.type() != EntityType.PLACE ? f
                    : new FoundName(f.start(), f.end(), f.text(), f.sentence(), EntityType.PLACE, TypeVote.KNOWN_VOTE,
                            town ? new TypeCues.Cue(EntityType.PLACE, TOWN_OF_DESCRIBED_NAME) : null, entry);
        });
    }

    /** The rule of a town written before the trade noun that describes another name: "Pell, the Tarrowby haulier". */
    static final String TOWN_OF_DESCRIBED_NAME = "town-before-trade-noun";
    /** How many nouns of a trade the walk from the name to the noun that describes a firm climbs at most. */
    private static final int TRADE_NOUNS = 3;

    /**
     * Whether the name, no word a list or a demonym gave, is a compound of a common noun with "the", "a" or "an" that
     * is itself an apposition or a compound of another proper name: "Pemberton's, the Leeds distributor", "the
     * Carlisle biscuit maker" apposed to the firm, "the Burton Latimer haulage firm Pell &amp; Daughters". The firm
     * is that other name; the name before its trade says where it is (the NER calls such a town an organisation, and
     * "maker" makes it a product). Climbs through a few lower-case nouns of the trade ("biscuit maker", "haulage firm").
     */
    static boolean describesAnotherName(AnnotatedText doc, FoundName f) {
        if (f.entry() != null || f.demonym() || f.type() == EntityType.PERSON) {
            return false;
        }
        AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                .orElse(null);
        if (sentence == null || sentence.dependencies().isEmpty()) {
            return false;
        }
        List<Token> name = sentence.tokensIn(f.start(), f.end());
        if (name.isEmpty()) {
            return false;
        }
        Token word = name.get(name.size() - 1);
        Token noun = sentence.head(word);
        int steps = 0;
        while (noun != null && sentence.relationToHead(word).equals("compound") && commonNoun(noun)
                && noun.index() > word.index() && steps < TRADE_NOUNS) {
            Token up = sentence.head(noun);
            if (up == null || !sentence.relationToHead(noun).equals("compound") || !commonNoun(up)) {
                break;
            }
            word = noun;
            noun = up;
            steps++;
        }
        if (noun == null || !sentence.relationToHead(word).equals("compound") || !commonNoun(noun)
                || noun.index() <= word.index()) {
            return false;
        }
        Token described = noun;
        boolean determined = sentence.children(noun).stream().anyMatch(child -> sentence.relationToHead(child)
                .equals("det") && child.text().toLowerCase(Locale.ROOT).matches("the|an?"));
        Token head = sentence.head(noun);
        boolean toName = head != null && sentence.relationToHead(noun).matches("appos|compound") && otherName(head, name)
                || sentence.children(noun).stream().anyMatch(child -> sentence.relationToHead(child).equals("appos")
                && otherName(child, name) && child.index() > described.index());
        return determined && toName;
    }

    private static boolean commonNoun(Token token) {
        return token.pos().matches("NNS?") && Character.isLowerCase(token.text().charAt(0));
    }

    private static boolean otherName(Token token, List<Token> name) {
        return token.pos().startsWith("NNP") && name.stream().noneMatch(t -> t.index() == token.index());
    }

    /** Whether the only words that make the mention a firm are a kind of organisation it is compounded with. */
    private static boolean placeCompound(FoundName f) {
        return f.cue() != null && f.cue().rule().equals(TypeCues.COMPOUND_OF_ORGANIZATION_NOUN) && !f.demonym();
    }

    private static boolean oneWord(FoundName f) {
        return f.text().matches("\\p{Lu}[\\p{L}-]+");
    }

    private static boolean guessedOrganization(FoundName f) {
        return f.type() == EntityType.ORGANIZATION && f.weight() == TypeVote.NER_VOTE && f.entry() == null
                && f.cue() == null && !f.demonym() && f.text().matches("\\p{Lu}[\\p{L}-]+");
    }

    /** Whether the name's one word is a compound of a later common noun that has "a" or "an": "a Leeds law firm". */
    private static boolean modifiesOneOfAKind(AnnotatedText doc, FoundName f) {
        AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                .orElse(null);
        if (sentence == null || sentence.dependencies().isEmpty()) {
            return false;
        }
        List<Token> tokens = sentence.tokensIn(f.start(), f.end());
        if (tokens.size() != 1) {
            return false;
        }
        Token word = tokens.get(0);
        Token head = sentence.head(word);
        return head != null && sentence.relationToHead(word).equals("compound") && head.index() > word.index()
                && head.pos().matches("NNS?") && Character.isLowerCase(head.text().charAt(0))
                && sentence.children(head).stream().anyMatch(child -> sentence.relationToHead(child).equals("det")
                && child.text().toLowerCase(Locale.ROOT).matches("an?"));
    }
}
