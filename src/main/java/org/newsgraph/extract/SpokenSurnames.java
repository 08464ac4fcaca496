package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * "Daniel Shell founded Kestrel Games. Shell said the studio ...", "Sarah Hilton runs the school. Hilton said ...": a
 * name list's one-word company that is the subject of a speech verb, where the article named a person of that surname
 * in full before it and names the company nowhere else, stands where the person's surname stands, though the NER
 * calls it a company (the list's name taught it to): {@link ShortForms#mergeListedSurnames} joins it to the person.
 * Where the article names the company too ("Bill Ford, chairman of Ford ... Ford said"), the mention keeps its type.
 */
final class SpokenSurnames {

    private SpokenSurnames() {
    }

    /** Marks, in place, the listed names that stand in a speaker's surname slot. */
    static void mark(AnnotatedText doc, List<FoundName> found) {
        List<FoundName> named = List.copyOf(found);
        found.replaceAll(f -> spokenSurname(doc, f, named) ? new FoundName(f.start(), f.end(), f.text(), f.sentence(),
                f.type(), f.weight(), f.cue(), f.entry(), f.demonym(), true) : f);
    }

    private static boolean spokenSurname(AnnotatedText doc, FoundName f, List<FoundName> named) {
        if (f.surnameSlot() || f.entry() == null || f.entry().type() == EntityType.PERSON
                || !f.text().matches("\\p{Lu}[\\p{L}'-]+") || !speaker(doc, f)) {
            return false;
        }
        boolean personBefore = named.stream().anyMatch(p -> p.start() < f.start() && p.text().endsWith(" " + f.text())
                && (p.type() == EntityType.PERSON || p.cueType() == EntityType.PERSON));
        // the company named anywhere else (its listed name, or a longer name holding the word) may be who speaks
        boolean companyNamed = named.stream().anyMatch(o -> o != f && (o.type() != EntityType.PERSON
                && o.cueType() != EntityType.PERSON && List.of(o.text().split("[\\s-]+")).contains(f.text())
                || o.entry() != null && o.entry().name().equals(f.entry().name()) && !speaker(doc, o)));
        return personBefore && !companyNamed;
    }

    /** Whether the name is one token, the active subject of a speech verb ("Shell said", "Hilton told reporters"). */
    private static boolean speaker(AnnotatedText doc, FoundName f) {
        AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                .orElse(null);
        List<Token> tokens = sentence == null ? List.of() : sentence.tokensIn(f.start(), f.end());
        if (tokens.size() != 1 || sentence.dependencies().isEmpty()
                || !sentence.relationToHead(tokens.get(0)).equals("nsubj")) {
            return false;
        }
        Token verb = sentence.head(tokens.get(0));
        return verb != null && verb.pos().startsWith("VB") && verb.lemma() != null
                && Coreference.speechVerbs().contains(verb.lemma().toLowerCase(Locale.ROOT));
    }
}
