package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22's news measure steps (s22-measure): an amount a verb of selling reaches by its preposition is a price
 * ({@link SalePrices}: "retailing for US $199 and $299", "films will retail for around $9.99", two MEANTIME tuning
 * articles); a noun in a "with" phrase that the figure follows by "of" is asserted ("with a market value of $348.8
 * billion", "with a flight crew of six": two MEANTIME tuning articles; "cells with a capacity of 30 GWh a year": own
 * gold), not a noun of change. Made-up sentences parsed by hand as CoreNLP parses such sentences (misparses
 * included); "-" is no measure, a trailing "?" a measure only proposed.
 */
class PricesAndPropertiesS22MeasureTest {

    /** CoreNLP hangs "for US $" on the participle by bare deps, as it did in the real sentence. */
    private static final String SPEAKER = "The/DT speaker/NN comes/VBZ/_/come in/IN two/CD colours/NNS/_/colour ,/, "
            + "retailing/VBG/_/retail for/IN US/NNP/MONEY $/$/MONEY 129/CD/MONEY ./.";
    private static final String SPEAKER_PARSE = "root(ROOT, comes) det(speaker, The) nsubj(comes, speaker) "
            + "obl:in(comes, colours) case(colours, in) nummod(colours, two) punct(comes, ,) advcl(comes, retailing) "
            + "dep(retailing, for) dep(for, US) dep(US, $) nummod($, 129) punct(comes, .)";
    private static final String FILM = "The/DT films/NNS/_/film will/MD retail/VB/_/retail for/IN around/RB "
            + "$/$/MONEY 14.99/CD/MONEY ./.";
    private static final String FILM_PARSE = "root(ROOT, retail) det(films, The) nsubj(retail, films) "
            + "aux(retail, will) obl:for(retail, $) case($, for) advmod($, around) nummod($, 14.99) punct(retail, .)";
    private static final String CAMERA = "The/DT camera/NN is/VBZ/_/be priced/VBN/_/price at/IN €/$/MONEY "
            + "899/CD/MONEY ./.";
    private static final String CAMERA_PARSE = "root(ROOT, priced) det(camera, The) nsubj:pass(priced, camera) "
            + "aux:pass(priced, is) obl:at(priced, €) case(€, at) nummod(€, 899) punct(priced, .)";
    private static final String BONDS = "The/DT fund/NN sold/VBD/_/sell $/$/MONEY 2/CD/MONEY million/CD/MONEY "
            + "in/IN bonds/NNS/_/bond ./.";
    /** An amount sold, not the price of a sale: no preposition of the verb reaches it. */
    private static final String BONDS_PARSE = "root(ROOT, sold) det(fund, The) nsubj(sold, fund) obj(sold, $) "
            + "nummod($, million) compound(million, 2) nmod:in($, bonds) case(bonds, in) punct(sold, .)";
    private static final String LENDER = "The/DT bank/NN ended/VBD/_/end the/DT year/NN as/IN the/DT largest/JJS "
            + "lender/NN ,/, with/IN total/JJ assets/NNS/_/asset of/IN $/$/MONEY 48/CD/MONEY billion/CD/MONEY ./.";
    private static final String LENDER_PARSE = "root(ROOT, ended) det(bank, The) nsubj(ended, bank) obj(ended, year) "
            + "det(year, the) obl:as(ended, lender) case(lender, as) det(lender, the) amod(lender, largest) "
            + "punct(ended, ,) obl:with(ended, assets) case(assets, with) amod(assets, total) nmod:of(assets, $) "
            + "case($, of) nummod($, billion) compound(billion, 48) punct(ended, .)";
    private static final String FERRY = "The/DT ferry/NN sailed/VBD/_/sail with/IN a/DT crew/NN of/IN 40/CD/NUMBER ./.";
    private static final String FERRY_PARSE = "root(ROOT, sailed) det(ferry, The) nsubj(sailed, ferry) "
            + "obl:with(sailed, crew) case(crew, with) det(crew, a) nmod:of(crew, 40) case(40, of) punct(sailed, .)";
    private static final String CLUB = "The/DT club/NN ended/VBD/_/end the/DT season/NN with/IN a/DT loss/NN of/IN "
            + "$/$/MONEY 3/CD/MONEY million/CD/MONEY ./.";
    private static final String CLUB_PARSE = "root(ROOT, ended) det(club, The) nsubj(ended, club) obj(ended, season) "
            + "det(season, the) obl:with(ended, loss) case(loss, with) det(loss, a) nmod:of(loss, $) case($, of) "
            + "nummod($, million) compound(million, 3) punct(ended, .)";
    private static final String TURNOUT = "Turnout/NN ended/VBD/_/end with/IN a/DT drop/NN of/IN 4/CD/PERCENT "
            + "%/NN/PERCENT ./.";
    /** A noun of change in the "with" phrase, of a figure that is no money: what moved is the clause's subject. */
    private static final String TURNOUT_PARSE = "root(ROOT, ended) nsubj(ended, Turnout) obl:with(ended, drop) "
            + "case(drop, with) det(drop, a) nmod:of(drop, %) case(%, of) nummod(%, 4) punct(ended, .)";
    private static final String DOW = "Attendance/NN went/VBD/_/go back/RB up/RB to/TO close/VB/_/close "
            + "with/IN a/DT loss/NN of/IN 3.30/CD/PERCENT %/NN/PERCENT ./.";
    /** A move noun of a percentage not read as a change: the move is the subject's, the loss only proposed. */
    private static final String DOW_PARSE = "root(ROOT, went) nsubj(went, Attendance) advmod(went, back) "
            + "advmod(went, up) xcomp(went, close) mark(close, to) obl:with(close, loss) case(loss, with) "
            + "det(loss, a) nmod:of(loss, %) case(%, of) nummod(%, 3.30) punct(went, .)";
    private static final String DEBT = "The/DT group/NN defaulted/VBD/_/default on/IN debt/NN of/IN $/$/MONEY "
            + "7/CD/MONEY million/CD/MONEY ./.";
    /** Any other prepositional phrase stays a proposal, as before. */
    private static final String DEBT_PARSE = "root(ROOT, defaulted) det(group, The) nsubj(defaulted, group) "
            + "obl:on(defaulted, debt) case(debt, on) nmod:of(debt, $) case($, of) nummod($, million) "
            + "compound(million, 7) punct(defaulted, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "retailing for, hung by bare deps | price | US $ 129 | AMOUNT | USD | " + SPEAKER + " | " + SPEAKER_PARSE,
            "will retail for around | price | $ 14.99 | AMOUNT | USD | " + FILM + " | " + FILM_PARSE,
            "priced at | price | € 899 | AMOUNT | EUR | " + CAMERA + " | " + CAMERA_PARSE,
            "an amount sold is no price | - | $ 2 million | AMOUNT | USD | " + BONDS + " | " + BONDS_PARSE,
            "with total assets of | total assets | $ 48 billion | AMOUNT | USD | " + LENDER + " | " + LENDER_PARSE,
            "with a crew of | crew | 40 | COUNT | - | " + FERRY + " | " + FERRY_PARSE,
            "with a loss of money | loss | $ 3 million | AMOUNT | USD | " + CLUB + " | " + CLUB_PARSE,
            "with a drop of a percentage: not the noun of change, what moved | turnout | 4 % | CHANGE | percent | "
                    + TURNOUT + " | " + TURNOUT_PARSE,
            "with a loss of a percentage: a move noun stays proposed | loss? | 3.30 % | SHARE | percent | " + DOW
                    + " | " + DOW_PARSE,
            "on debt of: another preposition stays proposed | debt? | $ 7 million | AMOUNT | USD | " + DEBT + " | "
                    + DEBT_PARSE})
    void measure(String name, String measure, String figure, String kind, String unit, String tokens,
                 String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.valueOf(kind), unit.equals("-") ? null : unit);
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
