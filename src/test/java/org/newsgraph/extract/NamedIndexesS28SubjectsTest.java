package org.newsgraph.extract;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, session 28: an index noun named by its index ("Germany's DAX index lost 1.4%", "the FTSE 100 index closed
 * 54 points higher") is the index moving, not an actor the name modifies ({@code FigureContext.namedIndex}); before,
 * a move verb that is also a verb of acting ("lose", "close") refused the name as {@code acting-modifier}, so the index
 * was only proposed. Now the answer is the index's own move ({@code index-move}) and asserts. And an index's level or
 * move is never a place's ({@code FigureContext.notAPlaceOfAnIndex}): "Japan's benchmark index lost 1.2%" gives no
 * subject rather than Japan (proposed before). One sentence a row,
 * parsed by hand as CoreNLP parses it; a row "control" passes without the change too.
 */
class NamedIndexesS28SubjectsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a country's index lost | 1.4 % | CHANGE | percent | dax | true | index-move | Germany/NNP/LOCATION "
                    + "'s/POS DAX/NNP/ORGANIZATION index/NN lost/VBD/_/lose 1.4/CD %/NN on/IN Tuesday/NNP ./. | "
                    + "nmod:poss(index, Germany) case(Germany, 's) compound(index, DAX) nsubj(lost, index) "
                    + "root(ROOT, lost) nummod(%, 1.4) obj(lost, %) case(Tuesday, on) obl:on(lost, Tuesday) "
                    + "punct(lost, .)",
            "an index closed higher | 54 points | CHANGE | point | ftse-100 | true | index-move | The/DT "
                    + "FTSE/NNP/ORGANIZATION 100/CD/ORGANIZATION index/NN closed/VBD/_/close 54/CD "
                    + "points/NNS/_/point higher/RBR ./. | det(index, The) compound(index, FTSE) nummod(FTSE, 100) "
                    + "nsubj(closed, index) root(ROOT, closed) nummod(points, 54) obl:npmod(higher, points) "
                    + "advmod(closed, higher) punct(closed, .)",
            "a country's unnamed index: no subject, not the country | 1.2 % | CHANGE | percent | - | false | - | "
                    + "Japan/NNP/LOCATION 's/POS benchmark/NN index/NN lost/VBD/_/lose 1.2/CD %/NN ./. | "
                    + "nmod:poss(index, Japan) case(Japan, 's) compound(index, benchmark) nsubj(lost, index) "
                    + "root(ROOT, lost) nummod(%, 1.2) obj(lost, %) punct(lost, .)",
            "control: a country's own economy keeps the country | 0.7 % | CHANGE | percent | spain | false | place | "
                    + "Spain/NNP/LOCATION 's/POS economy/NN grew/VBD/_/grow 0.7/CD %/NN ./. | "
                    + "nmod:poss(economy, Spain) case(Spain, 's) nsubj(grew, economy) root(ROOT, grew) "
                    + "nummod(%, 0.7) obj(grew, %) punct(grew, .)",
            "control: a client's spending is not its supplier's | 5 million dollars | AMOUNT | USD | acme | false | acting-modifier "
                    + "| The/DT Acme/NNP/ORGANIZATION client/NN spent/VBD/_/spend 5/CD million/CD dollars/NNS/_/dollar "
                    + "./. | det(client, The) compound(client, Acme) nsubj(spent, client) root(ROOT, spent) "
                    + "nummod(dollars, million) compound(million, 5) obj(spent, dollars) punct(spent, .)"})
    void theIndexNamingItsNounIsTheMover(String name, String figure, String kind, String unit, String subject,
                                         boolean sure, String detail, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens.strip(),
                dependencies.strip()}), figure, FigureKind.valueOf(kind), unit);
        HandParsedFigure.assertSubject(about, subject, sure, detail);
    }
}
