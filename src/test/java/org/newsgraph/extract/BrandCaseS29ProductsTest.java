package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.testing.TaggedText;

/**
 * s29-products: a model written in its maker's own case with a small prefix longer than one letter ("the zenPad 3",
 * "the tallyBook 2 app") is a product, as "iPhone 3GS" was (EntityRecognizer's brand case, widened from one small
 * letter to up to five, with the model's number only: a firm writes its name so too, "easyJet", and a unit, "mmHg");
 * a surname's particle written against the name ("deGrasse", "vanDyke") is no brand. Each row
 * a hand-tagged sentence (no parse: the spelling alone decides) and the names found with their types, or "none".
 */
class BrandCaseS29ProductsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sales of the zenPad 3 rose . | zenPad 3 Product",
        "users of tallyBook 2 complained . | tallyBook 2 Product",
        "the eKarv 2 is cheap . | eKarv 2 Product",
        "sales of the iPhone rose . | iPhone Product",
        "a portrait of deGrasse hung there . | none",
        "the statue of vanDyke was moved . | none",
        "the statue of deGrasse 2 was moved . | none",
        "fares on easyJet rose . | none",
        "pressure fell by 9 mmHg . | none"})
    void aModelInItsMakersOwnCaseIsAProduct(String tagged, String expected) {
        String got = new EntityRecognizer(new Gazetteer()).recognize(TaggedText.of(tagged.strip()), Set.of()).stream()
                .map(e -> e.name() + " " + e.type().label()).sorted().collect(Collectors.joining(", "));
        assertEquals(expected.strip(), got.isEmpty() ? "none" : got, tagged);
    }
}
