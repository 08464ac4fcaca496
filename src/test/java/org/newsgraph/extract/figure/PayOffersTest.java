package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * A percentage offered to people is a pay rise ({@link PayOffers}); offered to savers, or with its whole, it stays a
 * share. Made-up sentences, parsed by hand as CoreNLP 4.5.10 parses these shapes.
 */
class PayOffersTest {

    private static FigureCandidate read(ParsedText parsed, String words, String of) {
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        int start = parsed.text().text().indexOf(words);
        FigureCandidate share = new FigureCandidate(start, start + words.length(), FigureKind.SHARE,
                new BigDecimal(words.replace("%", "")), null, null, "percent", null, null, null, null, null, of);
        return PayOffers.read(sentence, List.of(share)).get(0);
    }

    @Test
    void aPercentageOfferedToWorkersIsAnIncrease() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT board/NN has/VBZ offered/VBN/_/offer nurses/NNS/_/nurse 6/CD/PERCENT ~%/NN/PERCENT ./.",
                "det(board, The) nsubj(offered, board) aux(offered, has) iobj(offered, nurses) obj(offered, %)"
                        + " nummod(%, 6) punct(offered, .) ROOT(ROOT, offered)");
        FigureCandidate read = read(parsed, "6%", null);
        assertEquals(FigureKind.CHANGE, read.kind());
        assertEquals("increase", read.direction());
    }

    @Test
    void aBodyOfWorkersTheListNamesIsOfferedPayToo() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT airline/NN offered/VBD/_/offer staff/NN/_/staff 4/CD/PERCENT ~%/NN/PERCENT ./.",
                "det(airline, The) nsubj(offered, airline) iobj(offered, staff) obj(offered, %) nummod(%, 4)"
                        + " punct(offered, .) ROOT(ROOT, offered)");
        assertEquals(FigureKind.CHANGE, read(parsed, "4%", null).kind());
    }

    @Test
    void aPercentageOfferedToSaversStaysAShare() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT bank/NN offered/VBD/_/offer savers/NNS/_/saver 4/CD/PERCENT ~%/NN/PERCENT ./.",
                "det(bank, The) nsubj(offered, bank) iobj(offered, savers) obj(offered, %) nummod(%, 4)"
                        + " punct(offered, .) ROOT(ROOT, offered)");
        assertEquals(FigureKind.SHARE, read(parsed, "4%", null).kind());
    }

    @Test
    void aShareWithItsWholeStaysAShare() {
        ParsedText parsed = new ParsedText().sentence(
                "They/PRP offered/VBD/_/offer staff/NN/_/staff 10/CD/PERCENT ~%/NN/PERCENT of/IN the/DT"
                        + " company/NN ./.",
                "nsubj(offered, They) iobj(offered, staff) obj(offered, %) nummod(%, 10) nmod:of(%, company)"
                        + " case(company, of) det(company, the) punct(offered, .) ROOT(ROOT, offered)");
        assertEquals(FigureKind.SHARE, read(parsed, "10%", null).kind());
    }

    @Test
    void aPercentageAVerbOfGivingTakesWithoutPeopleStaysAShare() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT fund/NN offered/VBD/_/offer 5/CD/PERCENT ~%/NN/PERCENT ./.",
                "det(fund, The) nsubj(offered, fund) obj(offered, %) nummod(%, 5) punct(offered, .)"
                        + " ROOT(ROOT, offered)");
        assertEquals(FigureKind.SHARE, read(parsed, "5%", null).kind());
    }

    @Test
    void peopleWrittenAsAFirstObjectAreOfferedTheSecond() {
        // "offered its drivers 6% spread over two years": both objects, the percentage the compound of "spread"
        ParsedText parsed = new ParsedText().sentence(
                "The/DT operator/NN offered/VBD/_/offer its/PRP$ drivers/NNS/_/driver 6/CD/PERCENT ~%/NN/PERCENT"
                        + " spread/NN/_/spread over/IN two/CD/DURATION years/NNS/DURATION/year ./.",
                "det(operator, The) nsubj(offered, operator) obj(offered, drivers) obj(offered, spread)"
                        + " nmod:poss(drivers, its) nummod(%, 6) compound(spread, %) nmod:over(spread, years)"
                        + " case(years, over) nummod(years, two) punct(offered, .) ROOT(ROOT, offered)");
        FigureCandidate read = read(parsed, "6%", null);
        assertEquals(FigureKind.CHANGE, read.kind());
        assertEquals("increase", read.direction());
    }

    @Test
    void aRiseAfterPeopleAsABareNounPhraseIsAPayOffer() {
        // "offered its cabin crew a 4% rise" as obj(offered, crew) obl:npmod(offered, rise)
        ParsedText parsed = new ParsedText().sentence(
                "The/DT airline/NN offered/VBD/_/offer its/PRP$ crew/NN/_/crew a/DT 4/CD/PERCENT ~%/NN/PERCENT"
                        + " rise/NN/_/rise ./.",
                "det(airline, The) nsubj(offered, airline) obj(offered, crew) obl:npmod(offered, rise)"
                        + " nmod:poss(crew, its) det(rise, a) compound(rise, %) nummod(%, 4) punct(offered, .)"
                        + " ROOT(ROOT, offered)");
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Token rise = sentence.tokens().stream().filter(t -> t.text().equals("rise")).findFirst().orElseThrow();
        assertTrue(PayOffers.isPayOffer(sentence, rise));
    }

    @Test
    void aDiscountOfferedToPeopleIsNoPayOffer() {
        ParsedText parsed = new ParsedText().sentence(
                "The/DT gym/NN offered/VBD/_/offer students/NNS/_/student a/DT 10/CD/PERCENT ~%/NN/PERCENT"
                        + " discount/NN/_/discount ./.",
                "det(gym, The) nsubj(offered, gym) iobj(offered, students) obj(offered, discount) det(discount, a)"
                        + " compound(discount, %) nummod(%, 10) punct(offered, .) ROOT(ROOT, offered)");
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        Token discount = sentence.tokens().stream().filter(t -> t.text().equals("discount")).findFirst()
                .orElseThrow();
        assertFalse(PayOffers.isPayOffer(sentence, discount));
    }
}
