package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * A name the place list knows, coordinated with a name the NER calls a place: "trains between Lancaster and Leeds",
 * "donations came from as far as Kendal and Penrith". Towns listed together are of a kind, and the NER's guess that a
 * listed town's name is a club or a surname ("Leeds" an organisation, "Kendal" a person) is its reading of the name
 * alone. Only the place list's own names are confirmed this way, so "Ford and Detroit" keeps its carmaker.
 */
final class ListedPlaceConjuncts {

    private ListedPlaceConjuncts() {
    }

    /** Whether tokens of a sentence (a listed place's name) are coordinated with a token the NER tags a place. */
    static boolean besidePlace(AnnotatedSentence sentence, List<Token> tokens) {
        if (tokens.isEmpty() || sentence.dependencies().isEmpty()) {
            return false;
        }
        int from = tokens.get(0).index();
        int to = tokens.get(tokens.size() - 1).index() + 1;
        for (Dependency edge : sentence.dependencies()) {
            if (!edge.relation().matches("conj:(and|or)") || edge.governor() < 0) {
                continue;
            }
            boolean governorIn = edge.governor() >= from && edge.governor() < to;
            boolean dependentIn = edge.dependent() >= from && edge.dependent() < to;
            if (governorIn == dependentIn) {
                continue;
            }
            Token other = sentence.token(governorIn ? edge.dependent() : edge.governor());
            if (place(other) && Character.isUpperCase(other.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean place(Token token) {
        return token.ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE");
    }
}
