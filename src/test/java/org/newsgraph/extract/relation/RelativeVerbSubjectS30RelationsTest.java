package org.newsgraph.extract.relation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 30 (s30-relations, issue 13): "X, the Dundee jam maker that employs 240 people at its plant, has agreed to
 * buy Y from Z" (session 29's held-out set B, left unread). CoreNLP parses the apposition's relative clause as the
 * subject of the main verb ({@code nsubj(agreed, employs)}, {@code nsubj:xsubj(buy, employs)}) and hangs "agreed" on
 * "maker" as its relative clause, so the buyer was lost. {@code SentenceGraph} gives a verb whose nominal subject is
 * a finite verb after "that/which/who" the noun the pronoun stands for (or the name that noun is in apposition to) as
 * its agent. Parse as CoreNLP gave it (the words renamed). The acquire row fails without the repair; the seller row
 * read before it and still does; with no relative pronoun before the verb nothing is repaired (no buyer). The second
 * table is the other parse CoreNLP gives the shape (session 29's sentence itself, the words renamed): the relative verb
 * hangs from the name ({@code dep}) with "that" as its subject, and "agreed" hangs from it ({@code dep}) with none;
 * the main verb after the clause's comma gets the name as its agent ({@code repairMainVerbsAfterRelativeClauses}).
 */
class RelativeVerbSubjectS30RelationsTest {

    private static final String WORDS_AFTER = " employs/VBZ/employ 240/CD people/NNS at/IN its/PRP$ plant/NN ,/, has/VBZ/have agreed/VBN/agree to/TO buy/VB Brindle/NNP"
            + " Bakeries/NNPS from/IN Halvorsen/NNP Group/NNP ./.";

    private static final String WORDS_BEFORE = "Kinross/NNP Foods/NNPS ,/, the/DT Perth/NNP jam/NN maker/NN";

    private static final String DEPS_AFTER = "acl:relcl 7 17;dep 17 7;nsubj 17 9;punct 17 15;aux 17 16;xcomp 17 19;obj 9 11;"
            + "nsubj:xsubj 19 9;mark 19 18;obj 19 21;obl:from 19 24;nummod 11 10;nmod:at 11 14;case 14 12;"
            + "nmod:poss 14 13;compound 21 20;case 24 22;compound 24 23";

    private static final String DEPS_BEFORE = "root 0 2;compound 2 1;punct 2 3;appos 2 7;punct 2 25;det 7 4;"
            + "compound 7 5;compound 7 6;";

    private static final String THAT = "Kinross Foods, the Perth jam maker that employs 240 people at its plant, has agreed to"
            + " buy Brindle Bakeries from Halvorsen Group. | " + WORDS_BEFORE + " that/WDT" + WORDS_AFTER + " | " + DEPS_BEFORE
            + "ref 7 8;" + DEPS_AFTER;

    /** The same parse with a determiner where the pronoun was: no relative clause opens, so nothing is repaired. */
    private static final String NO_PRONOUN = "Kinross Foods, the Perth jam maker this employs ... | "
            + WORDS_BEFORE + " this/DT" + WORDS_AFTER + " | " + DEPS_BEFORE + "det 7 8;" + DEPS_AFTER;

    private static final String NAMES = "Kinross Foods=O;Brindle Bakeries=O;Halvorsen Group=O";

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        THAT + " | acquire-verb | " + NAMES + " | kinross-foods acquires brindle-bakeries 0.9",
        THAT + " | buy-from-pending-owns | " + NAMES + " | brindle-bakeries ownedBy halvorsen-group 0.7",
        NO_PRONOUN + " | acquire-verb | " + NAMES + " | ",
    })
    void theBuyerIsTheNameBeforeTheRelativeClause(String sentence, String words, String dependencies, String rule,
                                                  String names, String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }

    private static final String LOOSE_WORDS = "Kinross/NNP Foods/NNP ,/, the/DT Perth/NNP jam/NN and/CC marmalade/NN maker/NN";

    private static final String LOOSE_WORDS_AFTER = " employs/VBZ/employ 240/CD people/NNS at/IN its/PRP$ plant/NN ,/,"
            + " has/VBZ/have agreed/VBN/agree to/TO buy/VB Brindle/NNP Bakeries/NNPS from/IN Halvorsen/NNP Group/NNP ./.";

    private static final String LOOSE_DEPS = "root 0 2;compound 2 1;punct 2 3;appos 2 9;dep 2 11;punct 2 27;det 6 4;"
            + "compound 6 5;conj:and 6 8;compound 9 6;compound 9 8;cc 8 7;nsubj 11 10;obj 11 13;obl:at 11 16;punct 11 17;"
            + "dep 11 19;nummod 13 12;case 16 14;nmod:poss 16 15;aux 19 18;xcomp 19 21;mark 21 20;obj 21 23;"
            + "obl:from 21 26;compound 23 22;case 26 24;compound 26 25";

    private static final String LOOSE = "Kinross Foods, the Perth jam and marmalade maker that employs 240 people at its"
            + " plant, has agreed to buy Brindle Bakeries from Halvorsen Group. | " + LOOSE_WORDS + " that/WDT"
            + LOOSE_WORDS_AFTER + " | " + LOOSE_DEPS;

    /** A clause whose subject is no relative pronoun ("the maker she employs"): nothing is repaired. */
    private static final String LOOSE_NO_PRONOUN = "Kinross Foods, the Perth jam and marmalade maker she employs ... | "
            + LOOSE_WORDS + " she/PRP" + LOOSE_WORDS_AFTER + " | " + LOOSE_DEPS;

    /**
     * A word that is no auxiliary between the clause's comma and the verb ("..., it agreed"): a subject the parser left
     * loose (real text: "According to the Times, who first broke the news, an anonymous individual claimed"), so the
     * name is not lent.
     */
    private static final String LOOSE_SUBJECT_BETWEEN = "Kinross Foods, the Perth jam and marmalade maker that employs 240"
            + " people at its plant, it agreed ... | " + LOOSE_WORDS + " that/WDT"
            + " employs/VBZ/employ 240/CD people/NNS at/IN its/PRP$ plant/NN ,/, it/PRP agreed/VBN/agree to/TO buy/VB"
            + " Brindle/NNP Bakeries/NNPS from/IN Halvorsen/NNP Group/NNP ./. | " + LOOSE_DEPS;

    @ParameterizedTest(name = "{0} [{3}]")
    @CsvSource(delimiter = '|', value = {
        LOOSE_SUBJECT_BETWEEN + " | acquire-verb | " + NAMES + " | ",
        LOOSE + " | acquire-verb | " + NAMES + " | kinross-foods acquires brindle-bakeries 0.9",
        LOOSE_NO_PRONOUN + " | acquire-verb | " + NAMES + " | ",
    })
    void theMainVerbAfterALooseRelativeClauseIsTheName(String sentence, String words, String dependencies, String rule,
                                                       String names, String expected) {
        BundledRuleReadS24Relprec.assertReads(sentence, words, dependencies, rule, names, expected);
    }
}
