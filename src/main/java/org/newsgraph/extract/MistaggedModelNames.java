package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A product's name holding a word the tagger reads as a verb or a common noun ("the Galaxy Fold/VB 6", "the Switch/VB
 * 2", "the Model Y/NN", "Ghost/NN Runner"): news names products with ordinary words, and the tagger's verb or noun
 * breaks the run of proper nouns the entity step reads names from. Inside a sentence, after a determiner or a
 * possessive, such a capitalised word is a name's word where it stands in a run of two words or more with a proper
 * noun or a model's number; the run is a product where the parse or the words say so: the cue of {@link TypeCues}
 * ("released Ghost Runner"), what is made or sold ("the price of the Model Y"), or, where the tagger's verb broke the
 * parse, a model's number after the words and a verb of making or selling right before the determiner ("will ship the
 * Switch 2"). A word alone ("the Fold"), lower case ("the new model"), opening a sentence ("Fold it"), a law's name
 * ("introduced the Digital Privacy Bill") or a number cut from a longer code ("the Dash 8-400") is none.
 */
final class MistaggedModelNames {

    /** The rule of such a product's cue where the parse itself gives none. */
    static final String RULE = "mistagged-model-name";

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "'s", "’s");
    /** A capitalised word, or one capital ("Y" of "Model Y"). */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+|\\p{Lu}");
    /** A model's number: "2", "6", "15". */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d{1,2}");
    /** How many words such a name may have, its number included: "Galaxy Fold 6", "Galaxy Z Fold 6". */
    private static final int MAX_WORDS = 4;

    private MistaggedModelNames() {
    }

    /** The products of one sentence whose names hold a word the tagger took for a verb or a common noun. */
    static List<FoundName> find(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token before = tokens.get(i - 1);
            boolean launched = before.pos().startsWith("VB") && before.lemma() != null
                    && TypeCues.PRODUCT_VERBS.contains(before.lemma().toLowerCase(Locale.ROOT));
            if (!DETERMINERS.contains(before.text().toLowerCase(Locale.ROOT)) && !launched) {
                continue; // "the Switch 2", "Samsung's Galaxy Fold 6", "released Ghost Runner"
            }
            int j = i;
            boolean mistagged = false;
            boolean proper = false;
            while (j < tokens.size() && j - i < MAX_WORDS && nameWord(tokens.get(j))
                    && (j == i || tokens.get(j).start() - tokens.get(j - 1).end() <= 1)) {
                mistagged |= mistagged(tokens.get(j));
                proper |= tokens.get(j).pos().startsWith("NNP");
                j++;
            }
            boolean numbered = j < tokens.size() && j - i < MAX_WORDS
                    && MODEL_NUMBER.matcher(tokens.get(j).text()).matches()
                    && tokens.get(j).pos().equals("CD") && tokens.get(j).start() - tokens.get(j - 1).end() == 1
                    && !(j + 1 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end()
                    && !tokens.get(j + 1).text().matches("[,.;:]"));
            int end = numbered ? j + 1 : j;
            if (!mistagged || end - i < 2 || !proper && !numbered || LegalTexts.legalText(tokens, i, end)
                    || j < tokens.size() && !numbered
                    && tokens.get(j).pos().startsWith("NNP")) {
                continue;
            }
            List<Token> span = tokens.subList(i, end);
            int start = span.get(0).start();
            int stop = span.get(span.size() - 1).end();
            if (known.stream().anyMatch(k -> k.type() != EntityType.PRODUCT && k.start() < stop && start < k.end())) {
                continue;
            }
            TypeCues.Cue cue = cue(sentence, tokens, i, end, numbered);
            if (cue != null) {
                out.add(new FoundName(start, stop, text.substring(start, stop), sentence.index(), EntityType.PRODUCT, 0,
                        cue, null));
                i = end - 1;
            }
        }
        return out;
    }

    /** A capitalised word the NER leaves untyped: a proper noun, or one the tagger took for a verb or common noun. */
    private static boolean nameWord(Token token) {
        return CAPITALISED.matcher(token.text()).matches() && token.ner().matches("O|MISC")
                && (token.pos().startsWith("NNP") || mistagged(token));
    }

    private static boolean mistagged(Token token) {
        return token.pos().startsWith("VB") || token.pos().equals("NN") || token.pos().equals("NNS");
    }

    private static TypeCues.Cue cue(AnnotatedSentence sentence, List<Token> tokens, int from, int to,
                                    boolean numbered) {
        TypeCues.Cue parsed = TypeCues.cue(sentence, tokens.get(from).index(), tokens.get(to - 1).index() + 1);
        if (parsed != null) {
            return parsed.type() == EntityType.PRODUCT ? parsed : null;
        }
        if (ModelNames.madeOrSold(sentence, tokens.subList(from, to))) {
            return new TypeCues.Cue(EntityType.PRODUCT, RULE);
        }
        // the tagger's verb broke the parse ("ship the Switch/VB 2": "2" its object): the words are the evidence
        Token verb = from >= 2 ? tokens.get(from - 2) : null;
        String lemma = verb == null || verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
        boolean sold = verb != null && verb.pos().startsWith("VB") && (TypeCues.PRODUCT_VERBS.contains(lemma)
                || TypeCues.MADE_VERBS.contains(lemma) || TypeCues.SERVICE_VERBS.contains(lemma)
                || lemma.equals("sell"));
        return numbered && sold && tokens.get(from - 1).text().equalsIgnoreCase("the")
                ? new TypeCues.Cue(EntityType.PRODUCT, RULE) : null;
    }
}
