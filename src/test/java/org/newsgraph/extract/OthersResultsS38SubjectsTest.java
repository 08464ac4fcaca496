package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, session 38: figures the chain credited to the article's company (or to the wrong maker) although the
 * sentence says they are another's. A company's results said of a named product or line ("Sales of the Sentra line
 * reached $205 million": {@link NamedLines}) are the product's, proposed, or no one's when the line is untyped; a verb
 * whose subject is a name the entity step left untyped ("Vantor, a Spanish carmaker, reported a 12% increase") implies
 * no company; an object's "its" is its verb's subject's ("Acme's supplier, Haldor, said its Kestrel engine had
 * logged 1.2 million hours": the engine's, not Haldor's). Made-up sentences parsed by hand as CoreNLP parses them;
 * the rows "control" pass without the change too, the others fail without it.
 */
class OthersResultsS38SubjectsTest {

    private static final String[] COMPANY = {"Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION had/VBD/_/have a/DT "
            + "strong/JJ summer/NN ./.",
            "compound(Foods, Acme) nsubj(had, Foods) root(ROOT, had) obj(had, summer) det(summer, a) "
                    + "amod(summer, strong) punct(had, .)"};

    record Row(String name, String[] sentence, String figure, String subject, boolean asserted) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Row> rows() {
        return List.of(
                new Row("sales of a named line, untyped: empty",
                        new String[] {"Sales/NNS/_/sale of/IN the/DT Avena/NNP cereal/NN brand/NN rose/VBD/_/rise "
                                + "9/CD %/NN ./.",
                                "nsubj(rose, Sales) nmod:of(Sales, brand) case(brand, of) det(brand, the) "
                                        + "compound(brand, Avena) compound(brand, cereal) root(ROOT, rose) "
                                        + "obj(rose, %) nummod(%, 9) punct(rose, .)"},
                        "9 %", null, false),
                new Row("revenue from a line named by a product: the product, asserted (s39)",
                        new String[] {"Revenue/NN from/IN its/PRP$ Fizzle/NNP/PRODUCT soda/NN line/NN "
                                + "jumped/VBD/_/jump 21/CD %/NN ./.",
                                "nsubj(jumped, Revenue) nmod:from(Revenue, line) case(line, from) "
                                        + "nmod:poss(line, its) compound(line, Fizzle) compound(line, soda) "
                                        + "root(ROOT, jumped) obj(jumped, %) nummod(%, 21) punct(jumped, .)"},
                        "21 %", "fizzle", true),
                new Row("sales of a drug named beside its noun: empty",
                        new String[] {"Sales/NNS/_/sale of/IN its/PRP$ asthma/NN drug/NN Respira/NNP "
                                + "fell/VBD/_/fall 6/CD %/NN ./.",
                                "nsubj(fell, Sales) nmod:of(Sales, Respira) case(Respira, of) "
                                        + "nmod:poss(Respira, its) compound(Respira, asthma) compound(Respira, drug) "
                                        + "root(ROOT, fell) obj(fell, %) nummod(%, 6) punct(fell, .)"},
                        "6 %", null, false),
                new Row("an untyped name reports: no company implied",
                        new String[] {"Vantor/NNP ,/, a/DT Spanish/JJ carmaker/NN ,/, reported/VBD/_/report a/DT "
                                + "12/CD %/NN increase/NN in/IN deliveries/NNS ./.",
                                "nsubj(reported, Vantor) punct(Vantor, ,) appos(Vantor, carmaker) det(carmaker, a) "
                                        + "amod(carmaker, Spanish) root(ROOT, reported) obj(reported, increase) "
                                        + "det(increase, a) compound(increase, %) nummod(%, 12) "
                                        + "nmod:in(increase, deliveries) case(deliveries, in) punct(reported, .)"},
                        "12 %", null, false),
                new Row("an object's its is its verb's subject's: the engine, asserted (s39)",
                        new String[] {"Acme/NNP/ORGANIZATION 's/POS supplier/NN ,/, Haldor/NNP/ORGANIZATION ,/, "
                                + "said/VBD/_/say its/PRP$ "
                                + "Kestrel/NNP/PRODUCT engine/NN had/VBD logged/VBN/_/log 1.2/CD million/CD "
                                + "hours/NNS ./.",
                                "nmod:poss(supplier, Acme) case(Acme, 's) nsubj(said, supplier) punct(supplier, ,) "
                                        + "appos(supplier, Haldor) root(ROOT, said) nmod:poss(engine, its) "
                                        + "compound(engine, Kestrel) obj(said, engine) aux(logged, had) "
                                        + "dep(said, logged) obj(logged, hours) nummod(hours, million) "
                                        + "compound(million, 1.2) punct(said, .)"},
                        "1.2 million hours", "kestrel", true),
                new Row("control: sales of its garden furniture stay the company's, asserted (s39)",
                        new String[] {"Sales/NNS/_/sale of/IN its/PRP$ garden/NN furniture/NN rose/VBD/_/rise "
                                + "12/CD %/NN ./.",
                                "nsubj(rose, Sales) nmod:of(Sales, furniture) case(furniture, of) "
                                        + "nmod:poss(furniture, its) compound(furniture, garden) root(ROOT, rose) "
                                        + "obj(rose, %) nummod(%, 12) punct(rose, .)"},
                        "12 %", "acme-foods", true),
                new Row("control: net profit with no subject stays the company's, asserted (s39)",
                        new String[] {"Net/JJ profit/NN rose/VBD/_/rise 21/CD %/NN ./.",
                                "amod(profit, Net) nsubj(rose, profit) root(ROOT, rose) nummod(%, 21) "
                                        + "obj(rose, %) punct(rose, .)"},
                        "21 %", "acme-foods", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void anothersFigureIsNotTheCompanys(Row row) {
        FigureContext.About about = HandParsedFigure.about(List.of(COMPANY, row.sentence()), row.figure(),
                row.figure().endsWith("%") ? FigureKind.CHANGE : FigureKind.COUNT,
                row.figure().endsWith("%") ? "percent" : "hour");
        FigureContext.Found subject = about.subject();
        assertEquals(row.subject(), subject.value(), subject.key());
        assertEquals(row.asserted(), subject.sure(), subject.key());
        if (row.subject() == null || !row.subject().equals("acme-foods")) {
            assertFalse(subject.others().contains("acme-foods"), subject.key());
        }
    }
}
