package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

/** Which verbs make a person subject the figure's: a person's own money, wins and scores, a race's time or distance. */
class PersonalVerbsTest {

    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvSource({
            "earned, earn, true", // "Smith earned $5m"
            "owns, own, true", // "Lind owns 12% of the shares"
            "scored, score, true", // "Reed scored 21 goals"
            "won, win, true", // "Marchetti won 54% of the vote"
            "clocked, clock, true", // "the sprinter clocked 10.9 seconds"
            "swam, swim, true", // "she swam the 400 metres in 4:03"
            "jumped, jump, true", // "he jumped 8.21 metres"
            "cut, cut, false", // "chief executive Jo Lind cut 400 jobs": the company's
            "ran, run, false", // "Herd ran the plant at 90% of capacity"
            "finished, finish, false", // "Wren finished the sale of the unit for $300 million"
            "threw, throw, false", // "Orrin threw 300 engineers at the problem"
            "polled, poll, false", // "Lund polled 2,000 customers"
            "raised, raise, false"}) // a founder raises money for the company
    void aPersonsFigureFollowsTheirOwnVerbsOnly(String verb, String lemma, boolean ofThePerson) {
        Token token = new Token(0, 0, 0, verb.length(), verb, lemma, "VBD", "O", null);
        assertEquals(ofThePerson, PersonalVerbs.ofThePerson(token));
    }
}
