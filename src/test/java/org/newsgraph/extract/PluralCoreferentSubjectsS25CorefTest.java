package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 25 (s25-coref, issue 13): a plural that coreference reads as several organisations ("The companies expect
 * the $2.3 billion deal to close" on the project's Brightlane article, where the figure was asserted for two rivals
 * named before) gives a figure's subject only as a candidate: one figure, two companies; and a filing's defined
 * term, read for figure subjects and coreference by one reader ({@link org.newsgraph.extract.coref.DefinedTerm}),
 * stops the chain. Hand parses as in {@link FigureContextTest}.
 */
class PluralCoreferentSubjectsS25CorefTest {

    record Case(String name, List<String[]> sentences, String figure, String subject, String step, boolean sure) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String[] DEAL = {
            "Acme/NNP/ORGANIZATION agreed/VBD/_/agree to/TO buy/VB/_/buy Beta/NNP/ORGANIZATION ./.",
            "nsubj(agreed, Acme) root(ROOT, agreed) xcomp(agreed, buy) mark(buy, to) nsubj:xsubj(buy, Acme) "
                    + "obj(buy, Beta)"};

    static Stream<Case> cases() {
        return Stream.of(
                new Case("'the companies' after a deal: the buyer first, a candidate only",
                        List.<String[]>of(DEAL, new String[] {
                                "The/DT companies/NNS expect/VBP/_/expect the/DT deal/NN/_/deal to/TO "
                                        + "save/VB/_/save 300/CD jobs/NNS ./.",
                                "det(companies, The) nsubj(expect, companies) root(ROOT, expect) obj(expect, deal) "
                                        + "det(deal, the) xcomp(expect, save) mark(save, to) obj(save, jobs) "
                                        + "nummod(jobs, 300)"}),
                        "300 jobs", "acme", "coreference", false),
                new Case("'the companies' after two organisations named together: a candidate only",
                        List.<String[]>of(new String[] {
                                "Acme/NNP/ORGANIZATION and/CC Beta/NNP/ORGANIZATION merged/VBD/_/merge ./.",
                                "nsubj(merged, Acme) cc(Beta, and) conj:and(Acme, Beta) nsubj(merged, Beta) "
                                        + "root(ROOT, merged)"}, new String[] {
                                "The/DT companies/NNS employ/VBP/_/employ 300/CD people/NNS ./.",
                                "det(companies, The) nsubj(employ, companies) root(ROOT, employ) "
                                        + "obj(employ, people) nummod(people, 300)"}),
                        "300 people", "acme", "coreference", false),
                // one reader of a filing's defined terms (coref/DefinedTerm): "the Firm" (JPMorgan's term, read before
                // only by coreference) stops the subject chain as "the Company" does
                new Case("a filing's 'the Firm' in the sentence naming another organisation: no subject",
                        List.<String[]>of(new String[] {
                                "The/DT Firm/NNP said/VBD/_/say Beta/NNP/ORGANIZATION employs/VBZ/_/employ "
                                        + "300/CD people/NNS and/CC the/DT Firm/NNP has/VBZ/_/have 12/CD "
                                        + "plants/NNS ./.",
                                "det(Firm, The) nsubj(said, Firm) root(ROOT, said) ccomp(said, employs) "
                                        + "nsubj(employs, Beta) obj(employs, people) nummod(people, 300) "
                                        + "cc(has, and) conj:and(employs, has) det(Firm#2, the) "
                                        + "nsubj(has, Firm#2) obj(has, plants) nummod(plants, 12)"}),
                        "12 plants", "-", "-", false),
                // control: a singular "the company" after the same deal still asserts as its case says
                new Case("'the company' after a deal: asserted as its case says",
                        List.<String[]>of(DEAL, new String[] {
                                "The/DT company/NN employs/VBZ/_/employ 300/CD people/NNS ./.",
                                "det(company, The) nsubj(employs, company) root(ROOT, employs) obj(employs, people) "
                                        + "nummod(people, 300)"}),
                        "300 people", "acme", "coreference", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aPluralCoreferentIsACandidateOnly(Case c) {
        FigureContext.About about = HandParsedFigure.about(c.sentences(), c.figure(), FigureKind.COUNT, "x");
        assertEquals(c.subject(), HandParsedFigure.dash(about.subject().value()), "subject");
        assertEquals(c.step(), HandParsedFigure.dash(about.subject().step()), "subject step");
        assertEquals(c.sure(), about.subject().sure(), "subject sure; case " + about.subject().key());
    }
}
