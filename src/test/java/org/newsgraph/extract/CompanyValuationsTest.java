package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount a company is valued at measures its value ({@link CompanyValuations}, step valued-company): its market
 * value where the valuing follows a move of its shares, else its valuation; a thing valued that is no company, and a
 * valuing verb with a subject of its own, are left to the other steps. Made-up sentences, parsed by hand as CoreNLP
 * 4.5.10 parses these shapes.
 */
class CompanyValuationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a company valued, passive | valuation | valued-company | $ 12 billion | "
                    + "The/DT company/NN/_/company was/VBD/_/be valued/VBN/_/value at/IN $/$/MONEY/$ "
                    + "12/CD/MONEY/12 billion/CD/MONEY/billion ~./. | root(ROOT, valued) det(company, The) "
                    + "nsubj:pass(valued, company) aux:pass(valued, was) advmod(valued, at) dep(at, $) "
                    + "nummod($, billion) compound(billion, 12) punct(valued, .)",
            "after a move of its shares | market value | valued-company | $ 9 billion | "
                    + "Shares/NNS/_/share closed/VBD/_/close higher/RBR valuing/VBG/_/value the/DT "
                    + "company/NN/_/company at/IN $/$/MONEY/$ 9/CD/MONEY/9 billion/CD/MONEY/billion ~./. | "
                    + "root(ROOT, closed) nsubj(closed, Shares) advmod(closed, higher) "
                    + "dep(closed, valuing) obj(valuing, company) det(company, the) advmod(valuing, at) "
                    + "dep(at, $) nummod($, billion) compound(billion, 9) punct(closed, .)",
            "a thing that is no company | - | - | $ 2 million | "
                    + "The/DT paintings/NNS/_/painting were/VBD/_/be valued/VBN/_/value at/IN $/$/MONEY/$ "
                    + "2/CD/MONEY/2 million/CD/MONEY/million ~./. | root(ROOT, valued) det(paintings, The) "
                    + "nsubj:pass(valued, paintings) aux:pass(valued, were) advmod(valued, at) dep(at, $) "
                    + "nummod($, million) compound(million, 2) punct(valued, .)"})
    void measure(String name, String measure, String step, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.AMOUNT, "USD");
        if (step.equals("-")) {
            // left to the other steps: whatever they answer, it is not this step's
            assertEquals(false, CompanyValuations.STEP.equals(about.measure().step()), "step");
            return;
        }
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(step, about.measure().step(), "step");
    }
}
