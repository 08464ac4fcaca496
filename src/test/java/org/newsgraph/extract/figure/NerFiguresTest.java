package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Rejection;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/** CoreNLP's reading as a second reader: what it adds where no rule read a figure, and what it must not add. */
class NerFiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    /** The figures only NER adds to a one-sentence text. */
    private static List<FigureCandidate> added(ParsedText parsed) {
        AnnotatedText annotated = parsed.text();
        AnnotatedSentence sentence = annotated.sentences().get(0);
        String text = annotated.text().substring(sentence.start(), sentence.end());
        List<Rejection> refused = new ArrayList<>();
        List<FigureCandidate> found = PARSER.parse(text, refused::add);
        return NerFigures.missed(sentence, text, found, refused);
    }

    @Test
    void countsTheNounTheParseGivesANumberTheRulesLeftBare() {
        ParsedText parsed = new ParsedText().sentence(
                "It/PRP will/MD take/VB eight/CD/NUMBER/_/8.0 new/JJ ZX500/NNP LR/NNP (/-LRB- long/JJ range/NN )/-RRB-"
                        + " aircraft/NNS ./.",
                "nsubj(take, It) aux(take, will) obj(take, aircraft) nummod(aircraft, eight) amod(aircraft, new)"
                        + " compound(aircraft, ZX500) compound(aircraft, LR) ROOT(ROOT, take)");
        List<FigureCandidate> added = added(parsed);
        assertEquals(1, added.size(), added.toString());
        FigureCandidate figure = added.get(0);
        assertEquals(FigureKind.COUNT, figure.kind());
        assertEquals(0, new BigDecimal("8").compareTo(figure.value()));
        assertEquals("aircraft", figure.unit());
        String text = parsed.text().text();
        assertTrue(text.substring(figure.start(), figure.end()).startsWith("eight new"), text);
    }

    @Test
    void aNumberWithNothingToCountStaysBare() {
        ParsedText parsed = new ParsedText().sentence(
                "Revenue/NN rose/VBD to/IN 230/CD/NUMBER/_/230.0 ./.",
                "nsubj(rose, Revenue) obl:to(rose, 230) case(230, to) ROOT(ROOT, rose)");
        assertEquals(List.of(), added(parsed));
        ParsedText price = new ParsedText().sentence(
                "Prices/NNS rose/VBD to/IN 230/CD/NUMBER/_/230.0 ./.",
                "nsubj(rose, Prices) obl:to(rose, 230) case(230, to) ROOT(ROOT, rose)");
        assertEquals(List.of(), added(price), "a price's level counts no prices");
        ParsedText after = new ParsedText().sentence(
                "It/PRP sold/VBD 230/CD/NUMBER/_/230.0 to/IN buyers/NNS ./.",
                "nsubj(sold, It) obj(sold, 230) obl:to(sold, buyers) case(buyers, to) ROOT(ROOT, sold)");
        assertEquals(List.of(), added(after), "a noun named after the number is no elided noun");
    }

    /** An elided noun: the number stands for the plural noun its verb (or the verb it completes) names before it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Orders/NNS rose/VBD to/IN 230/CD/NUMBER/_/230.0 ./. | nsubj(rose, Orders) obl:to(rose, 230) case(230, to) ROOT(ROOT, rose) | 230 | order
            It/PRP raised/VBD the/DT number/NN of/IN stores/NNS in/IN Ohio/NNP to/IN 310/CD/NUMBER/_/310.0 ./. | nsubj(raised, It) obj(raised, number) det(number, the) nmod:of(number, stores) case(stores, of) nmod:in(stores, Ohio) case(Ohio, in) obl:to(raised, 310) case(310, to) ROOT(ROOT, raised) | 310 | store
            He/PRP expects/VBZ sales/NNS to/TO exceed/VB the/DT 250/CD/NUMBER/_/250.0 needed/VBN ./. | nsubj(expects, He) obj(expects, sales) xcomp(expects, exceed) mark(exceed, to) obj(exceed, 250) det(250, the) acl(250, needed) ROOT(ROOT, expects) | 250 | sale
            """)
    void anElidedNounIsTheCountedNounNamedBefore(String tokens, String dependencies, String value, String unit) {
        assertOneElided(tokens, dependencies, FigureKind.COUNT, value, unit);
    }

    /** The one figure a hand-parsed sentence adds, of this kind, value and unit. */
    private static FigureCandidate assertOneElided(String tokens, String dependencies, FigureKind kind, String value,
                                                   String unit) {
        List<FigureCandidate> added = added(new ParsedText().sentence(tokens, dependencies));
        assertEquals(1, added.size(), added.toString());
        assertEquals(kind, added.get(0).kind());
        assertEquals(0, new BigDecimal(value).compareTo(added.get(0).value()));
        assertEquals(unit, added.get(0).unit());
        return added.get(0);
    }

    @Test
    void whatTheRulesRefusedForAReasonStaysRefused() {
        ParsedText identifier = new ParsedText().sentence(
                "Flight/NN 447/CD/NUMBER/_/447.0 carried/VBD crew/NN ./.",
                "nsubj(carried, Flight) nummod(Flight, 447) obj(carried, crew) ROOT(ROOT, carried)");
        assertEquals(List.of(), added(identifier));
        ParsedText phone = new ParsedText().sentence(
                "Call/VB 555-123-4567/CD/NUMBER/_/5.551234567E9 now/RB ./.",
                "obj(Call, 555-123-4567) advmod(Call, now) ROOT(ROOT, Call)");
        assertEquals(List.of(), added(phone));
        ParsedText clock = new ParsedText().sentence(
                "Trading/NN stopped/VBD at/IN 2.40/CD/NUMBER/_/2.4 PM/NNS ./.",
                "nsubj(stopped, Trading) obl:at(stopped, PM) nummod(PM, 2.40) ROOT(ROOT, stopped)");
        assertEquals(List.of(), added(clock));
    }

    @Test
    void aNounInTheSingularIsNotCountedByALargerNumber() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT index/NN passed/VBD the/DT four/CD/NUMBER/_/4000.0 thousand/CD/NUMBER/_/4000.0 mark/NN ./.",
                "nsubj(passed, index) obj(passed, mark) nummod(mark, thousand) compound(thousand, four)"
                        + " ROOT(ROOT, passed)");
        assertEquals(List.of(), added(parsed));
    }

    /** "visitors rose by 3,000": a number that is the size of a move changes the count of the noun before it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Visitors/NNS rose/VBD by/IN 3,000/CD/NUMBER/_/3000.0 ./. | nsubj(rose, Visitors) obl:by(rose, 3,000) case(3,000, by) ROOT(ROOT, rose) | 3000 | visitor | increase
            Passengers/NNS fell/VBD by/IN 12,000/CD/NUMBER/_/12000.0 in/IN March/NNP ./. | nsubj(fell, Passengers) obl:by(fell, 12,000) case(12,000, by) obl:in(fell, March) case(March, in) ROOT(ROOT, fell) | 12000 | passenger | decrease
            """)
    void aMoveByANumberChangesTheCountNamedBefore(String tokens, String dependencies, String value, String unit,
                                                   String direction) {
        assertEquals(direction, assertOneElided(tokens, dependencies, FigureKind.CHANGE, value, unit).direction());
    }

    /** "by" with no verb of moving before it is no change: "the plan was backed by 300" counts nothing. */
    @Test
    void byWithoutAMoveIsNoChange() {
        ParsedText parsed = new ParsedText().sentence(
                "Plans/NNS were/VBD backed/VBN by/IN 300/CD/NUMBER/_/300.0 ./.",
                "nsubj:pass(backed, Plans) aux:pass(backed, were) obl:by(backed, 300) case(300, by) ROOT(ROOT, backed)");
        assertEquals(List.of(), added(parsed));
    }

    @Test
    void moneyTakesItsCurrencyFromTheNormalisedSignWhenTheWordsNameNone() {
        ParsedText parsed = new ParsedText().sentence(
                "It/PRP won/VBD the/DT one-nicker/JJ/MONEY/_/£1.0 contract/NN ./.", // slang the lists leave out
                "nsubj(won, It) obj(won, contract) det(contract, the) amod(contract, one-nicker) ROOT(ROOT, won)");
        List<FigureCandidate> added = added(parsed);
        assertEquals(1, added.size(), added.toString());
        assertEquals(FigureKind.AMOUNT, added.get(0).kind());
        assertEquals("GBP", added.get(0).unit());
        assertEquals(0, BigDecimal.ONE.compareTo(added.get(0).value()));
    }

    @Test
    void aFigureTheRulesReadIsNotReadTwice() {
        ParsedText parsed = new ParsedText().sentence(
                "Sales/NNS reached/VBD $/$/MONEY/_/~$5.0E6 5/CD/MONEY/_/~$5.0E6 million/CD/MONEY/_/~$5.0E6 ./.",
                "nsubj(reached, Sales) obj(reached, $) nummod($, million) compound(million, 5) ROOT(ROOT, reached)");
        assertEquals(List.of(), added(parsed));
    }
}
