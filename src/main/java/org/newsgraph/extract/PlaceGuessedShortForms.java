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
 * {@link ShortForms} joins them to the longer name. The short form may be the first words of a longer name ("Maple
 * Crest Infrastructure ... Maple Crest's offer"). A word any mention of which stands as a place ("in Tamberlin") stays
 * as the NER had it: the article may name a town and a firm after it. A mention that only modifies a noun ("the
 * Tamberlin plant", "Northgate partner Sofia Brandt") may be either: it follows the word's other mentions, and stays a
 * place where it is the word's only kind of mention.
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
                for (int space = bare.indexOf(' '); space > 0; space = bare.indexOf(' ', space + 1)) {
                    organizations.merge(bare.substring(0, space), f.start(), Math::min);
                }
            }
        }
        Map<String, List<FoundName>> guessed = new HashMap<>();
        Map<String, List<FoundName>> modifiers = new HashMap<>();
        Set<String> refused = new HashSet<>();
        for (FoundName f : found) {
            String bare = NameKeys.bareName(f.text());
            Integer introduced = organizations.get(bare);
            if (introduced == null) {
                continue;
            }
            Use use = guessedPlace(f) && f.start() > introduced ? use(doc, f) : Use.PLACE;
            if (use == Use.NAME) {
                guessed.computeIfAbsent(bare, k -> new ArrayList<>()).add(f);
            } else if (use == Use.MODIFIER) {
                modifiers.computeIfAbsent(bare, k -> new ArrayList<>()).add(f);
            } else if (f.type() == EntityType.PLACE || f.cueType() == EntityType.PLACE || f.start() < introduced) {
                refused.add(bare);
            }
        }
        guessed.keySet().removeAll(refused);
        Set<FoundName> retype = new HashSet<>();
        guessed.forEach((bare, mentions) -> {
            retype.addAll(mentions);
            retype.addAll(modifiers.getOrDefault(bare, List.of()));
        });
        found.replaceAll(f -> retype.contains(f) ? new FoundName(f.start(), f.end(), f.text(), f.sentence(),
                EntityType.ORGANIZATION, 0, null, null) : f);
    }

    /** A place only by the NER's guess: no list, no cue, no demonym. */
    private static boolean guessedPlace(FoundName f) {
        return f.type() == EntityType.PLACE && f.weight() == TypeVote.NER_VOTE && f.entry() == null && f.cue() == null
                && !f.demonym();
    }

    /** How a mention stands in its sentence: as a place, as a name of its own, or only modifying a noun. */
    private enum Use { PLACE, NAME, MODIFIER }

    /**
     * "in Tamberlin": the word before the mention or a preposition of the mention's own says place; "the Tamberlin
     * plant": the mention is a compound of a noun, which a place and a firm may both be.
     */
    private static Use use(AnnotatedText doc, FoundName f) {
        AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                .orElse(null);
        List<Token> tokens = sentence == null ? List.of() : sentence.tokensIn(f.start(), f.end());
        if (tokens.isEmpty()) {
            return Use.PLACE;
        }
        Token word = tokens.get(tokens.size() - 1);
        int before = tokens.get(0).index() - sentence.tokens().get(0).index() - 1;
        if (before >= 0 && LOCATIVE.contains(sentence.tokens().get(before).text().toLowerCase())) {
            return Use.PLACE;
        }
        for (Token child : sentence.children(word)) {
            if (sentence.relationToHead(child).equals("case") && LOCATIVE.contains(child.text().toLowerCase())) {
                return Use.PLACE;
            }
        }
        return sentence.relationToHead(word).equals("compound") ? Use.MODIFIER : Use.NAME;
    }
}
