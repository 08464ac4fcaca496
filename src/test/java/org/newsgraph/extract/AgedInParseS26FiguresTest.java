package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare number the parse ties to "aged" is an age (s26-figures): "a man aged 72" (amod(72, aged), the number a dep
 * of the noun) and "who has died aged 88" (xcomp(died, aged), dep(aged, 88)) lost the measure "age" because neither
 * shape puts the number beside a name. The one "aged" of the real text we hold ("Jobs, aged 55", MEANTIME tuning) is
 * an apposition already read; the class is the general structure around "aged", checked on CoreNLP's parses of
 * made-up sentences (below as CoreNLP gave them).
 */
class AgedInParseS26FiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A man aged 72 was taken to hospital | 72 | A/DT man/NN aged/JJ 72/CD/NUMBER/_/72.0 was/VBD/O/be taken/VBN/O/take to/IN hospital/NN ./. | det(man, A) nsubj:pass(taken, man) amod(72, aged) dep(man, 72) aux:pass(taken, was) root(ROOT, taken) case(hospital, to) obl:to(taken, hospital) punct(taken, .)
            Helena Kruger, who has died aged 88, designed bridges | 88 | Helena/NNP/PERSON Kruger/NNP/PERSON ,/, who/WP has/VBZ/O/have died/VBN/O/die aged/JJ 88/CD/NUMBER/_/88.0 ,/, designed/VBN/O/design bridges/NNS ./. | compound(Kruger, Helena) root(ROOT, Kruger) punct(Kruger, ,) nsubj(died, who) aux(died, has) dep(Kruger, died) xcomp(died, aged) dep(aged, 88) punct(aged, ,) dep(aged, designed) obj(designed, bridges) punct(Kruger, .)
            """)
    void aNumberTiedToAgedIsAnAge(String name, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.DURATION, "YR");
        assertEquals("age", about.measure().value());
    }
}
