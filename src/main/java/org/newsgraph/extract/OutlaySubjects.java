package org.newsgraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What money laid out goes to, when the outlay is the subject of a move: "Spending on public libraries fell 6%",
 * "Spending on schools will rise to $12 billion", "Investment in new plants rose 12%". The subject is a gerund of a
 * verb of laying out money ({@code outlay-verbs.tsv}: "spending" as spend) or the noun {@code verb-measures.tsv} names
 * for such a verb ("investment"), and its complement by one of that verb's prepositions ("on", "in") names what the
 * money goes to: the measure is both, as the outlay step writes "spending on fertiliser" for "spent $40 million on
 * fertiliser". Only the subject's own children are read.
 */
final class OutlaySubjects {

    private OutlaySubjects() {
    }

    /**
     * The noun the outlay of the subject goes to, or null when the subject is no outlay or names nothing it goes to.
     *
     * @param outlayVerbs  verb lemma to the prepositions naming what the money goes to
     * @param verbMeasures verb lemma to the noun of what it lays out ("spend" to "spending")
     */
    static Token spentOn(AnnotatedSentence sentence, Token subject, Map<String, Set<String>> outlayVerbs,
                         Map<String, String> verbMeasures) {
        String verb = null;
        String lemma = subject.lemma() == null ? "" : subject.lemma().toLowerCase(Locale.ROOT);
        if (subject.pos().equals("VBG")) {
            verb = lemma;
        } else if (subject.pos().startsWith("NN")) {
            String word = subject.text().toLowerCase(Locale.ROOT);
            verb = verbMeasures.entrySet().stream()
                    .filter(e -> outlayVerbs.containsKey(e.getKey()) && (e.getValue().equals(word)
                            || e.getValue().equals(lemma)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        Set<String> prepositions = verb == null ? null : outlayVerbs.get(verb);
        if (prepositions == null) {
            return null;
        }
        for (Token child : sentence.children(subject)) {
            String relation = DependencyWalk.relation(sentence, subject, child);
            int colon = relation.indexOf(':');
            if (colon > 0 && (relation.startsWith("obl:") || relation.startsWith("nmod:"))
                    && prepositions.contains(relation.substring(colon + 1)) && child.index() > subject.index()
                    && child.pos().startsWith("NN")) {
                return child;
            }
        }
        return null;
    }
}
