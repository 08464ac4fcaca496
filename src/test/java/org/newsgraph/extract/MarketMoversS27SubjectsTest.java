package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, session 27: a market move's own mover is asserted as the figure's subject when the measure says what moved
 * and the syntax's answer is that mover ({@code FigureContext.moverOfItsOwnMove}): an index's level or move
 * answered with an organisation the article names as an index ("It went up by 0.16% (16.03 points)" after a sentence
 * about the FTSE 100, MEANTIME tuning), a company's stock move answered with an organisation ("Its shares rose 3%").
 * Before, such answers through a resolved "it" or "its" were only proposed. One text a row, sentences separated by
 * "##", parsed by hand as CoreNLP parses them; a row "control" passes without the change too.
 */
class MarketMoversS27SubjectsTest {

    private static final String INDEX = "The/DT FTSE/NNP/ORGANIZATION 100/CD/ORGANIZATION index/NN fell/VBD/_/fall "
            + "2/CD %/NN on/IN Monday/NNP ./.";
    private static final String INDEX_PARSE = "det(index, The) compound(index, FTSE) nummod(FTSE, 100) "
            + "nsubj(fell, index) root(ROOT, fell) nummod(%, 2) obj(fell, %) case(Monday, on) obl:on(fell, Monday) "
            + "punct(fell, .)";
    private static final String IT_ROSE = "It/PRP rose/VBD/_/rise 48/CD points/NNS/_/point on/IN Tuesday/NNP ./.";
    private static final String IT_ROSE_PARSE = "nsubj(rose, It) root(ROOT, rose) nummod(points, 48) obj(rose, points) "
            + "case(Tuesday, on) obl:on(rose, Tuesday) punct(rose, .)";
    private static final String COMPANY = "Acme/NNP/ORGANIZATION Travel/NNP/ORGANIZATION cut/VBD/_/cut its/PRP$ "
            + "forecast/NN on/IN Monday/NNP ./.";
    private static final String COMPANY_PARSE = "compound(Travel, Acme) nsubj(cut, Travel) root(ROOT, cut) "
            + "nmod:poss(forecast, its) obj(cut, forecast) case(Monday, on) obl:on(cut, Monday) punct(cut, .)";
    private static final String ITS_SHARES = "Its/PRP$ shares/NNS/_/share fell/VBD/_/fall 9/CD %/NN ./.";
    private static final String ITS_SHARES_PARSE = "nmod:poss(shares, Its) nsubj(fell, shares) root(ROOT, fell) "
            + "nummod(%, 9) obj(fell, %) punct(fell, .)";
    /** Control: shares nobody is named for; the article's company is only proposed (implicit). */
    private static final String SHARES = "Shares/NNS/_/share fell/VBD/_/fall 9/CD %/NN ./.";
    private static final String SHARES_PARSE = "nsubj(fell, Shares) root(ROOT, fell) nummod(%, 9) obj(fell, %) "
            + "punct(fell, .)";
    /** Control: a company moved in points nowhere named an index keeps what it had. */
    private static final String PROFIT = "Acme/NNP/ORGANIZATION Travel/NNP/ORGANIZATION said/VBD/_/say "
            + "profit/NN rose/VBD/_/rise 9/CD %/NN ./.";
    private static final String PROFIT_PARSE = "compound(Travel, Acme) nsubj(said, Travel) root(ROOT, said) "
            + "nsubj(rose, profit) ccomp(said, rose) nummod(%, 9) obj(rose, %) punct(said, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an index's move in points, its 'it' resolved to the index | 48 points | CHANGE | point | ftse-100 | "
                    + "true | " + INDEX + " ## " + IT_ROSE + " | " + INDEX_PARSE + " ## " + IT_ROSE_PARSE,
            "a company's shares through 'its' | 9 % | CHANGE | percent | acme-travel | true | " + COMPANY + " ## "
                    + ITS_SHARES + " | " + COMPANY_PARSE + " ## " + ITS_SHARES_PARSE,
            "control: shares of nobody named stay a proposal | 9 % | CHANGE | percent | acme-travel | false | "
                    + COMPANY + " ## " + SHARES + " | " + COMPANY_PARSE + " ## " + SHARES_PARSE,
            "control: a profit move said by the company is no market move | 9 % | CHANGE | percent | acme-travel | "
                    + "false | " + COMPANY + " ## " + PROFIT + " | " + COMPANY_PARSE + " ## " + PROFIT_PARSE})
    void theMoverIsAsserted(String name, String figure, String kind, String unit, String subject, boolean sure,
                            String tokens, String dependencies) {
        String[] texts = tokens.split(" ## ");
        String[] graphs = dependencies.split(" ## ");
        List<String[]> sentences = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            sentences.add(new String[] {texts[i].strip(), graphs[i].strip()});
        }
        FigureContext.About about = HandParsedFigure.about(sentences, figure, FigureKind.valueOf(kind), unit);
        String key = about.subject().key();
        assertEquals(subject, HandParsedFigure.dash(about.subject().value() != null ? about.subject().value()
                : null), "subject (" + key + ", measure " + about.measure().value() + ")");
        assertEquals(sure, about.subject().sure(), "asserted (" + key + ", measure " + about.measure().value() + ")");
    }
}
