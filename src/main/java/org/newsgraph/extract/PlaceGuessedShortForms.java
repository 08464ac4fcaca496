package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * The short form of an organisation the NER guessed a place: "Tamberlin Farms signed a deal ... Tamberlin will
 * supply", "Pelham Water lost its licence ... Pelham said it would appeal". The NER calls an unknown capitalised word a
 * location; when the article named an organisation beginning with that word before, and no list, no cue and no
 * mention of the word says place, the word is that organisation's short form: its mentions are retyped so that
 * {@link ShortForms} joins them to the longer name. A word any mention of which stands as a place ("in Tamberlin",
 * "the Tamberlin plant") stays as the NER had it: the article may name a town and a firm after it.
 */
final class PlaceGuessedShortForms {

    private static final Set<String> LOCATIVE = ResourceTable.words("/org/newsgraph/extract/locative-prepositions.txt");

    private PlaceGuessedShortForms() {
    }

    /** Retypes, in place, the names found that are guessed places standing for an organisation's short form. */
    static void retype(AnnotatedText doc, List<FoundName> found) {
        Map<String, Integer> organizations = new HashMap<>();
        for (FoundName f : found) {
            String bare = NameKeys.bareName(f.text());
            if (f.type() == EntityType.ORGANIZATION && f.entry() == null && bare.contains(" ")) {
                organizations.merge(bare.substring(0, bare.indexOf(' ')), f.start(), Math::min);
            }
        }
        Map<String, List<FoundName>> guessed = new HashMap<>();
        Set<String> refused = new HashSet<>();
        for (FoundName f : found) {
            String bare = NameKeys.bareName(f.text());
            Integer introduced = organizations.get(bare);
            if (introduced == null || bare.contains(" ")) {
                continue;
            }
            if (guessedPlace(f) && f.start() > introduced && !standsAsPlace(doc, f)) {
                guessed.computeIfAbsent(bare, k -> new ArrayList<>()).add(f);
            } else if (f.type() == EntityType.PLACE || f.cueType() == EntityType.PLACE || f.start() < introduced) {
                refused.add(bare);
            }
        }
        guessed.keySet().removeAll(refused);
        Set<FoundName> retype = new HashSet<>();
        guessed.values().forEach(retype::addAll);
        found.replaceAll(f -> retype.contains(f) ? new FoundName(f.start(), f.end(), f.text(), f.sentence(),
                EntityType.ORGANIZATION, 0, null, null) : f);
    }

    /** A place only by the NER's guess: no list, no cue, no demonym. */
    private static boolean guessedPlace(FoundName f) {
        return f.type() == EntityType.PLACE && f.weight() == TypeVote.NER_VOTE && f.entry() == null && f.cue() == null
                && !f.demonym();
    }

    /**
     * "in Tamberlin", "the Tamberlin plant": the word before the mention or the mention's own place in the parse says
     * place (or may).
     */
    private static boolean standsAsPlace(AnnotatedText doc, FoundName f) {
        AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                .orElse(null);
        List<Token> tokens = sentence == null ? List.of() : sentence.tokensIn(f.start(), f.end());
        if (tokens.isEmpty()) {
            return true;
        }
        Token word = tokens.get(tokens.size() - 1);
        int before = tokens.get(0).index() - sentence.tokens().get(0).index() - 1;
        if (before >= 0 && LOCATIVE.contains(sentence.tokens().get(before).text().toLowerCase())) {
            return true;
        }
        String relation = sentence.relationToHead(word);
        if (relation.equals("compound")) {
            return true;
        }
        for (Token child : sentence.children(word)) {
            if (sentence.relationToHead(child).equals("case") && LOCATIVE.contains(child.text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
