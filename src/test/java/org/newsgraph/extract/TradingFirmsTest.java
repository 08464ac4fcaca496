package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * An untagged name that deals with a firm the sentence names, on hand-made parses: words ({@code word[/NER]}), the
 * verb's lemma at its position, dependencies as {@code relation:governor:dependent} (0-based token positions; governor
 * -1 the root), the firm found already as a token range, and the rule the name at tokens 0-1 gets (or none).
 */
class TradingFirmsTest {

    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // s36-relations A: "Orbix has hired Lunara Launch to ..."
        "Orbix hired Lunara/ORGANIZATION Launch/ORGANIZATION .| 1 hire| nsubj:1:0 obj:1:3 compound:3:2 root:-1:1| 2-4| trades-with-firm",
        // "Norbel sold its arm to Carrow Partners": the "to" of the verb
        "Norbel sold its arm to Carrow/ORGANIZATION Partners/ORGANIZATION .| 1 sell| nsubj:1:0 obj:1:3 nmod:poss:3:2 obl:to:1:6 case:6:4 compound:6:5 root:-1:1| 5-7| trades-with-firm",
        // "Norbel owns 20% of Astra Foods": the "of" of the object
        "Norbel owns 20% of Astra/ORGANIZATION Foods/ORGANIZATION .| 1 own| nsubj:1:0 obj:1:2 nmod:of:2:5 case:5:3 compound:5:4 root:-1:1| 4-6| trades-with-firm",
        // a filing's heading run into the sentence: a dictionary word opening it is no name ("Disposition On June 28, ...")
        "Disposition sold its arm to Carrow/ORGANIZATION Partners/ORGANIZATION .| 1 sell| nsubj:1:0 obj:1:3 nmod:poss:3:2 obl:to:1:6 case:6:4 compound:6:5 root:-1:1| 5-7| -",
        // no firm on the other side: people hire and buy too
        "Orbix hired lawyers .| 1 hire| nsubj:1:0 obj:1:2 root:-1:1| -| -",
        // a verb people do to firms: no cue
        "Orbix joined Lunara/ORGANIZATION Launch/ORGANIZATION .| 1 join| nsubj:1:0 obj:1:3 compound:3:2 root:-1:1| 2-4| -",
        // a name the NER calls a person keeps its type
        "Orbix/PERSON hired Lunara/ORGANIZATION Launch/ORGANIZATION .| 1 hire| nsubj:1:0 obj:1:3 compound:3:2 root:-1:1| 2-4| -",
        // the passive subject is what was bought, not the buyer: another rule's
        "Orbix was bought by Lunara/ORGANIZATION Launch/ORGANIZATION .| 2 buy| nsubj:pass:2:0 aux:pass:2:1 obl:by:2:5 case:5:3 compound:5:4 root:-1:2| 4-6| -"})
    void aNameThatDealsWithAFirmIsOne(String sentence, String verb, String deps, String firm, String expected) {
        List<Token> written = WrittenTokens.of(sentence, word -> word.matches("hired|sold|owns|joined|bought") ? "VBD"
                : word.equals("was") ? "VBD" : Character.isUpperCase(word.charAt(0)) ? "NNP"
                : word.matches("\\p{L}+") ? "NN" : word);
        int at = Integer.parseInt(verb.strip().split(" ")[0]);
        List<Token> tokens = new ArrayList<>(written);
        Token v = written.get(at);
        tokens.set(at, new Token(v.index(), v.sentence(), v.start(), v.end(), v.text(), verb.strip().split(" ")[1], "VBD",
                v.ner(), null));
        List<Dependency> dependencies = new ArrayList<>();
        for (String d : deps.strip().split(" ")) {
            int last = d.lastIndexOf(':');
            int middle = d.lastIndexOf(':', last - 1);
            dependencies.add(new Dependency(Integer.parseInt(d.substring(middle + 1, last)),
                    Integer.parseInt(d.substring(last + 1)), d.substring(0, middle)));
        }
        String text = tokens.stream().map(Token::text).reduce((a, b) -> a + " " + b).orElseThrow();
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, text.length(), tokens, dependencies);
        List<FoundName> known = new ArrayList<>();
        if (firm != null) {
            int from = Integer.parseInt(firm.strip().split("-")[0]);
            int to = Integer.parseInt(firm.strip().split("-")[1]);
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            known.add(new FoundName(start, end, text.substring(start, end), 0, EntityType.ORGANIZATION,
                    TypeVote.NER_VOTE, null, null));
        }
        TypeCues.Cue cue = TradingFirms.cue(annotated, tokens, 0, 1, known);
        assertEquals(expected, cue == null ? null : cue.rule());
    }
}
