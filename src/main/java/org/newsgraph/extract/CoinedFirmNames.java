package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.Token;

/**
 * A one-word name that opens its sentence as the subject of what firms do ("Agrova ships its fertiliser to farms in
 * Kenya", "Lumora employs 3,000 nurses", "Tarvick operates 40 container ships"): the NER leaves such a coined name
 * untyped, and a capital at a sentence's start says nothing by itself, so a one-word run there is a name only where
 * the word is coined, one that no dictionary holds as a common noun (WordNet). A word WordNet knows stays no name
 * there ("Management hired ...", a filing's heading run into its sentence: "Disposition On June 28, ..."), and a name
 * the NER calls a person or a place is not read here.
 */
final class CoinedFirmNames {

    private CoinedFirmNames() {
    }

    /**
     * Whether tokens [from, to) of a sentence, with the cue the words around them gave, are a coined firm's name that
     * opens the sentence: one word, untyped by the NER, unknown to WordNet, the subject of a firm's verb.
     */
    static boolean openingFirm(List<Token> tokens, int from, int to, TypeCues.Cue cue) {
        return from == 0 && to == 1 && cue != null && cue.rule().equals(TypeCues.SUBJECT_OF_ORGANIZATION_VERB)
                && coined(tokens.get(0));
    }

    /**
     * Whether a word is a coined name: capitalised, then small letters, a proper or a common noun by the tagger (which
     * reads an unknown capitalised word at a sentence's start either way: "Selvane/NN invested ..."), untyped by the
     * NER, and no common noun WordNet holds.
     */
    static boolean coined(Token word) {
        return word.pos().matches("NNP|NN") && word.ner().equals("O") && word.text().matches("\\p{Lu}\\p{Ll}{2,}")
                && !Lexicon.shared().knows(word.text().toLowerCase(Locale.ROOT));
    }
}
