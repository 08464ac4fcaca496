package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/**
 * The line item an amount is booked in, in filings ({@link BookedLineItems}, step {@code booked-in}), from hand-parsed
 * sentences shaped as CoreNLP parsed the KPI-EDGAR train sentences of the class (session 44); the sentences are made up.
 * News reads no such step: the same sentence read as news keeps the chain's answer.
 */
class BookedLineItemsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the amount is the subject of a booking verb with an 'in' | $ 30 million | filings | "
                    + "cost of products sold | booked-in | "
                    + "About/RB $/$ 30/CD million/CD was/VBD recorded/VBN/_/record in/IN cost/NN of/IN products/NNS sold/VBN ./. | "
                    + "root(ROOT, recorded) advmod($, About) nsubj:pass(recorded, $) aux:pass(recorded, was) "
                    + "nummod($, million) compound(million, 30) obl:in(recorded, cost) case(cost, in) "
                    + "nmod:of(cost, products) case(products, of) amod(cost, sold) punct(recorded, .)",
            "a list's later amount is booked where its first is, a coordinated item named whole | $ 10 million | filings | "
                    + "research and development | booked-in | "
                    + "$/$ 16/CD million/CD in/IN 2021/CD/DATE ,/, $/$ 10/CD million/CD in/IN 2020/CD/DATE are/VBP "
                    + "recorded/VBN/_/record in/IN research/NN and/CC development/NN ./. | "
                    + "root(ROOT, recorded) nsubj(recorded, $) nummod($, million) compound(million, 16) "
                    + "nmod:in($, 2021) case(2021, in) punct($, ,) appos($, $#2) nummod($#2, million#2) "
                    + "compound(million#2, 10) nmod:in($#2, 2020) case(2020, in#2) aux:pass(recorded, are) "
                    + "obl:in(recorded, research) case(research, in#3) conj:and(research, development) "
                    + "cc(development, and) punct(recorded, .)",
            "a participle on the amount books it as the item | $ 114 million | filings | current liability | booked-in | "
                    + "The/DT balance/NN includes/VBZ/_/include $/$ 114/CD million/CD recorded/VBN/_/record as/IN a/DT current/JJ "
                    + "liability/NN ./. | "
                    + "root(ROOT, includes) det(balance, The) nsubj(includes, balance) obj(includes, $) "
                    + "nummod($, million) compound(million, 114) amod($, recorded) nmod:as($, liability) "
                    + "case(liability, as) det(liability, a) amod(liability, current) punct(includes, .)",
            "a line item written with commas is no measure's words: the chain's | $ 92 million | filings | - | - | "
                    + "About/RB $/$ 92/CD million/CD was/VBD recorded/VBN/_/record in/IN selling/NN ,/, general/JJ and/CC "
                    + "administrative/JJ expense/NN ./. | "
                    + "root(ROOT, recorded) advmod($, About) nsubj:pass(recorded, $) aux:pass(recorded, was) "
                    + "nummod($, million) compound(million, 92) obl:in(recorded, selling) case(selling, in) "
                    + "punct(selling, ,) amod(selling, general) conj:and(selling, expense) cc(expense, and) "
                    + "amod(expense, administrative) obl:in(recorded, expense) punct(recorded, .)",
            "a time is no line item | $ 40 million | filings | - | - | "
                    + "About/RB $/$ 40/CD million/CD was/VBD recorded/VBN/_/record in/IN the/DT fourth/JJ/DATE quarter/NN/DATE ./. | "
                    + "root(ROOT, recorded) advmod($, About) nsubj:pass(recorded, $) aux:pass(recorded, was) "
                    + "nummod($, million) compound(million, 40) obl:in(recorded, quarter) case(quarter, in) "
                    + "det(quarter, the) amod(quarter, fourth) punct(recorded, .)",
            "the amount of a noun's 'of' clause is that noun's | $ 940 | filings | - | - | "
                    + "The/DT net/JJ purchase/NN price/NN of/IN $/$ 940/CD was/VBD recorded/VBN/_/record as/IN goodwill/NN ./. | "
                    + "root(ROOT, price) det(price, The) amod(price, net) compound(price, purchase) "
                    + "acl:of(price, recorded) mark(recorded, of) nsubj:pass(recorded, $) nummod($, 940) "
                    + "aux:pass(recorded, was) obl:as(recorded, goodwill) case(goodwill, as) punct(price, .)",
            "news reads no booked line item | $ 30 million | news | - | - | "
                    + "About/RB $/$ 30/CD million/CD was/VBD recorded/VBN/_/record in/IN cost/NN of/IN products/NNS sold/VBN ./. | "
                    + "root(ROOT, recorded) advmod($, About) nsubj:pass(recorded, $) aux:pass(recorded, was) "
                    + "nummod($, million) compound(million, 30) obl:in(recorded, cost) case(cost, in) "
                    + "nmod:of(cost, products) case(products, of) amod(cost, sold) punct(recorded, .)"})
    void measures(String name, String figure, String genre, String measure, String step, String tokens,
                  String dependencies) {
        ParsedText parsed = new ParsedText();
        parsed.sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        AnnotatedSentence sentence = text.sentences().get(0);
        // the figure as the last amount of its words in the sentence: "$ 10 million" after "$ 16 million"
        int start = text.text().lastIndexOf(figure);
        FigureCandidate candidate = new FigureCandidate(0, figure.length(), FigureKind.AMOUNT, BigDecimal.ONE, null,
                null, "USD", null, null, null, null, null, null);
        Map<String, Entity> byId = new LinkedHashMap<>();
        parsed.entities().forEach(e -> byId.put(e.id(), e));
        FigureContext context = new FigureContext(new DocumentContext(text, parsed.entities()), byId,
                SubjectCases.bundled(), genre.equals("filings") ? LearnedMeasures.bundled() : LearnedMeasures.none());
        FigureContext.Found found = context.about(sentence, start, start + figure.length(), candidate).measure();
        boolean booked = BookedLineItems.STEP.equals(found.step());
        assertEquals(measure, booked ? found.value() : "-", "measure");
        assertEquals(step, booked ? found.step() : "-", "step");
    }
}
