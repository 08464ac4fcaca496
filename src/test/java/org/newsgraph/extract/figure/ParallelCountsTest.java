package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Rejection;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/** A bare number set against the one count its sentence states ({@link ParallelCounts}) counts the same noun. */
class ParallelCountsTest {

    private static final FigureParser PARSER = new FigureParser();

    private static List<FigureCandidate> added(String tokens, String dependencies) {
        AnnotatedText annotated = new ParsedText().sentence(tokens, dependencies).text();
        AnnotatedSentence sentence = annotated.sentences().get(0);
        String text = annotated.text().substring(sentence.start(), sentence.end());
        List<Rejection> refused = new ArrayList<>();
        List<FigureCandidate> found = PARSER.parse(text, refused::add);
        return NerFigures.missed(sentence, text, found, refused);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She/PRP won/VBD with/IN 41208/CD/NUMBER/_/41208.0 votes/NNS ,/, ahead/RB of/IN Hesketh/NNP on/IN 33615/CD/NUMBER/_/33615.0 ./. | nsubj(won, She) obl:with(won, votes) case(votes, with) nummod(votes, 41208) advmod(won, ahead) obl:of(ahead, Hesketh) case(Hesketh, of) nmod:on(Hesketh, 33615) case(33615, on) ROOT(ROOT, won) | 33615 | vote
            The/DT club/NN sold/VBD 31500/CD/NUMBER/_/31500.0 memberships/NNS ,/, up/RB from/IN 28900/CD/NUMBER/_/28900.0 ./. | det(club, The) nsubj(sold, club) obj(sold, memberships) nummod(memberships, 31500) advmod(sold, up) obl:from(up, 28900) case(28900, from) ROOT(ROOT, sold) | 28900 | membership
            """)
    void aBareNumberComparedWithTheOneCountCountsItsNoun(String tokens, String dependencies, String value, String unit) {
        List<FigureCandidate> added = added(tokens, dependencies);
        assertEquals(1, added.size(), added.toString());
        assertEquals(FigureKind.COUNT, added.get(0).kind());
        assertEquals(0, new BigDecimal(value).compareTo(added.get(0).value()));
        assertEquals(unit, added.get(0).unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It/PRP sold/VBD 300/CD/NUMBER/_/300.0 cars/NNS and/CC 200/CD/NUMBER/_/200.0 vans/NNS ,/, up/RB from/IN 400/CD/NUMBER/_/400.0 ./. | nsubj(sold, It) obj(sold, cars) nummod(cars, 300) conj:and(cars, vans) cc(vans, and) nummod(vans, 200) advmod(sold, up) obl:from(up, 400) case(400, from) ROOT(ROOT, sold)
            The/DT talks/NNS lasted/VBD 12/CD/NUMBER/_/12.0 hours/NNS ,/, up/RB from/IN 9/CD/NUMBER/_/9.0 ./. | det(talks, The) nsubj(lasted, talks) obj(lasted, hours) nummod(hours, 12) advmod(lasted, up) obl:from(up, 9) case(9, from) ROOT(ROOT, lasted)
            """)
    void noOneCountOrNoComparisonLeavesItBare(String tokens, String dependencies) {
        List<FigureCandidate> added = added(tokens, dependencies);
        assertEquals(List.of(), added.stream().filter(f -> f.unit() != null && f.kind() == FigureKind.COUNT
                && (f.value().intValue() == 400 || f.value().intValue() == 9)).toList(), added.toString());
    }
}
