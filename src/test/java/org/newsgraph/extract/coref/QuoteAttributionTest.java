package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * "We" inside a quotation whose verb of saying the parser misread ({@link QuoteAttribution}) or whose attribution the
 * sentence splitter put in a sentence of its own ({@link Quotations}): the speaker's organisation all the same, and
 * none where the speaker speaks for nobody known. Parses by hand, after CoreNLP's on MEANTIME tuning 108294 (the name
 * after an inverted "said" as its object), 71426 (", saying" hung on a noun), 123881 and 39951 (the attribution split
 * off after the quote's full stop).
 */
class QuoteAttributionTest {

    private static final String COUNSEL = "Jo/NNP/PERSON Lind/NNP/PERSON ,/, Acme/NNP/ORGANIZATION 's/POS "
            + "general/JJ counsel/NN";
    private static final String COUNSEL_PARSE = "compound(Lind, Jo) appos(Lind, counsel) nmod:poss(counsel, Acme) "
            + "case(Acme, 's) amod(counsel, general)";
    private static final String CUSTOMER = "Jo/NNP/PERSON Lind/NNP/PERSON ,/, a/DT customer/NN of/IN "
            + "Acme/NNP/ORGANIZATION";
    private static final String CUSTOMER_PARSE = "compound(Lind, Jo) appos(Lind, customer) det(customer, a) "
            + "case(Acme, of) nmod:of(customer, Acme)";
    /** '"We grew the business," said SPEAKER.' with "said" hung on "business" and the speaker its object. */
    private static final String INVERTED = "\"/`` We/PRP grew/VBD/_/grow the/DT business/NN ,/, ''/'' "
            + "said/VBD/_/say SPEAKER ./.";
    private static final String INVERTED_PARSE = "punct(grew, \") nsubj(grew, We) root(ROOT, grew) "
            + "obj(grew, business) det(business, the) acl(business, said) obj(said, Lind)";
    /** 'SPEAKER praised the deal, saying, "We grew."' with "saying" hung on "deal". */
    private static final String PARTICIPLE = "SPEAKER praised/VBD/_/praise the/DT deal/NN ,/, saying/VBG/_/say ,/, "
            + "\"/`` We/PRP grew/VBD/_/grow ./. ''/''";
    private static final String PARTICIPLE_PARSE = "nsubj(praised, Lind) root(ROOT, praised) obj(praised, deal) "
            + "det(deal, the) acl(deal, saying) ccomp(saying, grew) nsubj(grew, We)";

    record Case(String name, String expected, String... sentences) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("an inverted said's object, an organisation's counsel", "acme",
                        INVERTED.replace("SPEAKER", COUNSEL), INVERTED_PARSE + " " + COUNSEL_PARSE),
                new Case("an inverted said's object, a customer of an organisation: none", "-",
                        INVERTED.replace("SPEAKER", CUSTOMER), INVERTED_PARSE + " " + CUSTOMER_PARSE),
                new Case("a said's object with no quotation mark before it: none", "-",
                        INVERTED.replace("''/'' ", "").replace("SPEAKER", COUNSEL) + " ''/''",
                        INVERTED_PARSE + " " + COUNSEL_PARSE),
                new Case("a participle after a comma hung on a noun: the main clause's subject", "acme",
                        PARTICIPLE.replace("SPEAKER", COUNSEL), PARTICIPLE_PARSE + " " + COUNSEL_PARSE),
                new Case("a participle after a comma, the main subject a customer: none", "-",
                        PARTICIPLE.replace("SPEAKER", CUSTOMER), PARTICIPLE_PARSE + " " + CUSTOMER_PARSE),
                new Case("a participle with no comma before it (a memo saying): none", "-",
                        PARTICIPLE.replace("SPEAKER", COUNSEL).replace("deal/NN ,/, saying", "deal/NN saying"),
                        PARTICIPLE_PARSE + " " + COUNSEL_PARSE),
                new Case("an attribution split off after the quotation's full stop", "acme",
                        "\"/`` We/PRP grew/VBD/_/grow ./.", "nsubj(grew, We) root(ROOT, grew)",
                        "\"/`` said/VBD/_/say " + COUNSEL + " ./. ''/''", "root(ROOT, said) nsubj(said, Lind) "
                                + COUNSEL_PARSE),
                new Case("an attribution split off, its speaker a customer: none", "-",
                        "\"/`` We/PRP grew/VBD/_/grow ./.", "nsubj(grew, We) root(ROOT, grew)",
                        "\"/`` said/VBD/_/say " + CUSTOMER + " ./. ''/''", "root(ROOT, said) nsubj(said, Lind) "
                                + CUSTOMER_PARSE),
                new Case("a next sentence that reports a clause of its own: none", "-",
                        "\"/`` We/PRP grew/VBD/_/grow ./. ''/''", "nsubj(grew, We) root(ROOT, grew)",
                        COUNSEL + " said/VBD/_/say sales/NNS fell/VBD/_/fall ./.", "root(ROOT, said) "
                                + "nsubj(said, Lind) ccomp(said, fell) nsubj(fell, sales) " + COUNSEL_PARSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void weInTheQuotationIsTheSpeakersOrganisation(Case c) {
        ParsedText parsed = new ParsedText();
        for (int i = 0; i < c.sentences().length; i += 2) {
            parsed.sentence(c.sentences()[i], c.sentences()[i + 1]);
        }
        AnnotatedText text = parsed.text();
        AnnotatedSentence first = text.sentences().get(0);
        Token we = first.tokens().stream().filter(t -> t.text().equals("We")).findFirst().orElseThrow();
        Coreference coreference = new Coreference(text, parsed.entities());
        assertEquals(c.expected(), coreference.resolve(first, we).map(r -> r.entity().id()).orElse("-"));
    }
}
