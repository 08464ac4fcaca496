package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Recognizers-Text scorer on a spec written here: halves alternate, values and units are compared. */
class RecognizersTextEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void scoresValuesAndUnitsOfOneHalf() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("NumberWithUnit"));
        Files.writeString(specs.resolve("CurrencyModel.json"), "\uFEFF[" + entry("It cost $5 million.", "$5 million",
                8, 17, "5000000", "Dollar") + "," + entry("It cost 7 gadgets.", "7 gadgets", 8, 16, "7", "Euro") + ","
                + entry("Fees were €2 billion.", "€2 billion", 10, 19, "2000000000", "Euro") + "]");
        RecognizersTextEvaluation evaluation = new RecognizersTextEvaluation();
        RecognizersTextEvaluation.Row tuning = RecognizersTextEvaluation.bySpec(
                evaluation.score(dir, Halves.Half.TUNING, false)).get("CurrencyModel");
        assertEquals(new Accuracy(2, 2), tuning.value());
        assertEquals(new Accuracy(2, 2), tuning.valueUnit());
        RecognizersTextEvaluation.Result reported = evaluation.score(dir, Halves.Half.REPORTED, true);
        RecognizersTextEvaluation.Row row = RecognizersTextEvaluation.bySpec(reported).get("CurrencyModel");
        assertEquals(new Accuracy(1, 1), row.value(), "7 gadgets has the value");
        assertEquals(new Accuracy(0, 1), row.valueUnit(), "but not the unit");
        assertTrue(reported.misses().get(0).contains("read as gadget"), reported.misses().toString());
    }

    @Test
    void countsWrongAndExtraReadings() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("NumberWithUnit"));
        // rank 0 (tuning): "$5" right, "3 apples" not money: not judged; rank 2 (tuning): the spec expects dollars,
        // the spec expects euros where the text has dollars (a wrong unit); rank 4 (tuning): two sums of money, the spec expects only the first
        Files.writeString(specs.resolve("CurrencyModel.json"), "\uFEFF[" + entry("It cost $5 for 3 apples.", "$5",
                8, 9, "5", "Dollar") + "," + entry("skip", "x", 0, 0, "1", "Dollar") + ","
                + entry("It cost $9.", "$9", 8, 9, "9", "Euro") + "," + entry("skip", "x", 0, 0, "1",
                "Dollar") + "," + entry("It cost $5, not $7.", "$5", 8, 9, "5", "Dollar") + "]");
        RecognizersTextEvaluation.Result result = new RecognizersTextEvaluation().score(dir, Halves.Half.TUNING, true);
        RecognizersTextEvaluation.Row row = RecognizersTextEvaluation.bySpec(result).get("CurrencyModel");
        assertEquals(new Accuracy(2, 4), row.precision(), result.wrongReadings().toString());
        assertEquals(1, row.wrong());
        assertEquals(1, row.extra());
        assertEquals(2, result.wrongReadings().size());
    }

    private static String entry(String input, String text, int start, int end, String value, String unit) {
        return "{\"Input\": \"" + input + "\", \"Results\": [{\"Text\": \"" + text + "\", \"TypeName\": \"currency\", "
                + "\"Resolution\": {\"value\": \"" + value + "\", \"unit\": \"" + unit + "\"}, \"Start\": " + start
                + ", \"End\": " + end + "}]}";
    }
}
