package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A physical measurement's measure is never the thing measured ({@link MeasuredThings}, s25-figures). Real text: the
 * Recognizers-Text dimension spec's tuning half asserted "a 10-gallon water cooler" -> "water cooler" and "the 16-bit
 * 8088 chip" -> "chip" (head-noun); a made-up motoring probe of the lead "The new engine delivers 310 pound-feet of
 * torque at 4,000 rpm" -> "new engine" (subject-noun). The parses are CoreNLP's for these sentences. "-" is no
 * measure; a "?" marks an answer kept as a candidate only.
 */
class MeasuredThingsS25FiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a 10-gallon water cooler: the thing | water cooler? | 10-gallon | a/DT 10-gallon/JJ water/NN cooler/NN had/VBD toppled/VBN ./. | det(cooler, a) amod(cooler, 10-gallon) compound(cooler, water) nsubj(toppled, cooler) aux(toppled, had) root(ROOT, toppled) punct(toppled, .)
            the engine delivers torque at 4,000 rpm: the thing | new engine? | 4,000 rpm | The/DT new/JJ engine/NN delivers/VBZ/_/deliver 310/CD/NUMBER/_/310.0 pound/NN ~-/HYPH ~feet/NNS/_/foot of/IN torque/NN at/IN 4,000/CD/NUMBER/_/4000.0 rpm/NN ./. | det(engine, The) amod(engine, new) nsubj(delivers, engine) root(ROOT, delivers) nummod(feet, 310) compound(feet, pound) punct(feet, -) obj(delivers, feet) case(torque, of) nmod:of(feet, torque) case(rpm, at) nummod(rpm, 4,000) obl:at(delivers, rpm) punct(delivers, .)
            the car weighs 1,450 kg: the thing | car? | 1,450 kg | The/DT car/NN weighs/VBZ/_/weigh 1,450/CD/NUMBER/_/1450.0 kg/NN ./. | det(car, The) nsubj(weighs, car) root(ROOT, weighs) nummod(kg, 1,450) obj(weighs, kg) punct(weighs, .)
            a 79-metre wingspan: what is measured | wingspan | 79-metre | the/DT airliner/NN has/VBZ/_/have a/DT 79-metre/JJ wingspan/NN ./. | det(airliner, the) nsubj(has, airliner) root(ROOT, has) det(wingspan, a) amod(wingspan, 79-metre) obj(has, wingspan) punct(has, .)
            the temperature is 40 degrees: what is measured | temperature | 40 degrees | the/DT temperature/NN outside/RB is/VBZ/O/be 40/CD/NUMBER/_/40.0 degrees/NNS ./. | det(temperature, the) nsubj(degrees, temperature) advmod(temperature, outside) cop(degrees, is) nummod(degrees, 40) root(ROOT, degrees) punct(degrees, .)
            """)
    void measure(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.MEASUREMENT, "M");
        FigureContext.Found found = about.measure();
        String read = found.value() == null ? "-" : found.value() + (found.sure() ? "" : "?");
        assertEquals(measure, read, "measure");
    }
}
