package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.ParsedText;

/** A count read across the verb its number is the subject of is dropped only where the verb names the "of" set. */
class CountsAcrossVerbsTest {

    private static List<FigureCandidate> kept(ParsedText parsed, String words, String unit) {
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        String text = parsed.text().text();
        int start = text.indexOf(words);
        FigureCandidate count = new FigureCandidate(start, start + words.length(), FigureKind.COUNT,
                new BigDecimal(words.split(" ")[0]), null, null, unit, null, null, null, null, null, null);
        return CountsAcrossVerbs.kept(sentence, List.of(count));
    }

    @Test
    void aNumberSubjectAfterAnOfSetIsNoCountOfTheVerbsObject() {
        ParsedText parsed = new ParsedText().sentence(
                "Of/IN 450/CD/NUMBER complaints/NNS ,/, 160/CD/NUMBER concerned/VBN late/JJ trains/NNS ./.",
                "case(complaints, Of) nummod(complaints, 450) obl:of(concerned, complaints) punct(concerned, ,)"
                        + " nsubj(concerned, 160) amod(trains, late) obj(concerned, trains) ROOT(ROOT, concerned)");
        assertEquals(List.of(), kept(parsed, "160 concerned late trains", "train"));
    }

    @Test
    void aParticipleTheParserMadeAVerbWithoutAnOfSetKeepsTheCount() {
        // "To date, 149 confirmed orders ... have been received": the parse is wrong, the words are right
        ParsedText parsed = new ParsedText().sentence(
                "To/TO date/NN ,/, 149/CD/NUMBER confirmed/VBD orders/NNS ./.",
                "case(date, To) obl:to(confirmed, date) nsubj(confirmed, 149) obj(confirmed, orders)"
                        + " ROOT(ROOT, confirmed)");
        assertEquals(1, kept(parsed, "149 confirmed orders", "order").size());
    }

    @Test
    void anAdjectiveBetweenNumberAndNounKeepsTheCount() {
        ParsedText parsed = new ParsedText().sentence(
                "Of/IN these/DT ,/, 24/CD/NUMBER registered/VBN users/NNS left/VBD ./.",
                "case(these, Of) obl:of(left, these) nummod(users, 24) amod(users, registered) nsubj(left, users)"
                        + " ROOT(ROOT, left)");
        assertEquals(1, kept(parsed, "24 registered users", "user").size());
    }
}
