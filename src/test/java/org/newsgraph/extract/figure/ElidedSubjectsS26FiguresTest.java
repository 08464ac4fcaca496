package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.Rejection;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.testing.ParsedText;

/**
 * A number a verb takes as its object counts the verb's subject only when the verb is one of reaching
 * ({@link ElidedCounts}, {@code reaching-verbs.txt}, s26-figures). KPI-EDGAR train (ABT, 2020 10-K): "St. Jude
 * Medical shareholders received $46.75 in cash and 0.8708 of an Abbott common share" counted 0.8708 shareholders; the
 * session 25 held-out B's "officials want to cut 6 million from parks" counted 6 million officials. MEANTIME tuning's
 * "sales will exceed 700" keeps its sales. Parses in the shapes CoreNLP gives (with its lemmas).
 */
class ElidedSubjectsS26FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shareholders/NNS received/VBD/_/receive 0.87/CD/NUMBER/_/0.87 of/IN a/DT share/NN ./. | nsubj(received, Shareholders) root(ROOT, received) obj(received, 0.87) case(share, of) det(share, a) nmod:of(0.87, share) punct(received, .) | 0.87 | -
            Officials/NNS want/VBP/_/want to/TO cut/VB/_/cut 600/CD/NUMBER/_/600.0 from/IN parks/NNS ./. | nsubj(want, Officials) root(ROOT, want) mark(cut, to) xcomp(want, cut) nsubj:xsubj(cut, Officials) obj(cut, 600) case(parks, from) obl:from(cut, parks) punct(want, .) | 600 | -
            Visitors/NNS topped/VBD/_/top 900/CD/NUMBER/_/900.0 ./. | nsubj(topped, Visitors) root(ROOT, topped) obj(topped, 900) punct(topped, .) | 900 | visitor
            Sales/NNS will/MD exceed/VB/_/exceed 700/CD/NUMBER/_/700.0 ./. | nsubj(exceed, Sales) aux(exceed, will) root(ROOT, exceed) obj(exceed, 700) punct(exceed, .) | 700 | sale
            """)
    void anObjectCountsItsSubjectOnlyAfterAVerbOfReaching(String tokens, String dependencies, String number,
                                                          String unit) {
        ParsedText parsed = new ParsedText().sentence(tokens, dependencies);
        AnnotatedSentence sentence = parsed.text().sentences().get(0);
        String text = parsed.text().text().substring(sentence.start(), sentence.end());
        List<Rejection> refused = new ArrayList<>();
        List<FigureCandidate> read = new ArrayList<>(PARSER.parse(text, refused::add));
        read.addAll(NerFigures.missed(sentence, text, read, refused));
        int at = text.indexOf(number);
        String counted = read.stream().filter(f -> f.start() <= at && at < f.end()).map(FigureCandidate::unit)
                .filter(u -> u != null).findFirst().orElse("-");
        assertEquals(unit, counted, () -> text + ": " + read);
    }
}
