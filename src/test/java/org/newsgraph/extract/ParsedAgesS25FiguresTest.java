package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.figure.FigureParser;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/**
 * Ages the parse states where the words beside the number do not ({@link ParsedAges}, s25-figures): a bare number as
 * the predicate of "be" with a person as its subject, or an "At N," opening a sentence whose verb has a person as its
 * subject. No real text we hold writes an age so (MEANTIME tuning, KPI-EDGAR train, Recognizers-Text tuning: 0 such
 * sentences; their ages are "aged 55", "Barra, 51,", "at the age of 56", "29 years old", which the word rules read):
 * the rule is the general structure of the class, checked on made-up sentences in the shapes CoreNLP parses them
 * (the parses below are CoreNLP's for these sentences). "-" is no age.
 */
class ParsedAgesS25FiguresTest {

    private static final FigureParser PARSER = new FigureParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She is 34 and lives in Leeds | 34 | She/PRP is/VBZ/O/be 34/CD/NUMBER/_/34.0 and/CC lives/VBZ in/IN Leeds/NNP/CITY ./. | nsubj(34, She) cop(34, is) root(ROOT, 34) cc(lives, and) conj:and(34, lives) case(Leeds, in) obl:in(lives, Leeds) punct(34, .)
            He was 19 when he joined the club | 19 | He/PRP was/VBD/O/be 19/CD/NUMBER/_/19.0 when/WRB he/PRP joined/VBD the/DT club/NN ./. | nsubj(19, He) cop(19, was) root(ROOT, 19) advmod(joined, when) nsubj(joined, he) advcl(19, joined) det(club, the) obj(joined, club) punct(19, .)
            My daughter is 12 | 12 | My/PRP$ daughter/NN is/VBZ/O/be 12/CD/NUMBER/_/12.0 ./. | nmod:poss(daughter, My) nsubj(12, daughter) cop(12, is) root(ROOT, 12) punct(12, .)
            Mara Venn is now 61 | 61 | Mara/NNP/PERSON Venn/NNP/PERSON is/VBZ/O/be now/RB 61/CD/NUMBER/_/61.0 ./. | compound(Venn, Mara) nsubj(61, Venn) cop(61, is) advmod(61, now) root(ROOT, 61) punct(61, .)
            At 82, Harold Penn still runs the farm | 82 | At/IN 82/CD/NUMBER/_/82.0 ,/, Harold/NNP/PERSON Penn/NNP/PERSON still/RB runs/VBZ the/DT farm/NN ./. | case(82, At) obl:at(runs, 82) punct(runs, ,) compound(Penn, Harold) nsubj(runs, Penn) advmod(runs, still) root(ROOT, runs) det(farm, the) obj(runs, farm) punct(runs, .)
            The score is 34 after the third quarter | - | The/DT score/NN is/VBZ/O/be 34/CD/NUMBER/_/34.0 after/IN the/DT third/JJ/ORDINAL quarter/NN ./. | det(score, The) nsubj(34, score) cop(34, is) root(ROOT, 34) case(quarter, after) det(quarter, the) amod(quarter, third) obl:after(34, quarter) punct(34, .)
            They are 20 | - | They/PRP are/VBP/O/be 20/CD/NUMBER/_/20.0 ./. | nsubj(20, They) cop(20, are) root(ROOT, 20) punct(20, .)
            She was one of 12 finalists | - | She/PRP was/VBD/O/be one/CD/NUMBER/_/1.0 of/IN 12/CD/NUMBER/_/12.0 finalists/NNS ./. | nsubj(one, She) cop(one, was) root(ROOT, one) case(finalists, of) nummod(finalists, 12) nmod:of(one, finalists) punct(one, .)
            He is 3 up with two holes to play | - | He/PRP is/VBZ/O/be 3/CD/NUMBER/_/3.0 up/RB with/IN two/CD/NUMBER/_/2.0 holes/NNS to/TO play/VB ./. | nsubj(3, He) cop(3, is) root(ROOT, 3) advmod(3, up) case(holes, with) nummod(holes, two) obl:with(3, holes) mark(play, to) acl(holes, play) punct(3, .)
            At 82, the index was flat | - | At/IN 82/CD/NUMBER/_/82.0 ,/, the/DT index/NN was/VBD/O/be flat/JJ ./. | case(82, At) obl:at(flat, 82) punct(flat, ,) det(index, the) nsubj(flat, index) cop(flat, was) root(ROOT, flat) punct(flat, .)
            Inflation was 3 in May | - | Inflation/NN was/VBD/O/be 3/CD/NUMBER/_/3.0 in/IN May/NNP/DATE ./. | nsubj(3, Inflation) cop(3, was) root(ROOT, 3) case(May, in) obl:in(3, May) punct(3, .)
            """)
    void ageByTheParse(String name, String age, String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens, dependencies);
        AnnotatedText annotated = parsed.text();
        AnnotatedSentence sentence = annotated.sentences().get(0);
        String text = annotated.text().substring(sentence.start(), sentence.end());
        List<Rejection> refused = new ArrayList<>();
        List<FigureCandidate> found = PARSER.parse(text, refused::add);
        List<FigureCandidate> ages = ParsedAges.missed(sentence, text, found, refused);
        String read = ages.isEmpty() ? "-" : ages.stream().map(a -> text.substring(a.start(), a.end()) + " "
                + a.kind().label() + " " + a.value().toPlainString() + " " + a.unit()).collect(Collectors.joining("; "));
        assertEquals(age.equals("-") ? "-" : age + " duration " + age + " YR", read);
    }

    /** The age's measure is "age"; its subject is the person when the parse names one, never a company. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mara Venn is 1 | mara-venn | Mara/NNP/PERSON Venn/NNP/PERSON is/VBZ/O/be 1/CD/NUMBER/_/1.0 ./. | compound(Venn, Mara) nsubj(1, Venn) cop(1, is) root(ROOT, 1) punct(1, .)
            She is 1 | - | She/PRP is/VBZ/O/be 1/CD/NUMBER/_/1.0 ./. | nsubj(1, She) cop(1, is) root(ROOT, 1) punct(1, .)
            """)
    void measuredAsAnAge(String name, String subject, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                "1", FigureKind.DURATION, "YR");
        assertEquals("age", about.measure().value());
        assertEquals(subject, about.subject().value() == null ? "-" : about.subject().value());
    }
}
