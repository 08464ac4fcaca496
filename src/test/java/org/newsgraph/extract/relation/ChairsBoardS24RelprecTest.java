package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

/**
 * Session 24 (s24-relprec): rule {@code chairs-board} falls back to the organisation the sentence is about only for a
 * board the sentence leaves unowned ("chairs the supervisory board"), not for a board it says is another's ("chairs
 * the board of a seed start-up", held-out s23-relprec B: the founder's new board read as the article's company), as
 * title-of-topic already refuses a title "at a small broker". The parses are the shapes CoreNLP gives.
 */
class ChairsBoardS24RelprecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Industries said Jane Marlow chairs the supervisory board"
                + " | Halvorsen/NNP Industries/NNPS said/VBD/say Jane/NNP Marlow/NNP chairs/VBZ/chair the/DT"
                + " supervisory/JJ board/NN/board"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 6;compound 5 4;nsubj 6 5;obj 6 9;det 9 7;amod 9 8"
                + " | jane-marlow roleAt halvorsen-industries",
        "Halvorsen Industries said Jane Marlow chairs the board of a charity"
                + " | Halvorsen/NNP Industries/NNPS said/VBD/say Jane/NNP Marlow/NNP chairs/VBZ/chair the/DT"
                + " board/NN/board of/IN a/DT charity/NN/charity"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 6;compound 5 4;nsubj 6 5;obj 6 8;det 8 7;nmod:of 8 11;"
                + "case 11 9;det 11 10"
                + " |",
        "Halvorsen Industries said Jane Marlow chairs a charity's board"
                + " | Halvorsen/NNP Industries/NNPS said/VBD/say Jane/NNP Marlow/NNP chairs/VBZ/chair a/DT"
                + " charity/NN/charity 's/POS board/NN/board"
                + " | root 0 3;compound 2 1;nsubj 3 2;ccomp 3 6;compound 5 4;nsubj 6 5;obj 6 10;det 8 7;"
                + "nmod:poss 10 8;case 8 9"
                + " |"})
    void aBoardTheSentenceSaysIsAnothersIsNotTheCompanys(String sentence, String words, String dependencies,
                                                          String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), BundledRuleReadS24Relprec.read(words,
                dependencies, "chairs-board", Map.of("Halvorsen Industries", EntityType.ORGANIZATION, "Jane Marlow",
                        EntityType.PERSON)).stream().map(r -> r.substring(0, r.lastIndexOf(' '))).toList(), sentence);
    }
}
