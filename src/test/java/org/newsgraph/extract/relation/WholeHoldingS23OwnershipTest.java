package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;

/**
 * Session 23 (s23-ownership) on the parses CoreNLP 4.5.10 gives (copied from its output): a buyer that enters into an
 * agreement to acquire a company is its buyer ({@link SentenceGraph}; KPI-EDGAR train: Mastercard, Visa and Verizon
 * 10-Ks), and a buyer that takes the whole of a company or control of it ("100% equity interest", "the remaining
 * interests", "a majority interest") acquires it, while a minority share does not (rules {@code acquire-whole-holding}
 * and {@code acquired-whole-holding-owns}; KPI-EDGAR train: Mastercard, Comcast, Coca-Cola, Johnson &amp; Johnson).
 */
class WholeHoldingS23OwnershipTest {

    @ParameterizedTest(name = "{0} ({3})")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Industries entered into a definitive agreement to acquire Brindle Software for $5 billion"
                + " | Halvorsen/NNP Industries/NNPS entered/VBD/enter into/IN a/DT definitive/JJ agreement/NN to/TO"
                + " acquire/VB Brindle/NNP Software/NNP for/IN $/$ 5/CD billion/CD ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obl:into 3 7;punct 3 16;case 7 4;det 7 5;amod 7 6;acl:to 7 9;"
                + "mark 9 8;obj 9 11;advcl 9 12;compound 11 10;dep 12 13;nummod 13 15;compound 15 14"
                + " | acquire-verb | halvorsen-industries acquires brindle-software",
        "Halvorsen Industries acquired 100% equity interest in Brindle Software for $80 million"
                + " | Halvorsen/NNP Industries/NNPS acquired/VBD/acquire 100/CD %/NN equity/NN interest/NN in/IN"
                + " Brindle/NNP Software/NNP for/IN $/$ 80/CD million/CD ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;dep 3 11;punct 3 15;nummod 5 4;compound 7 5;compound 7 6;"
                + "nmod:in 7 10;case 10 8;compound 10 9;dep 11 12;nummod 12 14;compound 14 13"
                + " | acquire-whole-holding | halvorsen-industries acquires brindle-software",
        "Halvorsen Industries acquired 100% equity interest in Brindle Software for $80 million"
                + " | Halvorsen/NNP Industries/NNPS acquired/VBD/acquire 100/CD %/NN equity/NN interest/NN in/IN"
                + " Brindle/NNP Software/NNP for/IN $/$ 80/CD million/CD ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 7;dep 3 11;punct 3 15;nummod 5 4;compound 7 5;compound 7 6;"
                + "nmod:in 7 10;case 10 8;compound 10 9;dep 11 12;nummod 12 14;compound 14 13"
                + " | acquired-whole-holding-owns | brindle-software ownedBy halvorsen-industries",
        "Halvorsen Industries acquired the remaining interests in Brindle Software that it did not already own"
                + " | Halvorsen/NNP Industries/NNPS acquired/VBD/acquire the/DT remaining/VBG/remain"
                + " interests/NNS/interest in/IN Brindle/NNP Software/NNP that/IN it/PRP did/VBD/do not/RB"
                + " already/RB own/JJ ./."
                + " | root 0 3;compound 2 1;nsubj 3 2;obj 3 6;punct 3 16;det 6 4;amod 6 5;nmod:in 6 9;dep 6 15;"
                + "case 9 7;compound 9 8;mark 15 10;nsubj 15 11;aux 15 12;advmod 15 13;advmod 15 14"
                + " | acquire-whole-holding | halvorsen-industries acquires brindle-software"})
    void theBuyerOfTheWholeOrOfAnAgreedDealAcquires(String sentence, String words, String dependencies, String rule,
                                                   String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected),
                read(words, dependencies, rule, "Halvorsen Industries", "Brindle Software"), sentence);
    }

    /**
     * The relations the bundled rule of this id reads in one sentence whose organisations are these names, as "subject
     * predicate object" ({@link BundledRuleReadS24Relprec} without the confidence).
     */
    static List<String> read(String words, String dependencies, String rule, String... names) {
        Map<String, EntityType> organisations = new LinkedHashMap<>();
        for (String name : names) {
            organisations.put(name, EntityType.ORGANIZATION);
        }
        return BundledRuleReadS24Relprec.read(words, dependencies, rule, organisations).stream()
                .map(r -> r.substring(0, r.lastIndexOf(' '))).toList();
    }
}
