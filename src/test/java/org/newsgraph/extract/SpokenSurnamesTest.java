package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * A listed company's one-word name as a speaker after a person of that surname, on a hand-made two-sentence article:
 * the first sentence (its names found as given: a person's full name, or the company), then "Shell VERB the plan ."
 * with "Shell" the verb's subject; whether that "Shell" is marked as standing in a surname's slot.
 */
class SpokenSurnamesTest {

    private static final Gazetteer.Entry SHELL = new Gazetteer.Entry("Shell", EntityType.ORGANIZATION, null);

    @ParameterizedTest(name = "{0} / Shell {2} -> {4}")
    @CsvSource(delimiter = '|', value = {
        // "Fiona Shell coaches the side. Shell said ...": the person's surname
        "Fiona Shell coaches the side .| Fiona Shell=PERSON| said| say| true",
        "Fiona Shell coaches the side .| Fiona Shell=PERSON| told| tell| true",
        // no person of that surname: the company
        "Fiona Brandt coaches the side .| Fiona Brandt=PERSON| said| say| false",
        // the article names the company too: either may speak, the list's company stays
        "Fiona Shell works at Shell .| Fiona Shell=PERSON; Shell=ORGANIZATION| said| say| false",
        // no speech verb: no speaker's slot
        "Fiona Shell coaches the side .| Fiona Shell=PERSON| dropped| drop| false"})
    void aListedCompanyAsASpeakerAfterItsSurnamesPerson(String first, String names, String verb, String lemma,
            boolean expected) {
        List<Token> one = tokens(first, 0, 0, "coaches");
        int second = first.length() + 1;
        String secondText = "Shell " + verb + " the plan .";
        List<Token> two = tokens(secondText, 1, second, verb);
        Token v = two.get(1);
        two.set(1, new Token(v.index(), 1, v.start(), v.end(), v.text(), lemma, "VBD", "O", null));
        AnnotatedSentence a = new AnnotatedSentence(0, 0, first.length(), one, List.of());
        AnnotatedSentence b = new AnnotatedSentence(1, second, second + secondText.length(), two, List.of(
                new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 3, "obj"),
                new Dependency(3, 2, "det"), new Dependency(1, 4, "punct")));
        AnnotatedText doc = new AnnotatedText(first + " " + secondText, List.of(a, b));
        List<FoundName> found = new ArrayList<>();
        for (String written : names.strip().split("; ")) {
            String name = written.strip();
            String text = name.substring(0, name.indexOf('='));
            EntityType type = EntityType.valueOf(name.substring(name.indexOf('=') + 1));
            int at = text.contains(" ") ? first.indexOf(text) : first.lastIndexOf(text);
            found.add(new FoundName(at, at + text.length(), text, 0, type, type == EntityType.PERSON
                    ? TypeVote.NER_VOTE : TypeVote.KNOWN_VOTE, null, type == EntityType.PERSON ? null : SHELL));
        }
        found.add(new FoundName(second, second + 5, "Shell", 1, EntityType.ORGANIZATION, TypeVote.KNOWN_VOTE, null, SHELL));
        SpokenSurnames.mark(doc, found);
        assertEquals(expected, found.get(found.size() - 1).surnameSlot());
    }

    private static List<Token> tokens(String sentence, int index, int offset, String verb) {
        List<Token> tokens = new ArrayList<>();
        int start = offset;
        for (String word : sentence.split(" ")) {
            String pos = word.equals(verb) ? "VBZ" : Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), index, start, start + word.length(), word, word.toLowerCase(), pos,
                    "O", null));
            start += word.length() + 1;
        }
        return tokens;
    }
}
