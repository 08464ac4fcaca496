package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * Session 41 (issue 12): several firms' figures in one sentence and people's pay, read from made-up sentences parsed
 * by hand as CoreNLP parses them: figures listed under a noun ({@link RespectiveLists#listed}), a name's possessive
 * that owns a left-out noun ({@link PossessiveFirmNames#parallelOwner}), a person paid ({@link PersonalVerbs}).
 */
class SeveralFirmsS41SubjectsTest {

    private static AnnotatedSentence parse(String tokens, String dependencies) {
        return new ParsedText().sentence(tokens, dependencies).text().sentences().get(0);
    }

    private static Token token(AnnotatedSentence sentence, String word, int occurrence) {
        return sentence.tokens().stream().filter(t -> t.text().equals(word)).skip(occurrence).findFirst()
                .orElseThrow();
    }

    @Test
    void figuresListedUnderANounAreEachOthers() {
        // "Orrin and Pellmont posted sales declines of 12% and 18% respectively"
        AnnotatedSentence sentence = parse("Orrin/NNP/ORGANIZATION and/CC Pellmont/NNP/ORGANIZATION posted/VBD/_/post "
                        + "declines/NNS/_/decline of/IN 12/CD %/NN and/CC 18/CD ~%/NN respectively/RB",
                "nsubj(posted, Orrin) cc(Pellmont, and) conj:and(Orrin, Pellmont) nsubj(posted, Pellmont) "
                        + "root(ROOT, posted) obj(posted, declines) case(%, of) nummod(%, 12) nmod:of(declines, %) "
                        + "cc(%#2, and#2) nummod(%#2, 18) conj:and(%, %#2) nmod:of(declines, %#2) "
                        + "advmod(posted, respectively)");
        Token first = token(sentence, "%", 0);
        Token second = token(sentence, "%", 1);
        assertEquals(List.of(first, second), RespectiveLists.listed(sentence, first));
        assertEquals(List.of(first, second), RespectiveLists.listed(sentence, second));
        // the subjects are no figures listed with either
        assertEquals(List.of(token(sentence, "declines", 0)),
                RespectiveLists.listed(sentence, token(sentence, "declines", 0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a second firm's possessive beside the first's noun | true | Toyota/NNP/ORGANIZATION ~'s/POS "
                    + "sales/NNS/_/sale dropped/VBD/_/drop while/IN Honda/NNP/ORGANIZATION ~'s/POS slipped/VBD/_/slip "
                    + "| nmod:poss(sales, Toyota) case(Toyota, 's) nsubj(dropped, sales) root(ROOT, dropped) "
                    + "mark(slipped, while) nsubj(slipped, Honda) case(Honda, 's#2) advcl:while(dropped, slipped)",
            "control: a name ending in 's with no other possessive | false | Sainsbury/NNP/ORGANIZATION ~'s/POS "
                    + "rose/VBD/_/rise | nsubj(rose, Sainsbury) case(Sainsbury, 's) root(ROOT, rose)",
            "control: the other possessive owns an object | false | Ridley/NNP/ORGANIZATION ~'s/POS "
                    + "bought/VBD/_/buy Cullen/NNP/ORGANIZATION ~'s/POS brewery/NN | nsubj(bought, Ridley) "
                    + "case(Ridley, 's) root(ROOT, bought) nmod:poss(brewery, Cullen) case(Cullen, 's#2) "
                    + "obj(bought, brewery)"})
    void aPossessiveBesideAnotherOwnsTheNounLeftOut(String name, boolean expected, String tokens,
                                                    String dependencies) {
        AnnotatedSentence sentence = parse(tokens.strip(), dependencies.strip());
        Token subject = sentence.tokens().stream().filter(t -> sentence.relationToHead(t).startsWith("nsubj")
                && t.pos().equals("NNP")).reduce((a, b) -> b).orElseThrow();
        assertEquals(expected, PossessiveFirmNames.parallelOwner(sentence, subject));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "paid, passive | true | Lind/NNP/PERSON was/VBD/_/be paid/VBN/_/pay | nsubj:pass(paid, Lind) "
                    + "aux:pass(paid, was) root(ROOT, paid)",
            "awarded, passive | true | Ostby/NNP/PERSON was/VBD/_/be awarded/VBN/_/award | nsubj:pass(awarded, Ostby) "
                    + "aux:pass(awarded, was) root(ROOT, awarded)",
            "control: paid, active (the payer) | false | Lind/NNP/PERSON paid/VBD/_/pay | nsubj(paid, Lind) "
                    + "root(ROOT, paid)",
            "control: cut, passive | false | Lind/NNP/PERSON was/VBD/_/be cut/VBN/_/cut | nsubj:pass(cut, Lind) "
                    + "aux:pass(cut, was) root(ROOT, cut)"})
    void aPersonPaidIsWhoTheMoneyWentTo(String name, boolean expected, String tokens, String dependencies) {
        AnnotatedSentence sentence = parse(tokens.strip(), dependencies.strip());
        Token verb = sentence.root();
        Token person = sentence.tokens().get(0);
        assertEquals(expected, PersonalVerbs.ofThePerson(sentence, verb, person));
    }
}
