package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/** A bare number that names a part of a count counts that count's noun; where the noun is unsure, nothing. */
class ElidedPartsTest {

    private static String counted(ParsedText parsed, int sentence, String number) {
        AnnotatedText text = parsed.text();
        AnnotatedSentence read = text.sentences().get(sentence);
        AnnotatedSentence previous = sentence > 0 ? text.sentences().get(sentence - 1) : null;
        Token token = read.tokens().stream().filter(t -> t.text().equals(number)).findFirst().orElseThrow();
        return ElidedParts.counted(read, previous, token);
    }

    @Test
    void aSubjectAfterAnOfPhraseCountsItsNoun() {
        ParsedText parsed = new ParsedText().sentence(
                "Of/IN the/DT 1,200/CD/NUMBER drivers/NNS ,/, 450/CD/NUMBER will/MD move/VB ./.",
                "case(drivers, Of) det(drivers, the) nummod(drivers, 1,200) obl:of(move, drivers) punct(move, ,)"
                        + " nsubj(move, 450) aux(move, will) ROOT(ROOT, move)");
        assertEquals("driver", counted(parsed, 0, "450"));
    }

    @Test
    void aNumberAWhoClauseDescribesAndItsPartCountPeople() {
        ParsedText parsed = new ParsedText().sentence(
                "Of/IN the/DT 5000/CD/NUMBER who/WP queued/VBD ,/, 800/CD/NUMBER left/VBD ./.",
                "case(5000, Of) det(5000, the) nsubj(queued, 5000) ref(5000, who) acl:relcl(5000, queued)"
                        + " obl:of(left, 5000) nsubj(left, 800) ROOT(ROOT, left)");
        assertEquals("person", counted(parsed, 0, "5000"));
        assertEquals("person", counted(parsed, 0, "800"));
    }

    @Test
    void ofThemCountsTheOneCountedNounBefore() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT charity/NN placed/VBD 420/CD/NUMBER cats/NNS and/CC 95/CD/NUMBER of/IN them/PRP left/VBD ./.",
                "det(charity, The) nsubj(placed, charity) nummod(cats, 420) obj(placed, cats) cc(left, and)"
                        + " nsubj(left, 95) case(them, of) nmod:of(95, them) conj:and(placed, left) ROOT(ROOT, placed)");
        assertEquals("cat", counted(parsed, 0, "95"));
    }

    @Test
    void ofThoseAtASentencesStartLooksAtTheSentenceBefore() {
        ParsedText parsed = new ParsedText()
                .sentence("Inspectors/NNS tested/VBD 320/CD/NUMBER lorries/NNS ./.",
                        "nsubj(tested, Inspectors) nummod(lorries, 320) obj(tested, lorries) ROOT(ROOT, tested)")
                .sentence("Of/IN those/DT ,/, 44/CD/NUMBER failed/VBD ./.",
                        "case(those, Of) obl:of(failed, those) nsubj(failed, 44) ROOT(ROOT, failed)");
        assertEquals("lorry", counted(parsed, 1, "44"));
    }

    @Test
    void aBareSubjectAfterTwoCountsIsLeftBare() {
        // "40 people in three cities; 12 were charged": which count is unsure
        ParsedText parsed = new ParsedText().sentence(
                "Police/NNS held/VBD 30/CD/NUMBER men/NNS in/IN four/CD/NUMBER towns/NNS ;/: 9/CD/NUMBER were/VBD"
                        + " charged/VBN ./.",
                "nsubj(held, Police) nummod(men, 30) obj(held, men) case(towns, in) nummod(towns, four)"
                        + " obl:in(held, towns) nsubj:pass(charged, 9) aux:pass(charged, were) parataxis(held, charged)"
                        + " ROOT(ROOT, held)");
        assertNull(counted(parsed, 0, "9"));
    }

    @Test
    void aNearestPluralNoNumberCountsIsNoAntecedent() {
        ParsedText parsed = new ParsedText().sentence(
                "It/PRP runs/VBZ 80/CD/NUMBER cafes/NNS across/IN its/PRP$ regions/NNS and/CC 11/CD/NUMBER of/IN"
                        + " them/PRP closed/VBD ./.",
                "nsubj(runs, It) nummod(cafes, 80) obj(runs, cafes) case(regions, across) nmod:poss(regions, its)"
                        + " obl:across(runs, regions) nsubj(closed, 11) case(them, of) nmod:of(11, them)"
                        + " conj:and(runs, closed) ROOT(ROOT, runs)");
        assertNull(counted(parsed, 0, "11"));
    }

    @Test
    void aCurrencyIsNeverBorrowed() {
        ParsedText parsed = new ParsedText().sentence(
                "Of/IN the/DT 60/CD/NUMBER pounds/NNS ,/, 20/CD/NUMBER went/VBD ./.",
                "case(pounds, Of) det(pounds, the) nummod(pounds, 60) obl:of(went, pounds) nsubj(went, 20)"
                        + " ROOT(ROOT, went)");
        assertNull(counted(parsed, 0, "20"));
    }
}
