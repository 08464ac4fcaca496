package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a physical measurement is "of", read by where the noun stands (FigureMeasures' unit-of step, s26-figures):
 * the parser hangs "of torque" in "295 horsepower and 280 pound-feet of torque" on the first unit, so the horsepower
 * measured torque and the pound-feet nothing; "within six feet of the cup" (Recognizers-Text dimension, tuning half,
 * a golf report) measured "cup", and then, with the "of" refused, the "approach" the parser made the subject of "shot"
 * (a distance after "within" is only proposed a measure: MeasuredThings). The parses of the engine and the golf shot
 * are CoreNLP's (its enhanced++ edges: the second unit is both the
 * verb's obj and the first's conj); the others are written in the shapes CoreNLP gives. "-" is no measure.
 */
class MeasuredOfS26FiguresTest {

    private static final String ENGINE = "The/DT turbocharged/JJ engine/NN produces/VBZ/_/produce 295/CD/NUMBER/_/295.0 "
            + "horsepower/NN and/CC 280/CD/NUMBER/_/280.0 pound/NN ~-/HYPH ~feet/NNS/_/foot of/IN torque/NN ./.";
    private static final String ENGINE_PARSE = "det(engine, The) amod(engine, turbocharged) nsubj(produces, engine) "
            + "root(ROOT, produces) nummod(horsepower, 295) obj(produces, horsepower) cc(feet, and) nummod(feet, 280) "
            + "compound(feet, pound) punct(feet, -) obj(produces, feet) conj:and(horsepower, feet) case(torque, of) "
            + "nmod:of(horsepower, torque) punct(produces, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the pound-feet measure the torque hung on the horsepower | torque | 280 pound-feet
            the horsepower measures no torque | - | 295 horsepower
            """)
    void ofANounAfterACoordinatedUnit(String name, String measure, String figure) {
        assertEquals(measure, measure(ENGINE, ENGINE_PARSE, figure));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            within six feet of the cup: where it is counted from | - | six feet | Singh/NNP/PERSON hit/VBD/_/hit a/DT 9/CD/NUMBER/_/9.0 ~-/HYPH/NUMBER ~iron/NN/NUMBER approach/NN shot/VBD/_/shoot to/IN within/IN six/CD/NUMBER/_/6.0 feet/NNS/_/foot of/IN the/DT cup/NN ./. | nsubj(hit, Singh) root(ROOT, hit) det(approach, a) nummod(iron, 9) punct(iron, -) compound(approach, iron) nsubj(shot, approach) ccomp(hit, shot) case(feet, to) case(feet, within) nummod(feet, six) obl:within(shot, feet) case(cup, of) det(cup, the) nmod:of(feet, cup) punct(hit, .)
            150 tonnes of cargo: what is measured | cargo | 150 tonnes | The/DT ship/NN carried/VBD/_/carry 150/CD/NUMBER/_/150.0 tonnes/NNS/_/tonne of/IN cargo/NN ./. | det(ship, The) nsubj(carried, ship) root(ROOT, carried) nummod(tonnes, 150) obj(carried, tonnes) case(cargo, of) nmod:of(tonnes, cargo) punct(carried, .)
            """)
    void ofANounBesideItsUnit(String name, String measure, String figure, String tokens, String dependencies) {
        assertEquals(measure, measure(tokens, dependencies, figure));
    }

    private static String measure(String tokens, String dependencies, String figure) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.MEASUREMENT, "M");
        FigureContext.Found found = about.measure();
        return found.value() == null || !found.sure() ? "-" : found.value();
    }
}
