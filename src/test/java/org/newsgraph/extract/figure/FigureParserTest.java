package org.newsgraph.extract.figure;

import org.newsgraph.extract.FigureCandidate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One table per family of expressions business news uses for figures. Each sentence states exactly one figure
 * (or, in the last table, none), so every row also checks that nothing else is read as a figure.
 *
 * <p>Columns: sentence | kind | value | unit | qualifier | period | per | direction; an empty cell means null.
 * Periods are xsd:duration values, so a week is P7D (xsd:duration has no weeks).
 */
class FigureParserTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The company raised $5 million from investors.             | amount | 5000000     | USD |  |  |  |
            Aalund agreed a deal worth US$3.1bn for Meridian.         | amount | 3100000000  | USD |  |  |  |
            The contract is worth €4.8 billion.                       | amount | 4800000000  | EUR |  |  |  |
            Pre-tax profit came in at £286m.                          | amount | 286000000   | GBP |  |  |  |
            The bank earned ¥142 billion.                             | amount | 142000000000 | JPY |  |  |  |
            It will spend DKK 2.1 billion on a battery park.          | amount | 2100000000  | DKK |  |  |  |
            Huaxin will invest 5 billion yuan in the plant.           | amount | 5000000000  | CNY |  |  |  |
            Aalund invested 40 million euros in Meridian.             | amount | 40000000    | EUR |  |  |  |
            Shares closed at 412 pence in London.                     | amount | 4.12        | GBP |  |  |  |
            A coffee costs 99p at the station.                        | amount | 0.99        | GBP |  |  |  |
            Revenue was USD 4.2 billion.                              | amount | 4200000000  | USD |  |  |  |
            The unit posted sales of SEK 12bn.                        | amount | 12000000000 | SEK |  |  |  |
            The charge was 1.2 billion Swiss francs.                  | amount | 1200000000  | CHF |  |  |  |
            The saloon will go on sale at €49,900.                    | amount | 49900       | EUR |  |  |  |
            Brightlane reported revenue of $1.14 billion.             | amount | 1140000000  | USD |  |  |  |
            The fund manages 250 million dollars for pensioners.      | amount | 250000000   | USD |  |  |  |
            The group paid C$800 million for the mine.                | amount | 800000000   | CAD |  |  |  |
            The Indian unit earned ₹12 billion.                       | amount | 12000000000 | INR |  |  |  |
            The company sold bonds worth $1.5 trillion in total.      | amount | 1500000000000 | USD |  |  |  |
            Net debt fell to £1.05bn.                                 | amount | 1050000000  | GBP |  |  |  |
            The firm posted a net loss of $2.1 billion.               | amount | 2100000000  | USD |  |  |  |
            Costs of $5 million may rise next year.                   | amount | 5000000     | USD |  |  |  |
            """)
    void money(String sentence, String kind, Double value, String unit, String qualifier, String period, String per,
               String direction) {
        assertFigure(sentence, kind, value, unit, qualifier, period, per, direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            TikTok was spending $20 million monthly on AI.                 | amount      | 20000000   | USD       |  | P1M |  |
            Fuel bills run at £60m a month.                                | amount      | 60000000   | GBP       |  | P1M |  |
            The licence costs $1 billion per year.                         | amount      | 1000000000 | USD       |  | P1Y |  |
            The project should earn DKK 180 million annually.              | amount      | 180000000  | DKK       |  | P1Y |  |
            The mine produces 5,000 tonnes a day.                          | measurement | 5000       | TONNE     |  | P1D |  |
            The firm pays $2 million each quarter.                         | amount      | 2000000    | USD       |  | P3M |  |
            The closures would save £12m a quarter.                        | amount      | 12000000   | GBP       |  | P3M |  |
            The closures would save £12m per quarter.                      | amount      | 12000000   | GBP       |  | P3M |  |
            The dealer sells 10,000 cars every quarter.                    | count       | 10000      | car       |  | P3M |  |
            The service costs $9.99 a week.                                | amount      | 9.99       | USD       |  | P7D |  |
            The plant will turn out cells with 30 GWh a year.              | measurement | 30         | GigaW-HR  |  | P1Y |  |
            The chain delivers to 240,000 households a week.               | count       | 240000     | household |  | P7D |  |
            Capital spending will stay at €6 billion annually.             | amount      | 6000000000 | EUR       |  | P1Y |  |
            It will make 400 million doses a year by then.                 | count       | 400000000  | dose      |  | P1Y |  |
            The airline pays $40,000 a day in parking fees.                | amount      | 40000      | USD       |  | P1D |  |
            The cooperative supplies 90,000 tonnes of vegetables a year.   | measurement | 90000      | TONNE     |  | P1Y |  |
            """)
    void ratesAndPeriods(String sentence, String kind, Double value, String unit, String qualifier, String period,
                         String per, String direction) {
        assertFigure(sentence, kind, value, unit, qualifier, period, per, direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Aalund will pay $41 a share in cash.                 | amount | 41    | USD |  |     | share         |
            The board will propose DKK 4.50 a share.             | amount | 4.5   | DKK |  |     | share         |
            Ledgerly charges $9.99 per user a month.             | amount | 9.99  | USD |  | P1M | user          |
            Fees averaged £14.50 per passenger.                  | amount | 14.5  | GBP |  |     | passenger     |
            The dividend will be ¥68 per share.                  | amount | 68    | JPY |  |     | share         |
            Power sold for 61 euros per megawatt hour.           | amount | 61    | EUR |  |     | megawatt hour |
            Earnings were 85 cents per share.                    | amount | 0.85  | USD |  |     | share         |
            The firm reported earnings of $1.25 per share.       | amount | 1.25  | USD |  |     | share         |
            Quarterly profit came to €0.90 a share.              | amount | 0.9   | EUR |  |     | share         |
            The board declared a dividend of 30 cents per share. | amount | 0.3   | USD |  |     | share         |
            The firm earned $1.25 per diluted share.             | amount | 1.25  | USD |  |     | share         |
            Profit was $2.10 a fully diluted share.              | amount | 2.1   | USD |  |     | share         |
            It reported earnings per share of $1.25.             | amount | 1.25  | USD |  |     | share         |
            Diluted EPS was $0.75 in the quarter.                | amount | 0.75  | USD |  |     | share         |
            Revenue per share was flat; sales hit $5 billion.    | amount | 5000000000 | USD |  |  |             |
            Gasoline costs $3.50 a gallon in the state.          | amount | 3.5   | USD |  |     | gallon        |
            Brent traded at $82 a barrel.                        | amount | 82    | USD |  |     | barrel        |
            Rooms go for €180 per night.                         | amount | 180   | EUR |  |     | night         |
            There were 14 cases per 100,000 people last week.    | count  | 14    | case |  |    | 100,000 people |
            The rate fell to 5.2 deaths per 1,000 live births.   | count  | 5.2   | death |  |   | 1,000 live births |
            The county logged 62 crimes per 1,000 residents.     | count  | 62    | crime |  |   | 1,000 residents |
            The duty is £3 per 100 litres.                       | amount | 3     | GBP |  |     | 100 litres    |
            Rates fell to $2,800 per 40-foot container.          | amount | 2800  | USD |  |     | container     |
            The rate rose to 40 cases per 100,000.               | count  | 40    | case |  |    | 100,000       |
            """)
    void perUnit(String sentence, String kind, Double value, String unit, String qualifier, String period,
                 String per, String direction) {
        assertFigure(sentence, kind, value, unit, qualifier, period, per, direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            TikTok was spending nearly $20 million on AI.          | amount | 20000000   | USD      | at_most       |
            The firm has almost 500 stores.                        | count  | 500        | store    | at_most       |
            The order is worth about $5.6 billion.                 | amount | 5600000000 | USD      | approximately |
            The site can power roughly 90,000 homes.               | count  | 90000      | home     | approximately |
            The contract is worth up to €4.8 billion.              | amount | 4800000000 | EUR      | at_most       |
            More than 1.2 million patients take the drug.          | count  | 1200000    | patient  | at_least      |
            The group employs over 38,000 people.                  | count  | 38000      | person   | at_least      |
            Nordhav plans to hire at least 400 engineers.          | count  | 400        | engineer | at_least      |
            Around 3,000 jobs will go.                             | count  | 3000       | job      | approximately |
            The startup has fewer than 50 employees.               | count  | 50         | employee | at_most       |
            Some 200 workers protested outside the plant.          | count  | 200        | worker   | approximately |
            The upgrade costs less than $10.                       | amount | 10         | USD      | at_most       |
            The fleet will grow to as many as 120 aircraft.        | count  | 120        | aircraft | at_most       |
            The plane can fly up to 7,400 km.                      | measurement | 7400  | KiloM    | at_most       |
            It has more than 190 routes.                           | count  | 190        | route    | at_least      |
            Analysts see approximately $300 million in savings.    | amount | 300000000  | USD      | approximately |
            Bitcoin jumped above $70,000 on Monday.                | amount | 70000      | USD      | at_least      |
            Inflation fell below 2% in May.                        | share  | 2          | percent  | at_most       |
            """)
    void qualifiers(String sentence, String kind, Double value, String unit, String qualifier) {
        assertFigure(sentence, kind, value, unit, qualifier, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Online orders account for 14% of sales.                       | 14    |               | sales
            Marlowe holds about 4.5% of the British grocery market.       | 4.5   | approximately | British grocery market
            The family owns 27% of the shares.                            | 27    |               | shares
            The job cuts affect roughly 3% of staff.                      | 3     | approximately | staff
            The deal made up almost 25% of revenue in the segment.        | 25    | at_most       | revenue
            Patients lost up to 16% of body weight in the trial.          | 16    | at_most       | body weight
            Around two-thirds of its sales come from abroad.              | 66.67 | approximately | sales
            The card unit generates about a quarter of the fee income.    | 25    | approximately | fee income
            Fees bring in nearly a third of revenue.                      | 33.33 | at_most       | revenue
            Half of its staff work remotely.                              | 50    |               | staff
            The fund has a 9.5% stake.                                    | 9.5   |               |
            The central bank moved to a 0.5% policy rate.                 | 0.5   |               |
            The operating margin was 21.5%.                               | 21.5  |               |
            Its share of the market shrank to 1.9 per cent.               | 1.9   |               |
            The fund holds 12 percent of the company.                     | 12    |               | company
            About one in five workers will be affected.                   | 20    | approximately | workers
            Only 1 in 10 customers complained.                            | 10    |               | customers
            The disease affects about one in 10,000 people.               | 0.01  | approximately | people
            About one in 1,000 births is affected.                        | 0.1   | approximately | births
            Two out of five hundred televisions failed the test.          | 0.4   |               | televisions
            The odds of a match are one in a million.                     | 0.0001 |              |
            Online sales make up 30pc of the total.                       | 30    |               |
            """)
    void sharesAndWholes(String sentence, Double value, String qualifier, String of) {
        FigureCandidate figure = assertFigure(sentence, "share", value, "percent", qualifier, null, null, null);
        assertEquals(of, figure.of(), "whole of the share");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Output rose 14% last year.                                | change | 14  | percent | | | | increase
            Shares fell 6% in after-hours trading.                    | change | 6   | percent | | | | decrease
            Microsoft reported a 29% increase in cloud revenue.       | change | 29  | percent | | | | increase
            Sales surged 40% in Europe.                               | change | 40  | percent | | | | increase
            Operating profit slumped 15% in the year.                 | change | 15  | percent | | | | decrease
            Paying users were up 38% from a year earlier.             | change | 38  | percent | | | | increase
            Shares in Albion closed 4.2% higher.                      | change | 4.2 | percent | | | | increase
            The A321neo burns 20% less fuel.                          | change | 20  | percent | | | | decrease
            Costs dropped 3% after the merger.                        | change | 3   | percent | | | | decrease
            Orders were down 5% on the quarter.                       | change | 5   | percent | | | | decrease
            Sales declined by 7.5% in China.                          | change | 7.5 | percent | | | | decrease
            Shares slipped 2.3% in Copenhagen.                        | change | 2.3 | percent | | | | decrease
            Naniwa shares jumped 7.8% at the open.                    | change | 7.8 | percent | | | | increase
            The offer is a premium of 62% to the closing price.       | change | 62  | percent | | | | increase
            The bonds trade at a 10% discount.                        | change | 10  | percent | | | | decrease
            The deficit widened by $2 billion.                        | change | 2000000000 | USD | | | | increase
            Prices were cut by an average of 8%.                      | change | 8   | percent | | | | decrease
            The report led to a more than 7% drop in the stock.       | change | 7   | percent | at_least | | | decrease
            The burner uses roughly 20% less fuel per seat.           | change | 20  | percent | approximately | | seat | decrease
            Loans grew 6.5% over the year.                            | change | 6.5 | percent | | | | increase
            Credit costs narrowed 12% in the half.                    | change | 12  | percent | | | | decrease
            Group revenue increased 19% in the first half.            | change | 19  | percent | | | | increase
            Revenue was 9% lower than forecast.                       | change | 9   | percent | | | | decrease
            Deliveries posted a 9% fall in the first quarter.         | change | 9   | percent | | | | decrease
            Ticket prices rose $5 on the route.                       | change | 5   | USD     | | | | increase
            The new factory will be 50% larger.                       | change | 50  | percent | | | | increase
            The grocer lifted its prices 3% in May.                   | change | 3   | percent | | | | increase
            The lender hiked its variable rate 0.5% last week.        | change | 0.5 | percent | | | | increase
            """)
    void changes(String sentence, String kind, Double value, String unit, String qualifier, String period,
                 String per, String direction) {
        assertFigure(sentence, kind, value, unit, qualifier, period, per, direction);
    }

    /** Accounts name amounts with change nouns: a gain, premium or discount an account states is a level. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Vendra booked a pre-tax gain of $40 million on the deal.      | amount | 40000000 | USD |
            Premiums of $12 million were collected from members.          | amount | 12000000 | USD |
            Talvik recorded a $9 million gain on the sale of its boat unit. | amount | 9000000 | USD |
            The notes carry an unamortized discount of $4 million.        | amount | 4000000  | USD |
            Orbex reported net gains of $7 million on its investments.    | amount | 7000000  | USD |
            Shares closed at 41 euros, a $2 gain on the day.              | change | 2        | USD | increase
            The stock added a gain of $3 in late trading.                 | change | 3        | USD | increase
            """)
    void accountingAmounts(String sentence, String kind, Double value, String unit, String direction) {
        List<FigureCandidate> found = PARSER.parse(sentence).stream()
                .filter(f -> unit.equals(f.unit()) && f.value() != null
                        && Math.abs(f.value().doubleValue() - value) < 0.01).toList();
        assertEquals(1, found.size(), () -> "one " + value + " " + unit + " expected in: " + sentence);
        assertEquals(kind, found.get(0).kind().label(), "kind");
        assertEquals(direction, found.get(0).direction(), "direction");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The operating margin narrowed by 150 basis points.        | 1.5  | decrease
            The bank raised rates by 25 basis points.                 | 0.25 | increase
            Margins fell 30 bps in the quarter.                       | 0.3  | decrease
            The net interest margin widened 0.4 percentage points.    | 0.4  | increase
            Online sales were up 1.8 percentage points.               | 1.8  | increase
            The margin was down 2.1 percentage points.                | 2.1  | decrease
            The yield rose one percentage point in a week.            | 1    | increase
            Its margin improved by 0.5 percentage point.              | 0.5  | increase
            """)
    void basisAndPercentagePoints(String sentence, Double value, String direction) {
        assertFigure(sentence, "change", value, "percentage_point", null, null, null, direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The stock trades at 7.2 times earnings.                | multiple | 7.2 | times |               | 
            The price works out to roughly 11 times those sales.   | multiple | 11  | times | approximately | 
            The bank trades at just 0.9 times book value.          | multiple | 0.9 | times |               | 
            Net debt was 3.1 times EBITDA.                         | multiple | 3.1 | times |               | 
            Demand was 3x supply in the quarter.                   | multiple | 3   | times |               | 
            Copilot subscriptions had doubled.                     | change   | 2   | times |               | increase
            Sales of its electric models tripled in Europe.        | change   | 3   | times |               | increase
            Credit costs halved in the year.                       | change   | 0.5 | times |               | decrease
            Pre-tax profit more than doubled in the year.          | change   | 2   | times | at_least      | increase
            The stock almost doubled in premarket trading.         | change   | 2   | times | at_most       | increase
            Revenue rose fivefold after the launch.                | change   | 5   | times |               | increase
            The startup reported a tenfold increase in users.      | change   | 10  | times |               | increase
            Capacity quadrupled after the upgrade.                 | change   | 4   | times |               | increase
            The new plant makes twice as many cars as the old one. | multiple | 2   | times |               | 
            The new model burns half as much fuel.                 | multiple | 0.5 | times |               | 
            Smokers were twice as likely as others to fall ill.    | multiple | 2   | times |               | 
            """)
    void multiples(String sentence, String kind, Double value, String unit, String qualifier, String direction) {
        assertFigure(sentence, kind, value, unit, qualifier, null, null, direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Two-thirds of revenue comes from abroad.               | share  | 66.67 | percent  |          |
            Operating profit fell by a third in 2024.              | change | 33.33 | percent  |          | decrease
            A quarter of sales are online.                         | share  | 25    | percent  |          |
            Sales fell by half in the quarter.                     | change | 50    | percent  |          | decrease
            Aalund will build three new plants.                    | count  | 3     | plant    |          |
            Marlowe will close a dozen stores.                     | count  | 12    | store    |          |
            The charity runs half a dozen shelters.                | count  | 6     | shelter  |          |
            The bakery sold 3 dozens of rolls before noon.         | count  | 36    | roll     |          |
            Volunteers packed three dozens of boxes.               | count  | 36    | box      |          |
            The stall sold five doz eggs.                          | count  | 60    | egg      |          |
            Forecasters expect a foot of snow on Friday.           | measurement | 1   | FT |          |
            Up to an inch of rain fell in the valley.              | measurement | 1   | IN | at_most  |
            The viaduct is a mile and a half long.                 | measurement | 1.5 | MI |          |
            Half a mile away, a barn caught fire.                  | measurement | 0.5 | MI |          |
            Albion flies from nine UK airports.                    | count  | 9     | airport  |          |
            Twenty-five companies bid for the licence.             | count  | 25    | company  |          |
            The company hired two hundred engineers.               | count  | 200   | engineer |          |
            The app has a million customers.                       | count  | 1000000 | customer |        |
            Ten women joined the board.                            | count  | 10    | woman    |          |
            The contract runs for eight years.                     | duration | 8   | YR       |          |
            The trial ran over 72 weeks.                           | duration | 72  | WK       |          |
            Dashwell offers 30-minute deliveries.                  | duration | 30  | MIN      |          |
            """)
    void fractionsAndNumberWords(String sentence, String kind, Double value, String unit, String qualifier,
                                 String direction) {
        assertFigure(sentence, kind, value, unit, qualifier, null, null, direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The carrier operates 62 aircraft.                   | 62       | aircraft
            The company has 6,400 employees.                    | 6400     | employee
            The deal adds 48 branches.                          | 48       | branch
            The airline flies to 190 cities.                    | 190      | city
            Kessler delivered 412,000 vehicles.                 | 412000   | vehicle
            Kessler employs 96,000 people worldwide.            | 96000    | person
            The airline carried 21.4 million passengers.        | 21400000 | passenger
            The group runs 430 stores.                          | 430      | store
            Naniwa will buy back 40 million shares.             | 40000000 | share
            The recall covers 2,000 batteries.                  | 2000     | battery
            The attack hit 3,000 businesses.                    | 3000     | business
            The app has signed up 2.1 million users.            | 2100000  | user
            The unit will hire 150 engineers.                   | 150      | engineer
            Intuit has 24 million paying users.                 | 24000000 | user
            The carrier ordered 40 new jets from Airbus.        | 40       | jet
            Marlowe offers deliveries from 150 of its stores.   | 150      | store
            The shop sold 5,000 boxes last week.                | 5000     | box
            Three children were hurt.                           | 3        | child
            The charity gave out 800 loaves of bread.           | 800      | loaf
            The market sold 300 scarves on Saturday.            | 300      | scarf
            """)
    void countsAreSingular(String sentence, Double value, String unit) {
        assertFigure(sentence, "count", value, unit, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The site lies 120 km off the coast.                 | 120     | KiloM
            The route is 300 miles long.                        | 300     | MI
            The car has a top speed of 210 km/h.                | 210     | KiloM-PER-HR
            The train reaches 186 mph.                          | 186     | MI-PER-HR
            The pack stores 75 kWh.                             | 75      | KiloW-HR
            The site will hold 800 MWh.                         | 800     | MegaW-HR
            Electricity output reached 9.6 TWh.                 | 9.6     | TeraW-HR
            The plan cuts 2.5 million tonnes of carbon dioxide. | 2500000 | TONNE
            The field pumps 35,000 barrels per day.             | 35000   | BBL-PER-DAY
            The hangar covers 12,000 square metres.             | 12000   | M2
            The turbine is rated at 15 MW.                      | 15      | MegaW
            The car weighs 1,800 kg.                            | 1800    | KiloGM
            The tanker holds 2 million barrels.                 | 2000000 | BBL
            The farm covers 400 hectares.                       | 400     | HA
            """)
    void physicalUnits(String sentence, Double value, String unit) {
        assertFigure(sentence, "measurement", value, unit, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Capital spending will run between £700m and £900m a year.   | amount | 700000000  | 900000000  | GBP     | P1Y
            The deal will be funded with between $1.5bn and $2bn.      | amount | 1500000000 | 2000000000 | USD     |
            The deal is valued at $2-3 billion.                        | amount | 2000000000 | 3000000000 | USD     |
            Analysts expect $2bn to $3bn in savings.                   | amount | 2000000000 | 3000000000 | USD     |
            Analysts expect growth of 3-5% next year.                  | change | 3          | 5          | percent |
            The plan will cut between 2,000 and 3,000 jobs.            | count  | 2000       | 3000       | job     |
            The sale could raise 2 to 3 billion dollars.               | amount | 2000000000 | 3000000000 | USD     |
            The fund will spend $2 to 3 billion on roads.              | amount | 2000000000 | 3000000000 | USD     |
            Vendors earn US$300 to 350 million a year.                 | amount | 300000000  | 350000000  | USD     | P1Y
            Margins should reach 10% to 12% by then.                   | share  | 10         | 12         | percent |
            Revenue is expected to reach £3.2bn-£3.5bn.                | amount | 3200000000 | 3500000000 | GBP     |
            The upgrade will take 15 to 20 minutes.                    | duration | 15       | 20         | MIN     |
            Prices rose by between 4% and 6% last year.                | change | 4          | 6          | percent |
            Analysts expect sales to grow 5% to 7% this year.          | change | 5          | 7          | percent |
            Orders should increase 8% to 10% in the second half.       | change | 8          | 10         | percent |
            The shows drew audiences of between 10,000 and 12,000.     | count  | 10000      | 12000      | audience |
            The plant will have a workforce of between 300 and 400.    | count  | 300        | 400        | worker    |
            """)
    void ranges(String sentence, String kind, Double min, Double max, String unit, String period) {
        FigureCandidate figure = only(sentence);
        assertEquals(kind, figure.kind().label(), "kind");
        assertNull(figure.value(), "a range has no single value");
        assertClose(min, figure.min(), "min");
        assertClose(max, figure.max(), "max");
        assertEquals(unit, figure.unit(), "unit");
        assertEquals(period, figure.period(), "period");
    }

    /** A move done, then "to" and a number of the same unit: the move and the level it reached, not a range. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prices rose 2.5% to 3% last month.                         | 2.5 | 3
            The yield on the bonds climbed 0.3% to 4.6%.               | 0.3 | 4.6
            Inflation is expected to rise 0.25% to 4.5% next year.     | 0.25 | 4.5
            The central bank raised its key rate 0.5% to 3.75%.        | 0.5 | 3.75
            """)
    void aMoveToALevelIsTwoFigures(String sentence, Double change, Double level) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(2, found.size(), () -> describe(sentence, found));
        assertEquals("change", found.get(0).kind().label(), () -> describe(sentence, found));
        assertEquals("increase", found.get(0).direction(), () -> describe(sentence, found));
        assertClose(change, found.get(0).value(), "change");
        assertNull(found.get(1).direction(), "the level has no direction");
        assertClose(level, found.get(1).value(), "level");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Microsoft has invested billions in OpenAI.                 | amount | USD  | billions  |
            Ledgerly pays millions of dollars a year for GPT access.   | amount | USD  | millions  | P1Y
            The app has millions of users.                             | count  | user | millions  |
            Walmart spends millions each month on the service.         | amount | USD  | millions  | P1M
            It has poured billions of euros into Chinese factories.    | amount | EUR  | billions  |
            Thousands of jobs are at risk.                             | count  | job  | thousands |
            Dozens of stores closed last year.                         | count  | store | dozens   |
            The app has hundreds of millions of users.                 | count  | user | millions  |
            Tens of billions of yuan were spent on the lines.          | amount | CNY  | billions  |
            The company earns billions annually from renting servers.  | amount | USD  | billions  | P1Y
            """)
    void vagueAmounts(String sentence, String kind, String unit, String vague, String period) {
        FigureCandidate figure = only(sentence);
        assertEquals(kind, figure.kind().label(), "kind");
        assertNull(figure.value(), "a vague amount has no value");
        assertEquals(unit, figure.unit(), "unit");
        assertEquals(vague, figure.vague(), "vague");
        assertEquals(period, figure.period(), "period");
        assertNotNull(figure.min(), "a vague amount keeps its lower bound");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The company was founded in 2019.
            Results for fiscal 2024 were strong.
            The deal was announced on March 3.
            The contract was signed on 3 March.
            The year ended December 31.
            Trading opened at 9:30 a.m. in New York.
            Shares rose by 10:15 a.m. in Copenhagen.
            Naniwa is the third-largest regional bank.
            The 2nd phase came online.
            The app reads receipts with GPT-4.
            Office 365 subscriptions are growing.
            Customers of Office 365 get the feature.
            The airline flies the A330-200 on the route.
            G42 is based in Abu Dhabi.
            The iPhone 15 sold well.
            It will retire its Boeing 737-800 fleet.
            The laptops run Windows 11.
            It competes with easyJet and Jet2.
            The drug is in a Phase 3 trial.
            The prize is MRX-214, an obesity pill.
            The first model will be the Vela 500.
            The board voted 9 to 2 in favour.
            The merger was approved in a 7-2 vote.
            Customers can call 0808 157 0192 for help.
            Call +1 212 555 0100 for details.
            The rule is set out in section 4 of the act.
            The deal closed three months ago.
            Its share was higher two years ago.
            The largest double is about 1e308 in the format.
            The puzzle asks for 10^400 digits.
            The S&P 500 closed lower.
            The company was founded in 1952 by his grandfather.
            Covid-19 hit sales hard.
            The firm makes 5G modems.
            The meeting is at 10am on Tuesday.
            The ruling was 5-4.
            Trading resumed on 2024-03-15.
            The deal closed on 12/03/2024.
            The firm was ranked No. 1 in the survey.
            Under the plan, 3M will spin off its health unit.
            Revenue in Q2 2024 was flat.
            The COP28 summit ended on Tuesday.
            The index tracks the top 100 companies.
            The store is open 24/7 and sells 4K TVs.
            The Fortune 500 company has a strong workforce.
            Thousands protested outside the plant.
            The board meets four times a year.
            The central bank cut rates three times in 2023.
            It is one of the five largest lenders in the country.
            Half as a result of the strike, the line closed.
            The bakers had three dozens left.
            The minister refused to give an inch.
            She set foot on the island in May.
            The search link was https://www.example.com/search?q=30%25%2020%
            Read the report at www.example.org/reports/2024/flood-30-homes.pdf today.
            Write to help24@example.org for details.
            """)
    void nonFigures(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertTrue(found.isEmpty(), () -> "no figure expected in: " + sentence + " but got " + describe(sentence, found));
    }

    /** Sentences with several figures: each figure reads as kind, value, unit and the fields that are set. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Dow fell 533 points, or 1.3%.                                   | change 533 point d=decrease; change 1.3 percent d=decrease
            Net debt fell to £1.05bn, or 3.1 times earnings.                    | amount 1050000000 GBP; multiple 3.1 times
            Output rose 14% in 2024 to 9.6 TWh.                                 | change 14 percent d=increase; measurement 9.6 TeraW-HR
            It employs about 2,300 people and plans to hire at least 400 more.  | count 2300 person q=approximately; count 400 person q=at_least
            It agreed to buy 40 jets, with options for up to 20 more.           | count 40 jet; count 20 jet q=at_most
            Operating profit slumped 15% to £188m.                              | change 15 percent d=decrease; amount 188000000 GBP
            Its share shrank to 1.9% from 3.4% two years ago.                   | share 1.9 percent; share 3.4 percent
            It proposed DKK 4.50 a share, down from DKK 6.00 a share a year earlier. | amount 4.5 DKK per=share; amount 6 DKK per=share
            The company has 1.2m customers and 3,400 staff.                     | count 1200000 customer; count 3400 staff
            Revenue rose 6% to $94.9 billion, or $1.64 a share.                 | change 6 percent d=increase; amount 94900000000 USD; amount 1.64 USD per=share
            The drug maker will spend €350 million annually on three new plants. | amount 350000000 EUR p=P1Y; count 3 plant
            The contract is worth up to €4.8 billion over eight years.          | amount 4800000000 EUR q=at_most; duration 8 YR
            House prices rose from an average of €310,000 to €335,000.          | amount 310000 EUR; amount 335000 EUR
            Ambulance response times rose from a median of 7 minutes to 9 minutes. | duration 7 MIN; duration 9 MIN
            The cheapest fare went from a low of $19 to $45.                    | amount 19 USD; amount 45 USD
            The council shrank from 60 members to 45.                           | count 60 member; count 45 member
            The fleet grew from a total of 80 buses to 95.                      | count 80 bus; count 95 bus
            The central bank kept its deposit rate at minus 0.5%.               | share -0.5 percent
            Inflation came in at minus 0.3% in May.                             | share -0.3 percent
            Real wage growth was negative 1.2 per cent last year.               | share -1.2 percent
            Exports rose to 2.4 million barrels a day from 2.1 million.         | measurement 2400000 BBL-PER-DAY; measurement 2100000 BBL-PER-DAY
            The harvest fell to 31 tonnes, down from 38.                        | measurement 31 TONNE; measurement 38 TONNE
            """)
    void severalFigures(String sentence, String expected) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(expected, found.stream().map(FigureParserTest::compact).collect(Collectors.joining("; ")),
                () -> describe(sentence, found));
    }

    private static FigureCandidate assertFigure(String sentence, String kind, Double value, String unit,
                                                String qualifier, String period, String per, String direction) {
        FigureCandidate figure = only(sentence);
        assertEquals(kind, figure.kind().label(), "kind");
        assertClose(value, figure.value(), "value");
        assertEquals(unit, figure.unit(), "unit");
        assertEquals(qualifier, figure.qualifier(), "qualifier");
        assertEquals(period, figure.period(), "period");
        assertEquals(per, figure.per(), "per");
        assertEquals(direction, figure.direction(), "direction");
        return figure;
    }

    private static FigureCandidate only(String sentence) {
        List<FigureCandidate> found = PARSER.parse(sentence);
        assertEquals(1, found.size(), () -> "one figure expected in: " + sentence + " but got "
                + describe(sentence, found));
        return found.get(0);
    }

    /** Fractions are kept to two decimals (a third is 33.33), so values compare to a hundredth. */
    private static void assertClose(Double expected, java.math.BigDecimal actual, String field) {
        if (expected == null) {
            assertNull(actual, field);
            return;
        }
        assertNotNull(actual, field);
        assertEquals(expected, actual.doubleValue(), Math.max(0.01, Math.abs(expected) * 1e-9), field);
    }

    private static String compact(FigureCandidate figure) {
        StringBuilder out = new StringBuilder(figure.kind().label()).append(' ');
        out.append(figure.value() != null ? plain(figure.value())
                : figure.min() != null && figure.max() != null ? plain(figure.min()) + "-" + plain(figure.max())
                : figure.vague());
        out.append(' ').append(figure.unit());
        append(out, "q", figure.qualifier());
        append(out, "p", figure.period());
        append(out, "per", figure.per());
        append(out, "d", figure.direction());
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append('=').append(value);
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value.toPlainString();
    }

    private static String describe(String sentence, List<FigureCandidate> found) {
        return found.stream().map(c -> "[" + sentence.substring(c.start(), c.end()) + "] " + c)
                .collect(Collectors.joining("; "));
    }
}
