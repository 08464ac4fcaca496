package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A name a company owns by its possessive, which nothing else types: "Fenwick Software's Notara is used by many
 * lawyers", "customers of Corlan Foods' Brekka". A person's name after a firm's possessive is one the NER knows as a
 * person's, a place's one it knows as a place's and a unit's one the words around call a unit ("X's Y unit") or a
 * speaker ("X's Y said"); a coined name (no word of it a common noun WordNet knows) the NER left untyped there is
 * what the firm sells. The last of the type cues, asked
 * only when no other cue spoke.
 */
final class OwnedNames {

    /** The rule of a name a company's possessive owns and nothing else types. */
    static final String RULE = "owned-name-of-company";

    /** How many words the owned name may have. */
    private static final int MAX_WORDS = 2;

    private OwnedNames() {
    }

    /** The product cue of tokens [first, last) of the sentence, or null. */
    static TypeCues.Cue product(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (last - first < 1 || last - first > MAX_WORDS || sentence.dependencies().isEmpty()) {
            return null;
        }
        List<Token> name = tokens.subList(first, last);
        if (!name.stream().allMatch(t -> t.ner().equals("O") && t.pos().startsWith("NNP")
                && t.text().matches("\\p{Lu}\\p{Ll}+"))) {
            return null;
        }
        // a common noun in capitals ("Halvorsen's Delivery Center") is no coined name
        if (name.stream().anyMatch(t -> commonNoun(t.text()))) {
            return null;
        }
        Token head = name.get(name.size() - 1);
        boolean owned = sentence.children(head).stream().anyMatch(c -> !name.contains(c)
                && sentence.relationToHead(c).equals("nmod:poss") && c.ner().equals("ORGANIZATION")
                && c.pos().startsWith("NNP"));
        if (!owned || sentence.relationToHead(head).equals("compound")) {
            return null;
        }
        Token governor = sentence.head(head);
        String lemma = governor == null ? "" : (governor.lemma() == null ? governor.text() : governor.lemma())
                .toLowerCase(Locale.ROOT);
        // "Dorvin Bank's Haldane said it would ...": a speaker is an organisation's unit, not its product
        if (sentence.relationToHead(head).startsWith("nsubj") && governor != null && governor.pos().startsWith("VB")
                && org.newsgraph.extract.coref.Coreference.speechVerbs().contains(lemma)) {
            return null;
        }
        return new TypeCues.Cue(EntityType.PRODUCT, RULE);
    }

    /** Whether WordNet knows the word as a common noun (or the lexicon's overrides give it a kind). */
    private static boolean commonNoun(String word) {
        return !Lexicon.shared().kindsOf(word).isEmpty() || Lexicon.shared().knows(word);
    }
}
