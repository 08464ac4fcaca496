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

    /** The figures only NER adds to a one-sentence text (also HeadlineCountsS29FiguresTest's). */
    static List<FigureCandidate> added(ParsedText parsed) {
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
    void moneyWhoseCurrencyTheMentionDoesNotWriteTakesTheArticlesOneCurrency() {
        // CoreNLP normalises a bare "49 million" it calls money with "$": the mention writes no currency
        ParsedText parsed = new ParsedText().sentence(
                "Profit/NN rose/VBD from/IN 49/CD/MONEY/_/$4.9E7 million/CD/MONEY/_/$4.9E7 ./.",
                "nsubj(rose, Profit) obl:from(rose, million) case(million, from) compound(million, 49)"
                        + " ROOT(ROOT, rose)");
        List<FigureCandidate> added = added(parsed);
        assertEquals(1, added.size(), added.toString());
        assertEquals(NerFigures.UNWRITTEN_CURRENCY, added.get(0).unit());
        List<FigureCandidate> given = new ArrayList<>();
        List<FigureCandidate> euros = NerFigures.withCurrency(added, "EUR", given);
        assertEquals("EUR", euros.get(0).unit());
        assertEquals(euros, given);
        assertEquals(List.of(), NerFigures.withCurrency(added, null, new ArrayList<>()),
                "no currency of the article's: left out, never CoreNLP's dollar");
        ParsedText written = new ParsedText().sentence(
                "Profit/NN rose/VBD from/IN $/$/MONEY/_/$4.9E7 49/CD/MONEY/_/$4.9E7 million/CD/MONEY/_/$4.9E7 ./.",
                "nsubj(rose, Profit) obl:from(rose, million) case(million, from) compound(million, 49) dep(million, $)"
                        + " ROOT(ROOT, rose)");
        List<FigureCandidate> dollars = added(written);
        assertTrue(dollars.isEmpty() || dollars.get(0).unit().equals("USD"), dollars.toString());
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
            Arrests/NNS fell/VBD from/IN 410/CD/NUMBER/_/410.0 ./. | nsubj(fell, Arrests) obl:from(fell, 410) case(410, from) ROOT(ROOT, fell) | 410 | arrest
            """)
    void anElidedNounIsTheCountedNounNamedBefore(String tokens, String dependencies, String value, String unit) {
        assertOneElided(tokens, dependencies, FigureKind.COUNT, value, unit);
    }

    /**
     * A bare number whose counted thing the clause gives elsewhere: a copula's subject, a tally noun's compound, a
     * singular noun that counts people, a victims verb's object or passive subject.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Arrivals/NNS were/VBD 900/CD/NUMBER/_/900.0 ./. | nsubj(900, Arrivals) cop(900, were) ROOT(ROOT, 900) | 900 | arrival
            Its/PRP$ membership/NN is/VBZ 900/CD/NUMBER/_/900.0 ./. | nmod:poss(membership, Its) nsubj(900, membership) cop(900, is) ROOT(ROOT, 900) | 900 | member
            The/DT number/NN of/IN visitors/NNS was/VBD 900/CD/NUMBER/_/900.0 ./. | det(number, The) nsubj(900, number) nmod:of(number, visitors) case(visitors, of) cop(900, was) ROOT(ROOT, 900) | 900 | visitor
            The/DT vote/NN count/NN rose/VBD to/IN 900/CD/NUMBER/_/900.0 ./. | det(count, The) compound(count, vote) nsubj(rose, count) obl:to(rose, 900) case(900, to) ROOT(ROOT, rose) | 900 | vote
            Turnout/NN reached/VBD/_/reach 2,100/CD/NUMBER/_/2100.0 ./. | nsubj(reached, Turnout) obj(reached, 2,100) ROOT(ROOT, reached) | 2100 | person
            The/DT blast/NN killed/VBD/_/kill 19/CD/NUMBER/_/19.0 ./. | det(blast, The) nsubj(killed, blast) obj(killed, 19) ROOT(ROOT, killed) | 19 | person
            Gunmen/NNS killed/VBD/_/kill 19/CD/NUMBER/_/19.0 ./. | nsubj(killed, Gunmen) obj(killed, 19) ROOT(ROOT, killed) | 19 | person
            Police/NNS said/VBD 40/CD/NUMBER/_/40.0 were/VBD arrested/VBN/_/arrest ./. | nsubj(said, Police) ccomp(said, arrested) nsubj:pass(arrested, 40) aux:pass(arrested, were) ROOT(ROOT, said) | 40 | person
            """)
    void aBareNumberCountsWhatItsClauseNames(String tokens, String dependencies, String value, String unit) {
        List<FigureCandidate> read = read(new ParsedText().sentence(tokens, dependencies));
        assertEquals(1, read.size(), read.toString());
        assertEquals(FigureKind.COUNT, read.get(0).kind());
        assertEquals(0, new BigDecimal(value).compareTo(read.get(0).value()));
        assertEquals(unit, read.get(0).unit());
    }

    /** What the rules and NER read together in a one-sentence text, in text order. */
    private static List<FigureCandidate> read(ParsedText parsed) {
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        String text = parsed.text().text().substring(sentence.start(), sentence.end());
        List<Rejection> refused = new ArrayList<>();
        List<FigureCandidate> read = new ArrayList<>(PARSER.parse(text, refused::add));
        read.addAll(NerFigures.missed(sentence, text, read, refused));
        read.sort(java.util.Comparator.comparingInt(FigureCandidate::start));
        return read;
    }

    /** "unemployment fell by 90,000 to 431,000": the move and the level of a count of people, by rule or by parse. */
    @Test
    void aPeopleCountMovesAndReachesALevel() {
        List<FigureCandidate> read = read(new ParsedText().sentence(
                "Unemployment/NN fell/VBD by/IN 90,000/CD/NUMBER/_/90000.0 to/IN 431,000/CD/NUMBER/_/431000.0 ./.",
                "nsubj(fell, Unemployment) obl:by(fell, 90,000) case(90,000, by) obl:to(fell, 431,000)"
                        + " case(431,000, to) ROOT(ROOT, fell)"));
        assertEquals(2, read.size(), read.toString());
        assertEquals(FigureKind.CHANGE, read.get(0).kind());
        assertEquals("decrease", read.get(0).direction());
        assertEquals("person", read.get(0).unit());
        assertEquals(FigureKind.COUNT, read.get(1).kind());
        assertEquals(0, new BigDecimal("431000").compareTo(read.get(1).value()));
        assertEquals("person", read.get(1).unit());
    }

    /** What the clause does not make a count stays bare: an age after a copula, a singular subject, a score. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The/DT suspects/NNS were/VBD 19/CD/NUMBER/_/19.0 ./. | det(suspects, The) nsubj(19, suspects) cop(19, were) ROOT(ROOT, 19) | an age
            The/DT score/NN was/VBD 41/CD/NUMBER/_/41.0 ./. | det(score, The) nsubj(41, score) cop(41, was) ROOT(ROOT, 41) | a singular subject
            The/DT count/NN rose/VBD to/IN 19/CD/NUMBER/_/19.0 ./. | det(count, The) nsubj(rose, count) obl:to(rose, 19) case(19, to) ROOT(ROOT, rose) | a count that names no counted noun
            They/PRP killed/VBD time/NN at/IN 19/CD/NUMBER/_/19.0 ./. | nsubj(killed, They) obj(killed, time) obl:at(killed, 19) case(19, at) ROOT(ROOT, killed) | no victims object
            The/DT price/NN index/NN was/VBD 230/CD/NUMBER/_/230.0 ./. | det(index, The) compound(index, price) nsubj(230, index) cop(230, was) ROOT(ROOT, 230) | a level
            """)
    void whatTheClauseDoesNotCountStaysBare(String tokens, String dependencies, String why) {
        assertEquals(List.of(), read(new ParsedText().sentence(tokens, dependencies)), why);
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
