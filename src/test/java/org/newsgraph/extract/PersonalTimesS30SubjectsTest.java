package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, session 30: a person's own length of time in two more phrasings. "X died aged 88": the bare age hangs on
 * "aged" (or "aged" on it), which hangs on the verb as a complement or an adverbial; the verb's subject is the person
 * ({@code PersonalTimes.agedHolder}); before, such an age had no subject at all. "X spent 22 years at Acme": a span
 * that "spend" takes, with the verb at or with someone, is a tenure ({@code FigureMeasures.spentAt}), so it is the
 * person's, not the employer's ({@code FigureContext.personalTime}). One sentence a row, parsed by hand as CoreNLP
 * parses it (set A of session 30); a row "control" passes without the change too.
 */
class PersonalTimesS30SubjectsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "died aged, aged on the age | 79 | vera-lind | true | person | Vera/NNP/PERSON Lind/NNP/PERSON "
                    + "died/VBD/_/die aged/JJ 79/CD on/IN Tuesday/NNP ./. | compound(Lind, Vera) nsubj(died, Lind) "
                    + "root(ROOT, died) amod(79, aged) obj(died, 79) case(Tuesday, on) obl:on(died, Tuesday) "
                    + "punct(died, .)",
            "died aged, the age on aged, a noun named beside | 88 | ines-calder | true | person | The/DT poet/NN "
                    + "Ines/NNP/PERSON Calder/NNP/PERSON has/VBZ died/VBN/_/die aged/JJ 88/CD ./. | det(poet, The) "
                    + "nsubj(died, poet) compound(Calder, Ines) dep(poet, Calder) aux(died, has) root(ROOT, died) "
                    + "xcomp(died, aged) dep(aged, 88) punct(died, .)",
            "control: aged on a noun, no name: no subject | 72 | - | false | - | A/DT man/NN aged/JJ 72/CD "
                    + "was/VBD hurt/VBN/_/hurt at/IN Acme/NNP/ORGANIZATION ./. | det(man, A) nsubj:pass(hurt, man) "
                    + "amod(72, aged) amod(man, 72) aux:pass(hurt, was) root(ROOT, hurt) case(Acme, at) "
                    + "obl:at(hurt, Acme) punct(hurt, .)"})
    void anAgeWithAgedIsTheClauseSubjects(String name, String figure, String subject, boolean sure, String detail,
                                          String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens.strip(),
                dependencies.strip()}), figure, FigureKind.DURATION, "YR");
        HandParsedFigure.assertSubject(about, subject, sure, detail);
        assertEquals("age", about.measure().value(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "spent years at an employer | 22 years | gideon-marr | true | tenure | tenure | Gideon/NNP/PERSON "
                    + "Marr/NNP/PERSON spent/VBD/_/spend 22/CD years/NNS/_/year at/IN Holloway/NNP/ORGANIZATION "
                    + "Shipping/NNP/ORGANIZATION ./. | compound(Marr, Gideon) nsubj(spent, Marr) root(ROOT, spent) "
                    + "nummod(years, 22) obl:tmod(spent, years) case(Shipping, at) compound(Shipping, Holloway) "
                    + "obl:at(spent, Shipping) punct(spent, .)",
            "control: years spent doing something are no tenure | 12 years | holloway-shipping | - | - | - | "
                    + "Holloway/NNP/ORGANIZATION Shipping/NNP/ORGANIZATION spent/VBD/_/spend 12/CD years/NNS/_/year "
                    + "building/VBG/_/build its/PRP$ network/NN ./. | compound(Shipping, Holloway) "
                    + "nsubj(spent, Shipping) root(ROOT, spent) nummod(years, 12) obj(spent, years) acl(years, building) "
                    + "nmod:poss(network, its) obj(building, network) punct(spent, .)"})
    void aSpanSpentAtAnEmployerIsATenure(String name, String figure, String subject, String sure, String detail,
                                         String measure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens.strip(),
                dependencies.strip()}), figure, FigureKind.DURATION, "YR");
        assertEquals(subject, HandParsedFigure.dash(about.subject().value()), name + " (" + about.subject().key() + ")");
        if (!sure.equals("-")) {
            HandParsedFigure.assertSubject(about, subject, Boolean.parseBoolean(sure), detail);
        }
        if (!measure.equals("-")) {
            assertEquals(measure, about.measure().value(), name);
        } else {
            assertEquals(false, "tenure".equals(about.measure().value()), name);
        }
    }
}
