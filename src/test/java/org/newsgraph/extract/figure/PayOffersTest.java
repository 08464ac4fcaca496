package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
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
}
