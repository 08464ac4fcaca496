package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/** s35-investor: whom the description of a closing speech frame ("X did Y, the carmaker said") stands for. */
class ReportingFramesTest {

    private static String speaker(String tagged, String parse, String noun, String word) {
        ParsedText parsed = new ParsedText().sentence(tagged, parse);
        Coreference coreference = new Coreference(parsed.text(), parsed.entities());
        Function<Token, Entity> at = coreference::entityAt;
        ReportingFrames frames = new ReportingFrames(at, new Agreement(new Descriptions(at)), new FundedFirms(at));
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Token token = sentence.tokens().stream().filter(t -> t.text().equals(noun)).findFirst().orElseThrow();
        Entity found = frames.speaker(sentence, token, word);
        return found == null ? null : found.id();
    }

    @Test
    void theDescriptionTheParserHungOnTheObjectIsTheClausesSubjectItsModifierNames() {
        assertEquals("acme-software", speaker(
                "Acme/NNP/ORGANIZATION Software/NNP/ORGANIZATION supplies/VBZ/_/supply Beta/NNP/ORGANIZATION ,/, "
                        + "the/DT software/NN maker/NN said/VBD/_/say ./.",
                "compound(Software, Acme) nsubj(supplies, Software) root(ROOT, supplies) obj(supplies, Beta) "
                        + "appos(Beta, maker) det(maker, the) compound(maker, software) dep(supplies, said)",
                "maker", "maker"));
    }

    @Test
    void anAppositionToAnotherFirmLeavesTheFrameToTheOtherStepsUnlessAModifierNamesTheSubject() {
        String tagged = "Acme/NNP/ORGANIZATION Transit/NNP/ORGANIZATION ordered/VBD/_/order buses/NNS from/IN "
                + "Beta/NNP/ORGANIZATION Motors/NNP/ORGANIZATION ,/, the/DT %s/JJ maker/NN said/VBD/_/say ./.";
        String parse = "compound(Transit, Acme) nsubj(ordered, Transit) root(ROOT, ordered) obj(ordered, buses) "
                + "obl:from(ordered, Motors) case(Motors, from) compound(Motors, Beta) appos(Motors, maker) "
                + "det(maker, the) amod(maker, %s) dep(ordered, said)";
        assertNull(speaker(tagged.formatted("Norwegian"), parse.formatted("Norwegian"), "maker", "maker"));
        assertEquals("acme-transit", speaker(tagged.formatted("transit"), parse.formatted("transit"), "maker",
                "maker"));
    }

    @Test
    void underASpeechRootTheReportedClausesSubject() {
        assertEquals("acme", speaker(
                "Acme/NNP/ORGANIZATION sued/VBD/_/sue Beta/NNP/ORGANIZATION ,/, the/DT company/NN "
                        + "said/VBD/_/say ./.",
                "nsubj(sued, Acme) root(ROOT, said) ccomp(said, sued) obj(sued, Beta) nsubj(said, company) "
                        + "det(company, the)", "company", "company"));
    }

    @Test
    void afterFundingTheFundedFirmTheNounAgreesWith() {
        assertEquals("beta", speaker(
                "Acme/NNP/ORGANIZATION invested/VBD/_/invest in/IN Beta/NNP/ORGANIZATION ,/, the/DT company/NN "
                        + "said/VBD/_/say ./.",
                "nsubj(invested, Acme) root(ROOT, invested) obl:in(invested, Beta) case(Beta, in) "
                        + "parataxis(invested, said) nsubj(said, company) det(company, the)", "company", "company"));
    }

    @Test
    void aNounThatNamesTheOtherPartysKindIsThatParty() {
        assertEquals("acme-bank", speaker(
                "Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION lent/VBD/_/lend money/NN to/IN Beta/NNP/ORGANIZATION "
                        + "Foods/NNP/ORGANIZATION ,/, the/DT bank/NN said/VBD/_/say ./.",
                "compound(Bank, Acme) nsubj(lent, Bank) root(ROOT, lent) obj(lent, money) obl:to(lent, Foods) "
                        + "case(Foods, to) compound(Foods, Beta) dep(Foods, said) nsubj(said, bank) det(bank, the)",
                "bank", "bank"));
    }

    @Test
    void noFrameWithoutTheCommaAndTheDefiniteDescription() {
        assertNull(speaker(
                "Acme/NNP/ORGANIZATION hired/VBD/_/hire a/DT carmaker/NN said/VBD/_/say ./.",
                "nsubj(hired, Acme) root(ROOT, hired) obj(hired, carmaker) det(carmaker, a) dep(hired, said)",
                "carmaker", "carmaker"));
        assertNull(speaker(
                "The/DT carmaker/NN said/VBD/_/say Acme/NNP/ORGANIZATION grew/VBD/_/grow ./.",
                "det(carmaker, The) nsubj(said, carmaker) root(ROOT, said) ccomp(said, grew) nsubj(grew, Acme)",
                "carmaker", "carmaker"));
    }
}
