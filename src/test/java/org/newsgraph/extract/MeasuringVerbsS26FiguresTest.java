package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a verb of measuring is the thing measured, never the measure ({@link MeasuredThings},
 * {@code measuring-verbs.txt}, s26-figures): "The probe weighs 1,350 kilograms" kept "probe" because WordNet's first
 * sense of "probe" is an inquiry, not a device. No real text we hold hangs a measurement on such a verb (MEANTIME
 * tuning, KPI-EDGAR train, Recognizers-Text tuning: 0), so the rule is the general structure of the class. The
 * first parse is CoreNLP's; the others are written in the shape CoreNLP gives. A "?" marks a candidate only.
 */
class MeasuringVerbsS26FiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the probe weighs 1,350 kilograms | probe? | 1,350 kilograms | The/DT probe/NN weighs/VBZ/_/weigh 1,350/CD/NUMBER/_/1350.0 kilograms/NNS/_/kilogram ./. | det(probe, The) nsubj(weighs, probe) root(ROOT, weighs) nummod(kilograms, 1,350) obj(weighs, kilograms) punct(weighs, .)
            the bridge spans 400 metres | bridge? | 400 metres | The/DT bridge/NN spans/VBZ/_/span 400/CD/NUMBER/_/400.0 metres/NNS/_/metre ./. | det(bridge, The) nsubj(spans, bridge) root(ROOT, spans) nummod(metres, 400) obj(spans, metres) punct(spans, .)
            the mirror measures 6.5 metres | mirror? | 6.5 metres | The/DT mirror/NN measures/VBZ/_/measure 6.5/CD/NUMBER/_/6.5 metres/NNS/_/metre across/RB ./. | det(mirror, The) nsubj(measures, mirror) root(ROOT, measures) nummod(metres, 6.5) obj(measures, metres) advmod(measures, across) punct(measures, .)
            rainfall reached 40 millimetres | rainfall | 40 millimetres | Rainfall/NN reached/VBD/_/reach 40/CD/NUMBER/_/40.0 millimetres/NNS/_/millimetre ./. | nsubj(reached, Rainfall) root(ROOT, reached) nummod(millimetres, 40) obj(reached, millimetres) punct(reached, .)
            """)
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.MEASUREMENT, "M");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
