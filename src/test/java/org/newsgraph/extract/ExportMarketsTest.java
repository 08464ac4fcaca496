package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of countries a thing is sold or exported to measures its markets ({@link ExportMarkets}, step markets);
 * where it is made stays a count of countries. Made-up sentences, parsed by hand as CoreNLP 4.5.10 parses these shapes.
 */
class ExportMarketsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "exported to | export markets | markets | 45 countries | "
                    + "Albion/NNP/ORGANIZATION/Albion exports/VBZ/_/export to/TO 45/CD/NUMBER/45 "
                    + "countries/NNS/_/country ~./. | root(ROOT, exports) nsubj(exports, Albion) "
                    + "obl:to(exports, countries) case(countries, to) nummod(countries, 45) punct(exports, .)",
            "sold in | markets | markets | 60 countries | "
                    + "The/DT drug/NN/_/drug is/VBZ/_/be sold/VBN/_/sell in/IN 60/CD/NUMBER/60 "
                    + "countries/NNS/_/country ~./. | root(ROOT, sold) det(drug, The) nsubj:pass(sold, drug) "
                    + "aux:pass(sold, is) obl:in(sold, countries) case(countries, in) nummod(countries, 60) "
                    + "punct(sold, .)",
            "made in stays countries | countries | counted-noun | 37 countries | "
                    + "Albion/NNP/ORGANIZATION/Albion makes/VBZ/_/make cars/NNS/_/car in/IN 37/CD/NUMBER/37 "
                    + "countries/NNS/_/country ~./. | root(ROOT, makes) nsubj(makes, Albion) obj(makes, cars) "
                    + "obl:in(makes, countries) case(countries, in) nummod(countries, 37) punct(makes, .)"})
    void measure(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.COUNT, "thing");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
