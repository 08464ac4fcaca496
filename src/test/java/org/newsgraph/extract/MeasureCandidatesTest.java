package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/** The learned measure's candidates of hand-parsed made-up filing sentences: their phrases and features. */
class MeasureCandidatesTest {

    /**
     * A line item longer than the chain's four words, or a coordination of two that does not fit in them, is offered
     * whole beside the four-word phrase, marked {@code wide}; the four-word phrase stays, unmarked.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "five words of one line item | foreign currency translation loss | "
                    + "cumulative foreign currency translation loss | "
                    + "The/DT cumulative/JJ foreign/JJ currency/NN translation/NN loss/NN was/VBD/_/be "
                    + "$/$/MONEY 9/CD/MONEY million/CD/MONEY ./. | "
                    + "root(ROOT, $) nsubj($, loss) det(loss, The) amod(loss, cumulative) amod(currency, foreign) "
                    + "compound(translation, currency) compound(loss, translation) cop($, was) nummod($, million) "
                    + "compound(million, 9)",
            "two line items joined by 'and' | rent and lease incentives | deferred rent and lease incentives | "
                    + "Deferred/JJ rent/NN and/CC lease/NN incentives/NNS were/VBD/_/be $/$/MONEY 9/CD/MONEY "
                    + "million/CD/MONEY ./. | "
                    + "root(ROOT, $) nsubj($, rent) amod(rent, Deferred) cc(incentives, and) "
                    + "conj:and(rent, incentives) compound(incentives, lease) cop($, were) nummod($, million) "
                    + "compound(million, 9)"})
    void aLongerPhraseIsOfferedBesideTheFourWords(String name, String four, String wide, String tokens,
                                                  String dependencies) {
        List<MeasureCandidates.Candidate> candidates = candidates(tokens, dependencies, "$ 9 million");
        MeasureCandidates.Candidate short4 = named(candidates, four);
        MeasureCandidates.Candidate long6 = named(candidates, wide);
        assertFalse(short4.features().contains("wide"), "the four words: " + short4.features());
        assertTrue(long6.features().contains("wide"), "the wider phrase: " + long6.features());
        assertEquals(short4.head(), long6.head(), "one noun, two phrases");
    }

    /** A phrase within four words is offered once, not again as a wider one. */
    @Test
    void aShortPhraseIsOfferedOnce() {
        List<MeasureCandidates.Candidate> candidates = candidates(
                "Deferred/JJ revenue/NN was/VBD/_/be $/$/MONEY 9/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, $) nsubj($, revenue) amod(revenue, Deferred) cop($, was) nummod($, million) "
                        + "compound(million, 9)", "$ 9 million");
        assertEquals(List.of("deferred revenue"), candidates.stream().map(MeasureCandidates.Candidate::phrase).toList());
        assertTrue(candidates.get(0).features().stream().noneMatch("wide"::equals));
    }

    /** Every candidate carries its noun's class of meaning, alone and with the figure's kind. */
    @Test
    void candidatesCarryTheirClassOfMeaning() {
        List<MeasureCandidates.Candidate> candidates = candidates(
                "Deferred/JJ revenue/NN was/VBD/_/be $/$/MONEY 9/CD/MONEY million/CD/MONEY ./.",
                "root(ROOT, $) nsubj($, revenue) amod(revenue, Deferred) cop($, was) nummod($, million) "
                        + "compound(million, 9)", "$ 9 million");
        List<String> features = candidates.get(0).features();
        assertTrue(features.contains("class=possession"), "features " + features);
        assertTrue(features.contains("class|kind=possession|AMOUNT"), "features " + features);
    }

    private static MeasureCandidates.Candidate named(List<MeasureCandidates.Candidate> candidates, String phrase) {
        return candidates.stream().filter(c -> c.phrase().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate '" + phrase + "' in "
                        + candidates.stream().map(MeasureCandidates.Candidate::phrase).toList()));
    }

    private static List<MeasureCandidates.Candidate> candidates(String tokens, String dependencies, String figure) {
        ParsedText parsed = new ParsedText();
        parsed.sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        AnnotatedSentence sentence = text.sentences().get(0);
        int start = text.text().indexOf(figure);
        List<Token> span = sentence.tokensIn(start, start + figure.length());
        DocumentContext context = new DocumentContext(text, parsed.entities());
        FigureMeasures measures = new FigureMeasures(context);
        Token head = FigureMeasures.headOf(sentence, span);
        List<Token> nouns = FigureMeasures.measuredNouns(sentence, head, span);
        return new MeasureCandidates(context, measures).of(sentence, span, head, nouns, FigureKind.AMOUNT,
                FigureContext.Found.NONE);
    }
}
