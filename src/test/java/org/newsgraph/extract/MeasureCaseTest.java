package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A measure is written in lower case unless its words are names, wherever in the sentence it stands. */
class MeasureCaseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a measure at the start of a sentence loses the sentence's capital | pre-tax profit | "
                    + "Pre-tax/JJ profit/NN rose/VBD/_/rise 5/CD %/NN ./. | "
                    + "amod(profit, Pre-tax) nsubj(rose, profit) root(ROOT, rose) obj(rose, %) nummod(%, 5)",
            "also when the parser calls the first word a proper noun | fuel bills | "
                    + "Fuel/NNP bills/NNS rose/VBD/_/rise 5/CD %/NN ./. | "
                    + "compound(bills, Fuel) nsubj(rose, bills) root(ROOT, rose) obj(rose, %) nummod(%, 5)",
            "and after an opening quote | fees | "
                    + "``/`` Fees/NNS rose/VBD/_/rise 5/CD %/NN ./. | "
                    + "nsubj(rose, Fees) root(ROOT, rose) obj(rose, %) nummod(%, 5)",
            "a name the NER tagged keeps its capital | Azure revenue | "
                    + "Azure/NNP/MISC revenue/NN rose/VBD/_/rise 5/CD %/NN ./. | "
                    + "compound(revenue, Azure) nsubj(rose, revenue) root(ROOT, rose) obj(rose, %) nummod(%, 5)",
            "an acronym keeps its capitals | EBITDA | "
                    + "EBITDA/NN rose/VBD/_/rise 5/CD %/NN ./. | "
                    + "nsubj(rose, EBITDA) root(ROOT, rose) obj(rose, %) nummod(%, 5)",
            "a proper noun inside the sentence keeps its capital | Brent price | "
                    + "The/DT Brent/NNP price/NN rose/VBD/_/rise 5/CD %/NN ./. | "
                    + "det(price, The) compound(price, Brent) nsubj(rose, price) root(ROOT, rose) obj(rose, %) "
                    + "nummod(%, 5)"})
    void measures(String name, String measure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                "5 %", FigureKind.CHANGE, "percent");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()));
    }
}
