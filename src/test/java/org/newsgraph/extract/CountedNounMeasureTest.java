package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a count counts (step counted-noun): the counted noun with the words that say what the things are, without
 * those that say which ones or how many more ({@code count-which-words.txt}) or that stand before the
 * number. Sentences of MEANTIME's tuning half and the own gold, as CoreNLP parsed them (shortened where marked).
 */
class CountedNounMeasureTest {

    private static final String OPTIONS = "Aer/NNP/ORGANIZATION/Aer Lingus/NNP/ORGANIZATION/Lingus also/RB "
            + "have/VBP options/NNS/_/option of/IN six/CD/NUMBER more/JJR A350s/NNS/_/a350 to/TO exercise/VB by/IN "
            + "2018/CD/DATE ~./.";
    private static final String OPTIONS_PARSE = "root(ROOT, have) compound(Lingus, Aer) nsubj(have, Lingus) "
            + "advmod(have, also) obj(have, options) ccomp(have, exercise) punct(have, .) nmod:of(options, A350s) "
            + "case(A350s, of) nummod(A350s, six) amod(A350s, more) mark(exercise, to) obl:by(exercise, 2018) "
            + "case(2018, by)";
    /** Shortened: the apposition and the options after "Airbus" left out. */
    private static final String JETS = "Albion/NNP/ORGANIZATION/Albion Skyways/NNP/ORGANIZATION/Skyways "
            + "agreed/VBD/_/agree to/TO buy/VB 40/CD/NUMBER new/JJ jets/NNS/_/jet from/IN "
            + "Airbus/NNP/ORGANIZATION/Airbus ~./.";
    private static final String JETS_PARSE = "root(ROOT, agreed) compound(Skyways, Albion) nsubj(agreed, Skyways) "
            + "xcomp(agreed, buy) nsubj:xsubj(buy, Skyways) mark(buy, to) obj(buy, jets) obl:from(buy, Airbus) "
            + "case(Airbus, from) nummod(jets, 40) amod(jets, new) punct(agreed, .)";
    /** Shortened: "the same move made in Jobs' last two absences" as its own clause. */
    private static final String ABSENCES = "The/DT same/JJ move/NN was/VBD/_/be made/VBN/_/make in/IN "
            + "Jobs/NNP/_/Jobs ~'/POS last/JJ two/CD/NUMBER absences/NNS/_/absence ~./.";
    private static final String ABSENCES_PARSE = "root(ROOT, made) det(move, The) amod(move, same) "
            + "nsubj:pass(made, move) aux:pass(made, was) obl:in(made, absences) case(absences, in) "
            + "nmod:poss(absences, Jobs) case(Jobs, ') amod(absences, last) nummod(absences, two) punct(made, .)";
    private static final String WORKFORCE = "Actual/JJ Airbus/NNP/ORGANIZATION/Airbus employee/NN reduction/NN "
            + "would/MD be/VB about/RB 5,000/CD/NUMBER/5000 ~,/, or/CC 9/CD/PERCENT ~%/NN/PERCENT of/IN the/DT "
            + "total/JJ European/JJ/MISC/European work/NN force/NN of/IN 55,000/CD/NUMBER/55000 full/JJ ~-/HYPH "
            + "~time/NN Airbus/NNP/ORGANIZATION/Airbus employees/NNS/_/employee ~./.";
    private static final String WORKFORCE_PARSE = "root(ROOT, 5,000) amod(reduction, Actual) "
            + "compound(reduction, Airbus) compound(reduction, employee) nsubj(5,000, reduction) aux(5,000, would) "
            + "cop(5,000, be) advmod(5,000, about) punct(5,000, ,) conj:or(5,000, %) punct(5,000, .) cc(%, or) "
            + "nummod(%, 9) nmod:of(%, force) case(force, of) det(force, the) amod(force, total) "
            + "amod(force, European) compound(force, work) nmod:of(force, employees) case(employees, of#2) "
            + "nummod(employees, 55,000) compound(employees, time) compound(employees, Airbus#2) amod(time, full) "
            + "punct(time, -)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'more' says how many more, not what; a model code keeps its capital (MeasureCase) | A350s | "
                    + "six more A350s | " + OPTIONS + " | " + OPTIONS_PARSE,
            "'new' says which ones | jets | 40 new jets | " + JETS + " | " + JETS_PARSE,
            "a word before the number says which ones | absences | two absences | " + ABSENCES + " | "
                    + ABSENCES_PARSE,
            "words after the number that say what the things are stay | full-time employees | 55,000 full-time Airbus "
                    + "employees | " + WORKFORCE + " | " + WORKFORCE_PARSE})
    void countedNoun(String name, String measure, String figure, String tokens, String dependencies) {
        FigureContext.About about = HandParsedFigure.about(List.<String[]>of(new String[] {tokens, dependencies}),
                figure, FigureKind.COUNT, "thing");
        assertEquals(measure, HandParsedFigure.dash(about.measure().value()), "measure");
        assertEquals(FigureContext.COUNTED_NOUN, about.measure().step(), "step");
    }
}
