package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, session 39: the product steps' answers (the one product a measurement's sentence names, the product a
 * figure's clause is about, a named line, a product taken up by "the aircraft", a product reached instead of its
 * maker: step {@code product}) are a group of their own ({@code product} in subject-case-groups.tsv), split out of
 * candidate-step, and are decided by that group's evidence ({@code FigureContext.productDecided}). Before, they were
 * made candidates by construction whatever any table said. Decided here by a table in which the group asserts (30
 * of 30 sentences in each fold) and by the bundled one.
 */
class ProductAnswersS39SubjectsTest {

    private static final String[] MAKER = {"Acme/NNP/ORGANIZATION opened/VBD/_/open a/DT plant/NN ./.",
            "nsubj(opened, Acme) root(ROOT, opened) obj(opened, plant) det(plant, a)"};
    private static final String[] RANGE = {"Range/NN for/IN the/DT Vela/NNP/PRODUCT is/VBZ/_/be 8,000/CD miles/NNS ./.",
            "nsubj(miles, Range) cop(miles, is) nmod:for(Range, Vela) case(Vela, for) det(Vela, the) "
                    + "nummod(miles, 8,000) root(ROOT, miles)"};

    /**
     * A table in which the product group has {@code right} of {@code right} sentences in each fold; implicit answers
     * fall in candidate-step, which is unlisted.
     */
    private static SubjectCases products(int right) {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("^product(/|$)", "product");
        patterns.put("^(speaker|main-clause|implicit)(/|$)", "candidate-step");
        SubjectCases.Count each = new SubjectCases.Count(right, right);
        return SubjectCases.of(new SubjectCases.Rule(1.645, 0.9, 0.9),
                Map.of("product", new SubjectCases.Evidence("product", each, each)), patterns);
    }

    @ParameterizedTest(name = "the product group right in {0} of {0} sentences per fold: asserted {1}")
    @CsvSource({"30, true", "4, false"})
    void theNamedProductIsDecidedByItsOwnGroup(int right, boolean sure) {
        FigureContext.About measured = HandParsedFigure.about(List.of(MAKER, RANGE), "8,000 miles",
                FigureKind.MEASUREMENT, "MI", products(right));
        assertEquals("vela", measured.subject().value());
        assertEquals("product", measured.subject().step());
        assertEquals(sure, measured.subject().sure(), "asserted");
    }

    @Test
    void theBundledTableDecidesTheProductGroupByItsCounts() {
        SubjectCases bundled = SubjectCases.bundled();
        for (String key : List.of("product", "product/previous", "product/maker", "product/clause", "product/line")) {
            assertEquals("product", bundled.group(key), key);
        }
        FigureContext.About measured = HandParsedFigure.about(List.of(MAKER, RANGE), "8,000 miles",
                FigureKind.MEASUREMENT, "MI");
        assertEquals(bundled.groupAsserts("product"), measured.subject().sure());
        // the article's company implied stays a candidate: candidate-step is listed in no way that asserts
        assertEquals(false, bundled.asserts("implicit/topic/sole"));
    }
}
