package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * Quantities of general news the parser once missed or misread (issue 12): round numbers with "-odd", groups sized
 * with "-strong", accounting's bracketed negatives, a change verb with its object before the figure, prefixed tonnes,
 * and moves in index points. Each with the look-alikes it must keep refusing.
 */
class NewsQuantitiesTest {

    private static final FigureParser PARSER = new FigureParser();

    /** The one figure of a sentence, checked for its text, kind, value, unit, qualifier and direction. */
    private static FigureCandidate one(String sentence, String text, String kind, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), () -> sentence + ": " + found);
        FigureCandidate figure = found.get(0);
        assertEquals(text, sentence.substring(figure.start(), figure.end()), sentence);
        assertEquals(kind, figure.kind().label(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), () -> sentence + ": " + figure.value());
        assertEquals(unit, figure.unit(), sentence);
        return figure;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry carried 60-odd cars across the bay.        | 60-odd cars          | count    | 60  | car
            She taught at the school for thirty-odd years.       | thirty-odd years     | duration | 30  | YR
            """)
    void oddAfterARoundNumberIsALowerBound(String sentence, String text, String kind, String value, String unit) {
        assertEquals("at_least", one(sentence, text, kind, value, unit).qualifier(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A 2,000-strong crowd waited at the gates.            | 2,000-strong crowd   | 2000 | person
            The club named its 25-strong squad on Friday.        | 25-strong squad      | 25   | squad
            """)
    void strongSizesTheGroupAfterIt(String sentence, String text, String value, String unit) {
        one(sentence, text, "count", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The team looked strong in the second half.",
            "A strong-willed 40-year-old manager took over.",
            "The 12-strong-ish group left.",
    })
    void strongWithNoGroupIsNoCount(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> "count".equals(f.kind().label())),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Free cash flow was $(218) million in the year.       | $(218) million       | -218000000 | USD
            The segment lost € (12.5) million after tax.          | € (12.5) million     | -12500000  | EUR
            Other income came to £(4,300) in the period.         | £(4,300)             | -4300      | GBP
            """)
    void aBracketedAmountAfterACurrencyIsNegative(String sentence, String text, String value, String unit) {
        one(sentence, text, "amount", value, unit);
    }

    @Test
    void aBracketedNegativeKeepsItsPerShare() {
        FigureCandidate loss = one("Diluted loss per share was $(0.31) for the year.", "$(0.31)", "amount", "-0.31",
                "USD");
        assertEquals("share", loss.per());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Operating income was (355) in the quarter.",
            "See note (12) to the accounts.",
    })
    void aBracketedNumberWithoutACurrencyIsNoAmount(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> f.value() != null && f.value().signum() < 0),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The insurer decreased reserves $62 million last year.       | $62 million | decrease
            The chain reduced its net debt $40 million in the half.     | $40 million | decrease
            The maker boosted output 12% after the strike.              | 12%         | increase
            The bank lowered its growth forecast 0.3 percentage points. | 0.3 percentage points | decrease
            """)
    void aChangeVerbAndItsObjectBeforeTheFigure(String sentence, String text, String direction) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        FigureCandidate figure = found.stream().filter(f -> sentence.substring(f.start(), f.end()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError(sentence + ": " + found));
        assertEquals(direction, figure.direction(), sentence);
        assertEquals("change", figure.kind().label(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The airline cut fares to $49 on the route.",
            "The council increased the budget for roads from $3 million.",
            "The fund raised capital $5 million short of its goal.",
            "The firm increased Acme $2 million.",
    })
    void aVerbObjectPairThatIsNoChangeStaysALevel(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().allMatch(f -> f.direction() == null),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The test had a yield of 20 kilotonnes.               | 20 kilotonnes        | 20   | KiloTONNE
            The volcano released 3 megatonnes of sulphur.        | 3 megatonnes         | 3    | MegaTONNE
            The device yielded about 15 kt in the test.          | about 15 kt          | 15   | KiloTONNE
            The port handled 48.5 Mt of coal last year.          | 48.5 Mt              | 48.5 | MegaTONNE
            """)
    void prefixedTonnes(String sentence, String text, String value, String unit) {
        one(sentence, text, "measurement", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The watch has an 18kt gold case.", "She wore a 14 kt white gold ring."})
    void caratsOfGoldAreNoTonnes(String sentence) {
        assertTrue(PARSER.parse(sentence).isEmpty(), () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The dealers think sales will exceed 900 by June.                   | 900     | 900    | sale
            Brokers expect sales of the new tablet to pass 2,500 this month.   | 2,500   | 2500   | sale
            Deliveries passed 18,000 in the spring.                            | 18,000  | 18000  | delivery
            """)
    void aCountWhoseNounIsEarlier(String sentence, String text, String value, String unit) {
        one(sentence, text, "count", value, unit);
    }

    @Test
    void salesWithAScaleAreMoneyNotACount() {
        String sentence = "Sales reached 3.1 billion in the year.";
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> "sale".equals(f.unit())),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @Test
    void aMoveInPointsIsAChangeAndItsLevelIsNot() {
        String sentence = "The Nikkei slid 312.6 points to 9,870.2, and the Hang Seng closed at 18,020, up 75 points.";
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(4, found.size(), found::toString);
        assertEquals("change", found.get(0).kind().label());
        assertEquals("decrease", found.get(0).direction());
        assertNull(found.get(1).direction(), "the level the move ends at");
        assertNull(found.get(2).direction(), "a close is a level");
        assertEquals("up 75 points", sentence.substring(found.get(3).start(), found.get(3).end()));
        assertEquals("increase", found.get(3).direction());
    }

    @Test
    void pointsScoredInAGameAreNoMove() {
        FigureCandidate points = one("The guard scored 31 points in the final.", "31 points", "count", "31", "point");
        assertNull(points.direction());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tarnwick paid 2.5 bitcoin for the domain name.       | 2.5 bitcoin          | 2.5  | BTC
            The hacker moved 40 bitcoins to a new wallet.         | 40 bitcoins          | 40   | BTC
            The wallet held BTC 3 at the end of the month.        | BTC 3                | 3    | BTC
            The exchange listed a price of 0.7 XBT per token.     | 0.7 XBT per token    | 0.7  | BTC
            The fund sold 400 ether last week.                    | 400 ether            | 400  | ETH
            """)
    void cryptoCurrenciesTakeTheirTickers(String sentence, String text, String value, String unit) {
        one(sentence, text, "amount", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"She studied at ETH 2019 and 2020.", "The ether smelled sweet."})
    void etherOnlyAfterANumberIsMoney(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> "ETH".equals(f.unit())),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The glacier lost 270 Gt of ice.                      | 270 Gt               | 270  | GigaTONNE
            The ice sheets shed 150 gigatonnes of ice.           | 150 gigatonnes       | 150  | GigaTONNE
            """)
    void gigatonnes(String sentence, String text, String value, String unit) {
        one(sentence, text, "measurement", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The contract is worth dollar 22.5 million.           | dollar 22.5 million       | 22500000   | USD
            Pelham sold the unit for dollars 4.1 billion.        | dollars 4.1 billion       | 4100000000 | USD
            The state lent Corvex US dollars 300 million.        | US dollars 300 million    | 300000000  | USD
            The ministry set aside euros 12,500 for the fund.    | euros 12,500              | 12500      | EUR
            """)
    void aCurrencysNameBeforeAScaledAmount(String sentence, String text, String value, String unit) {
        one(sentence, text, "amount", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The dollar 1.2% higher helped exporters.", "Fans of the euro 2024 final queued.",
            "The dollars 5 and 6 were printed in red.", "The team won 1,200 matches over the decade.",
            "Smith won 2 million in the state.", "The rally drew a real 2 million people."})
    void aCurrencysNameBeforeAnUnscaledNumberIsNoAmount(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> f.kind() == FigureKind.AMOUNT),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @Test
    void eachConversionListedInABracketRestatesTheFirstAmount() {
        String sentence = "The bridge will cost US$140bn ($96bn, £86bn), the ministry said.";
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(3, found.size(), found::toString);
        int first = found.get(0).start();
        assertNull(found.get(0).convertedFrom());
        assertEquals(first, found.get(1).convertedFrom(), "the bare dollar restates the US dollars");
        assertEquals(first, found.get(2).convertedFrom(), "the pounds restate the US dollars, not the dollars");
    }

    @Test
    void conversionsJoinedByOrAlsoRestateTheFirst() {
        String sentence = "Halden paid €5m (about £4.3m or $5.4m) for the site.";
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(3, found.size(), found::toString);
        assertEquals(found.get(0).start(), found.get(1).convertedFrom());
        assertEquals(found.get(0).start(), found.get(2).convertedFrom());
    }

    @Test
    void amountsListedOutsideABracketAreNoConversions() {
        String sentence = "Kelda spent €5m (£4.3m) in 2023, $7m and $8m later.";
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(4, found.size(), found::toString);
        assertEquals(found.get(0).start(), found.get(1).convertedFrom());
        assertNull(found.get(2).convertedFrom());
        assertNull(found.get(3).convertedFrom());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Revenue by region was as follows (in millions): Europe led.",
            "Costs are shown below ($ in thousands, except per-share amounts).",
            "Amounts in billions: the table sums the segments.",
    })
    void aTablesScaleStatementIsNoFigure(String sentence) {
        List<String> refused = new java.util.ArrayList<>();
        assertTrue(PARSER.parse(sentence, r -> refused.add(r.reason())).isEmpty(), () -> sentence + ": "
                + PARSER.parse(sentence));
        assertTrue(refused.stream().anyMatch(r -> r.contains("scale a table")), refused::toString);
    }

    @Test
    void millionsInOrdinaryProseStayFigures() {
        assertEquals(1, PARSER.parse("The storm left millions of homes without power.").size());
        assertEquals(1, PARSER.parse("Tarnwick invested in millions of dollars of equipment.").size());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Proceeds of the 2021 USD Notes repaid the loan.",
            "Brellin redeemed its 2018 EUR Bonds early.",
    })
    void aYearNamingASeriesOfNotesIsNoAmount(String sentence) {
        assertTrue(PARSER.parse(sentence).isEmpty(), () -> sentence + ": " + PARSER.parse(sentence));
    }

    @Test
    void anAmountBeforeACurrencyDenominatedDebtKeepsItsCurrency() {
        one("Fennick repaid $479 million yen-denominated debt.", "$479 million", "amount", "479000000", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Glimmer Corp announced 10,000 job cuts on Monday.     | 10,000 job cuts      | 10000 | job
            The chain confirmed 300 store closures this year.     | 300 store closures   | 300   | store
            The union counted 1,200 job losses in the region.     | 1,200 job losses     | 1200  | job
            The retailer advertised 450 job openings.             | 450 job openings     | 450   | job
            """)
    void aCutOrClosureCountsTheThingsNamedBeforeIt(String sentence, String text, String value, String unit) {
        one(sentence, text, "count", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The central bank made three rate cuts last year.      | three rate cuts      | 3     | cut
            The council approved 40 tax cuts.                     | 40 tax cuts          | 40    | cut
            """)
    void otherCutsCountTheCuts(String sentence, String text, String value, String unit) {
        one(sentence, text, "count", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Each of the 40 bonuses was paid in May.              | 40 bonuses      | 40 | bonus
            Labs in the region found 3 new viruses.              | 3 new viruses   | 3  | virus
            The university runs 12 campuses abroad.              | 12 campuses     | 12 | campus
            Ten octopuses escaped from the aquarium.             | Ten octopuses   | 10 | octopus
            The firm replaced 200 lenses.                        | 200 lenses      | 200 | lens
            The city runs 400 buses.                             | 400 buses       | 400 | bus
            The workers had 12 houses built.                     | 12 houses       | 12 | house
            """)
    void pluralsOfNounsInSAddEs(String sentence, String text, String value, String unit) {
        one(sentence, text, "count", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pellmark sold notes with maturities of 7, 10 and a half and 30 years. | 7 | 10 and a half | 30 years | 7 | 10.5 | 30 | YR
            The plans run for 3, 5 and 10 years.                                  | 3 | 5             | 10 years | 3 | 5    | 10 | YR
            The mine shipped 10, 20 or 30 tonnes a day.                           | 10 | 20           | 30 tonnes a day | 10 | 20 | 30 | TONNE
            """)
    void aListsUnitNamedAtItsEndIsEveryItems(String sentence, String a, String b, String c, String va, String vb,
                                              String vc, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(3, found.size(), () -> sentence + ": " + found);
        String[] texts = {a, b, c};
        String[] values = {va, vb, vc};
        for (int i = 0; i < 3; i++) {
            FigureCandidate figure = found.get(i);
            assertEquals(texts[i], sentence.substring(figure.start(), figure.end()), sentence);
            assertEquals(0, new BigDecimal(values[i]).compareTo(figure.value()), sentence);
            assertEquals(unit, figure.unit(), sentence);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "On page 3, 5 people were named.",
            "Under rule 2, 4 and 6 players withdrew.",
    })
    void aCommaWithoutAListIsNoSharedUnit(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> sentence.substring(f.start(), f.end()).equals("3")
                        || sentence.substring(f.start(), f.end()).equals("2")),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leases at Harrowgate run for one to eleven years.    | one to eleven years       | 1 | 11 | YR
            The bonds fall due between one and five years.       | between one and five years | 1 | 5 | YR
            The repairs will cost one to two million euros.      | one to two million euros  | 1000000 | 2000000 | EUR
            """)
    void oneAtTheLowEndOfARange(String sentence, String text, String min, String max, String unit) {
        FigureCandidate range = PARSER.parse(sentence).stream()
                .filter(f -> sentence.substring(f.start(), f.end()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": " + PARSER.parse(sentence)));
        assertEquals(0, new BigDecimal(min).compareTo(range.min()), sentence);
        assertEquals(0, new BigDecimal(max).compareTo(range.max()), sentence);
        assertEquals(unit, range.unit(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No one to blame, the minister said.", "She is the one and only heir."})
    void oneAsAPronounIsNoNumber(String sentence) {
        assertTrue(PARSER.parse(sentence).isEmpty(), () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The call lasted 30 seconds.                          | 30 seconds      | 30  | SEC
            The rocket fired its engine for 90 seconds.          | 90 seconds      | 90  | SEC
            The chain ran a 30-second advert.                    | 30-second       | 30  | SEC
            """)
    void secondsAreADuration(String sentence, String text, String value, String unit) {
        one(sentence, text, "duration", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The 6ft 4in forward scored twice.                    | 6ft 4in         | 6.3333333333333333 | FT
            The keeper is 6ft tall.                              | 6ft             | 6   | FT
            """)
    void feetAndInchesGlued(String sentence, String text, String value, String unit) {
        one(sentence, text, "measurement", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales at Ortolan grew 18 % in the year.              | 18 %            | 18  | percent
            The Lindqvist index fell 2,5 % on Friday.            | 2,5 %           | 2.5 | percent
            """)
    void aPercentSignAfterASpace(String sentence, String text, String value, String unit) {
        one(sentence, text, "change", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "1 Includes net charges of 12 restructured units.",
            "Income by segment was as follows: 2 Excludes three closed plants.",
            "The agent's number was 007 in the film.",
            "The stand held 80 , 000 spectators.",
    })
    void footnoteMarkersAndLeadingZerosAreNoCounts(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> f.value() != null
                        && (f.value().intValue() <= 2 || f.value().signum() == 0)),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rovers beat Town 2-1 on Saturday.",
            "The game ended 1–1 after extra time.",
            "It was a 3-1 win for the visitors.",
            "The board voted 7-2 to approve the deal.",
            "The Senate passed the bill 52 to 48.",
            "She won the set 6-4, 6-3.",
            "The Lakers won 110-102.",
            "The vote was 210 in favour and 190 against.",
    })
    void aBareScoreOrVoteIsNoFigure(String sentence) {
        assertTrue(PARSER.parse(sentence).isEmpty(), () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Vestry tower is 828m tall.                       | 828m            | 828 | M
            A 20m-long whale washed up near Tolbury.             | 20m             | 20  | M
            The divers went 30m below the surface.               | 30m             | 30  | M
            """)
    void mBeforeAWordOfSizeIsMetres(String sentence, String text, String value, String unit) {
        one(sentence, text, "measurement", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The Corran fund lost 3m long ago.", "The firm raised 5m last year."})
    void mWithoutAWordOfSizeIsNoLength(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> "M".equals(f.unit())),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The court fined Zelco Motors 500 million rubles.      | 500 million rubles   | 500000000  | RUB
            The state paid Brightwater Labs 2 billion euros.      | 2 billion euros      | 2000000000 | EUR
            """)
    void aNumberScaledByAWordAfterANameIsAnAmount(String sentence, String text, String value, String unit) {
        one(sentence, text, "amount", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zelco sells Office 365 to schools.", "The drug entered Phase 3 trials."})
    void aNumberAfterANameWithNoScaleStaysAnIdentifier(String sentence) {
        assertEquals(List.of(), PARSER.parse(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A crowd of 40 000 people filled the Harlow square.    | 40 000 people        | count  | 40000   | person
            Tolbury now has 1 250 000 residents.                  | 1 250 000 residents  | count  | 1250000 | resident
            The council set aside 3 500 000 euros for roads.      | 3 500 000 euros      | amount | 3500000 | EUR
            The Corran silo holds 12\u00a0500 tonnes.                 | 12\u00a0500 tonnes        | measurement | 12500 | TONNE
            """)
    void thousandsGroupedBySpaces(String sentence, String text, String kind, String value, String unit) {
        one(sentence, text, kind, value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"In 2019 150 people joined Vestry Bank.", "The stand held 80 , 000 spectators."})
    void aYearOrASplitNumberIsNoSpacedThousand(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> f.value() != null
                        && f.value().compareTo(BigDecimal.valueOf(1000)) > 0),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harlow Rovers won by three goals to one.              | 3 | 1 | goal
            The motion fell by two votes to one.                  | 2 | 1 | vote
            """)
    void oneOnTheOtherSideOfATallyIsCounted(String sentence, String first, String second, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(2, found.size(), () -> sentence + ": " + found);
        assertEquals(0, new BigDecimal(first).compareTo(found.get(0).value()), sentence);
        assertEquals(0, new BigDecimal(second).compareTo(found.get(1).value()), sentence);
        assertEquals(unit, found.get(0).unit(), sentence);
        assertEquals(unit, found.get(1).unit(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Corran expects sales to grow over the next 12 months.",
            "Revenue for the twelve months ended June 30 was flat.",
            "Profit in the three months to March was flat.",
            "In the past six months prices at Vestry have fallen.",
            "Growth over the next 12-month period should be slow.",
            "Output will recover in the coming two quarters.",
            "The Corran index fell to its lowest level in six years.",
            "Tolbury won at home for the first time in almost two years.",
            "Vestry shares had their biggest one-day fall in 20 years.",
    })
    void aWindowOfTimeIsNoDuration(String sentence) {
        assertEquals(List.of(), PARSER.parse(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She spent the last 12 years at Vestry Bank.           | 12 years | 12 | YR
            The plan must be filed within 30 days.                | 30 days  | 30 | DAY
            The loan is due within the next 12 months.            | 12 months | 12 | MO
            He has run the Tolbury depot for 25 years.            | 25 years | 25 | YR
            The first payment is due in 30 days.                  | 30 days  | 30 | DAY
            The longest strike at Vestry lasted 40 days.          | 40 days  | 40 | DAY
            He was the best-paid clerk at Corran for 12 years.    | 12 years | 12 | YR
            """)
    void aStretchOfTimeSpentStaysADuration(String sentence, String text, String value, String unit) {
        one(sentence, text, "duration", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The total number of passengers will jump to 70m.      | 70m          | 70000000 | passenger
            The number of Corran branches has reached 1,200.      | 1,200        | 1200     | branch
            The number of subscribers rose to 3.5 million.        | 3.5 million  | 3500000  | subscriber
            """)
    void theNumberOfANounCountsThatNoun(String sentence, String text, String value, String unit) {
        one(sentence, text, "count", value, unit);
    }

    /** "subscribers rose 12% to 3.1 million": the change and the level it reached, both. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Corran's subscribers rose 12% to 3.1 million in May.   | 12%       | increase | 3.1 million | 3100000 | subscriber
            Vestry deliveries climbed 8.5% to 41,000.              | 8.5%      | increase | 41,000      | 41000   | delivery
            The number of Tolbury branches fell by 4 percent to 1,150. | 4 percent | decrease | 1,150   | 1150    | branch
            """)
    void aCountAfterItsChangeIsFoundWithIt(String sentence, String change, String direction, String level,
                                           String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(2, found.size(), () -> sentence + ": " + found);
        assertEquals(change, sentence.substring(found.get(0).start(), found.get(0).end()), sentence);
        assertEquals("change", found.get(0).kind().label(), sentence);
        assertEquals(direction, found.get(0).direction(), sentence);
        assertEquals(level, sentence.substring(found.get(1).start(), found.get(1).end()), sentence);
        assertEquals("count", found.get(1).kind().label(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(found.get(1).value()), sentence);
        assertEquals(unit, found.get(1).unit(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Prices at Corran rose 12% to 230 a tonne.",       // a price is a level, not a count
            "Subscribers rose 12% and revenue reached 3.1 million.", // the number is revenue's, not the subscribers'
    })
    void aChangeThenALevelOfNoCountNounCountsNothing(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> "count".equals(f.kind().label())),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ama Tolbury won the 100m sprint in Harlow.            | 100m | 100 | M
            He set a club record in the 400m hurdles.             | 400m | 400 | M
            The submarine reached a depth of about 300m.          | about 300m | 300 | M
            """)
    void mInALengthContextIsMetres(String sentence, String text, String value, String unit) {
        one(sentence, text, "measurement", value, unit);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The Vestry bridge is 100m.", "The 100m budget was approved.",
            "The number of shares rose by a factor of 1.5."})
    void mOrANumberWithNoContextStaysEmpty(String sentence) {
        assertEquals(List.of(), PARSER.parse(sentence), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Harlow index closed up 35.6 points at 7,512.3.    | 7,512.3 | 7512.3
            The Tolbury index was down 1.2% at 7,100.5 at noon.   | 7,100.5 | 7100.5
            """)
    void anIndexLevelAfterAMoveAndAt(String sentence, String text, String value) {
        FigureCandidate level = PARSER.parse(sentence).stream()
                .filter(f -> sentence.substring(f.start(), f.end()).equals(text)).findFirst().orElseThrow();
        assertEquals("point", level.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(level.value()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some 30,000 people attended, up from 25,000 last year.   | 25,000 | 25000 | person
            About 400 workers were hired, compared with 350 in May.  | 350    | 350   | worker
            """)
    void aBareNumberComparedAfterTheCountsClause(String sentence, String text, String value, String unit) {
        FigureCandidate compared = PARSER.parse(sentence).stream()
                .filter(f -> sentence.substring(f.start(), f.end()).equals(text)).findFirst().orElseThrow();
        assertEquals(unit, compared.unit(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(compared.value()), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sales of 300 Vestry cars rose 5%, up from 200.",
            "Some 30,000 people attended on the day, up from 25,000."})
    void aComparisonAfterAnotherFigureOrALongClauseCountsNothing(String sentence) {
        assertTrue(PARSER.parse(sentence).stream().noneMatch(f -> f.value() != null
                        && (f.value().intValue() == 200 || f.value().intValue() == 25000)),
                () -> sentence + ": " + PARSER.parse(sentence));
    }

    /** "pounds of" is a weight unless money follows: "5 million pounds of taxpayers' money" is sterling. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tolbury council wasted 5 million pounds of taxpayers' money. | 5 million pounds | amount      | 5000000 | GBP
            Corran owes 40,000 pounds of debt to its bank.              | 40,000 pounds    | amount      | 40000   | GBP
            Police at Harlow seized 500 pounds of cocaine.              | 500 pounds       | measurement | 500     | LB
            The Vestry lorry carried 3,000 pounds of potatoes.          | 3,000 pounds     | measurement | 3000    | LB
            Harlow farm sold a 20-pound turkey.                         | 20-pound         | measurement | 20      | LB
            Corran Bank printed new 20-pound notes.                     | 20-pound         | amount      | 20      | GBP
            He paid a 50-pound fine at Tolbury court.                   | 50-pound         | amount      | 50      | GBP
            """)
    void poundsOfMoneyAreSterlingAndPoundsOfGoodsAWeight(String sentence, String text, String kind, String value,
                                                         String unit) {
        one(sentence, text, kind, value, unit);
    }

    /** The wire services' scale words and the Australian press's "$US" before the number. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Corran deal is worth 2.5 mln euros.             | 2.5 mln euros  | amount | 2500000    | EUR
            Vestry exports rose to $4.1 bln in May.             | $4.1 bln       | amount | 4100000000 | USD
            Harlow Motors sold 1.2 mln cars.                    | 1.2 mln cars   | count  | 1200000    | car
            Tolbury Mining's revenue was $US2.1 billion.        | $US2.1 billion | amount | 2100000000 | USD
            The Harlow miner raised $A500 million.              | $A500 million  | amount | 500000000  | AUD
            """)
    void wireScalesAndPressCurrencyPrefixes(String sentence, String text, String kind, String value, String unit) {
        one(sentence, text, kind, value, unit);
    }

    /** Issue 12's classes that were already read, each pinned by a sentence of its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A flight crew of six flew the Corran jet home.      | six                           | count  | 6         | crew member
            The Harlow bridge will cost hundreds of millions of euros. | hundreds of millions of euros | amount |  | EUR
            """)
    void issueClassesAlreadyRead(String sentence, String text, String kind, String value, String unit) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), () -> sentence + ": " + found);
        FigureCandidate figure = found.get(0);
        assertEquals(text, sentence.substring(figure.start(), figure.end()), sentence);
        assertEquals(kind, figure.kind().label(), sentence);
        assertEquals(unit, figure.unit(), sentence);
        if (value == null) {
            assertNull(figure.value(), "a vague amount has a lower bound, not a value");
            assertEquals(0, new BigDecimal("100000000").compareTo(figure.min()), sentence);
        } else {
            assertEquals(0, new BigDecimal(value).compareTo(figure.value()), sentence);
        }
    }

    @Test
    void aMoveFromOneAmountToAnotherGivesBoth() {
        String sentence = "Vestry coin slid from $41,200 to $39,850 on Monday.";
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(List.of("$41,200", "$39,850"), found.stream().map(f -> sentence.substring(f.start(), f.end()))
                .toList());
        assertTrue(found.stream().allMatch(f -> "USD".equals(f.unit())), found::toString);
    }

    /** Still no figure: a year after a record, a time of day, an ordinal, a model name, a phone number. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Corran index closed at its lowest level since 2009.",
            "Tolbury shares hit their highest at 2 pm.",
            "It was the first time Harlow Rovers finished third.",
            "Vestry ordered the new A330 for its longest route.",
            "Call the Corran desk on 0207 946 0123 for more.",
    })
    void recordsAndTheirLookAlikesStayRefused(String sentence) {
        assertEquals(List.of(), PARSER.parse(sentence), sentence);
    }

    // s22-values: the phrase "pounds of" opens ends at a stop or dash; a money word after it is about something else
    // ("worth about £6,200" says what the catch fetched). Sources: session 21's values set B ("The trawler landed 3,000
    // pounds of cod, worth about £6,200 at Brixham market": read GBP) and made-up probes of other trades; the rows
    // with money inside the phrase stay sterling.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Pellow boat landed 500 pounds of tuna, worth about £3,000 at market.      | 500 pounds   | measurement | 500  | LB
            Bakers at Corran used 1,200 pounds of flour; the bill came to £900.           | 1,200 pounds | measurement | 1200 | LB
            Vestry farm shipped 800 pounds of apples (worth £640) to Harlow.              | 800 pounds   | measurement | 800  | LB
            The council spent 3 million pounds of public money on the Harlow bridge.      | 3 million pounds | amount  | 3000000 | GBP
            """)
    void aMoneyWordAfterThePhraseOfPoundsLeavesAWeight(String sentence, String text, String kind, String value,
                                                       String unit) {
        FigureCandidate figure = PARSER.parse(sentence).stream()
                .filter(f -> sentence.substring(f.start(), f.end()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(sentence + ": " + PARSER.parse(sentence)));
        assertEquals(kind, figure.kind().label(), sentence);
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()), () -> sentence + ": " + figure.value());
        assertEquals(unit, figure.unit(), sentence);
    }

    // s22-values: pre-euro currencies as the press wrote them (currencies.tsv). Sources: session 21's values B ("380,000
    // marks" for a farmhouse "before the euro", read a count of marks) and made-up probes of archive business news; a
    // bare "marks" stays a count (a mark is also a score).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Before the euro, the Kessel firm paid 380,000 Deutsche marks for the site.  | 380,000 Deutsche marks  | amount | 380000   | DEM
            Harlow Rovers sold the striker for 40 million deutschmarks in 1998.        | 40 million deutschmarks | amount | 40000000 | DEM
            An espresso in Corran cost 2,000 lire in 1995.                              | 2,000 lire              | amount | 2000     | ITL
            The Vestry flat was bought for 9 million pesetas.                           | 9 million pesetas       | amount | 9000000  | ESP
            Pupils lose two marks for every spelling mistake.                           | two marks               | count  | 2        | mark
            """)
    void preEuroCurrenciesAsThePressWroteThem(String sentence, String text, String kind, String value, String unit) {
        one(sentence, text, kind, value, unit);
    }
}
