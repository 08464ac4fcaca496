package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.SubjectCases;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.Token;

/**
 * Who a figure is about in made-up sentences naming several organisations and people ({@code figure/subjects.tsv}),
 * through the whole extractor with the real CoreNLP parse. Each row names a figure by its words and the subject a
 * reader would give (or none). A row is right when the answer given, asserted or proposed, is that subject and nothing
 * else is asserted. Rows without a known-failure reason must be right; the share of figures given a wrong asserted
 * subject must stay at most {@link #WRONG_ASSERTED}; and the rows right must not fall below {@link #FLOOR}. The test
 * prints what the MEANTIME evaluation prints for the gold (asserted right, right with candidates, wrong asserted) and
 * each group of cases of {@code subject-case-groups.tsv} right/checked here: evidence from text the chain was not
 * written on; the groups {@code subject-phrasing-evidence.tsv} lists must hold the counts measured here (one figure per
 * row, so a row is a sentence).
 */
class SubjectPhrasingsIT {

    private static final String TABLE = "/org/newsgraph/extract/figure/subjects.tsv";
    /** Written in session 14 before its code changes and not tuned on: reported before -> after, a guard since. */
    private static final String HELD_OUT = "/org/newsgraph/extract/figure/subjects-heldout.tsv";
    /** Written in session 15 before its code changes and not tuned on: reported before -> after, a guard since. */
    private static final String HELD_OUT_S15 = "/org/newsgraph/extract/figure/subjects-heldout-s15.tsv";
    /**
     * Written in session 16 before its code changes and not tuned on: reported before -> after, a guard since. Its
     * fifth column says whether a reader is sure enough that the subject should be asserted.
     */
    private static final String HELD_OUT_S16 = "/org/newsgraph/extract/figure/subjects-heldout-s16.tsv";
    /**
     * Written in session 17 (task subject) before its code changes and not tuned on: reported before -> after, a guard
     * since. Its fifth column says, as session 16's, whether a reader would assert the subject.
     */
    private static final String HELD_OUT_S17 = "/org/newsgraph/extract/figure/subjects-heldout-s17-subject.tsv";
    /**
     * Session 18 (s18-subject): two made-up sets written before its code changes and before any extractor ran on them;
     * A was looked at while working, B held out (scored before and after only). Fifth column as session 16's.
     */
    private static final String HELD_OUT_S18_A = "/eval/probes-s18-subject/A.txt";
    private static final String HELD_OUT_S18_B = "/eval/probes-s18-subject/B.txt";
    /**
     * Session 19 (s19-subject): a made-up set written before its code changes and before any extractor ran on it,
     * held out (scored before and after only). Fifth column as session 16's.
     */
    private static final String HELD_OUT_S19_B = "/eval/probes-s19-subject/B.txt";
    /**
     * Session 20 (s20-subject): a made-up set written before its code changes and before any extractor ran on it,
     * held out (scored before and after only). Fifth column as session 16's.
     */
    private static final String HELD_OUT_S20_B = "/eval/probes-s20-subject/B.txt";
    /**
     * Session 28 (s28-subjects): a made-up set A of an index's own moves (a country's possessive, a name modifier, a
     * pronoun, a relative clause), a country's national figures and a person's own figures, written before the
     * session's code changes and before any extractor ran on it; looked at while working. Fifth column as session 16's.
     */
    private static final String HELD_OUT_S28_A = "/eval/probes-s28-subjects/A.txt";
    /** Session 29's set A (s29-subjects): a person's age and tenure, with controls; looked at while working. */
    private static final String HELD_OUT_S29_A = "/eval/probes-s29-subjects/A.txt";
    /**
     * Session 30's set A (s30-subjects): the world's major indices named without their noun, "died aged N", "spent N
     * years at"; looked at while working.
     */
    private static final String HELD_OUT_S30_A = "/eval/probes-s30-subjects/A.txt";
    private static final LocalDate DATE = LocalDate.of(2026, 5, 14);
    /**
     * Rows right today (108 of 123: session 13's 89 of 99, session 14's 18 of 24; one of session 13's became a known
     * failure at session 14's merge, when Anna Lind became a person; session 15 read "the city" as the place named
     * before it); raise it when one is fixed. Session 17 (s17-subject) added 60 rows of "the company", "the group",
     * "the bank" ... in a sentence after one naming the organisation (57 right), and 17 of a person's own figures in a
     * race, a match or an election or of a person acting for a company (10 right; 178 of 200 in all).
     * Session 30 (s30-subjects): 187 of 209 right, wrong asserted 3 -> 0 (185 on main 8881bb0c): "Wall Street's S&P 500
     * index lost 38 points" and "The Hang Seng slumped 2.3%. It has now lost 9%" now pass (the index names of
     * stock-indices.tsv); floor raised to 187.
     * Session 36 (s36-subjects): six rows of a definite product noun after a sentence naming the product ("The car can
     * travel 520 km" after "Veltra Motors unveiled the Veltra K7"), five of which fail on main aef4fad4 (no answer) and
     * propose the product now (product/previous), and an indefinite "A plane carrying 60 passengers" (none, as on
     * main): 193 of 215; floor raised to 193.
     */
    private static final int FLOOR = 193;
    /** Rows of the held-out table right: 38 of 44 on main's code (86078e2), before session 14 changed any. */
    private static final int HELD_OUT_FLOOR = 38;
    /**
     * Rows of session 15's held-out table right: 36 of 43 on main's code (c753d26), before session 15 changed any; 37
     * after it read "the country" as the place named before it.
     */
    private static final int HELD_OUT_S15_FLOOR = 37;
    /**
     * Rows of session 16's held-out table right: 40 of 44 on main's code (d3e0e67d), before session 16 changed any
     * (44 figures: asserted right 23, with candidates 40, wrong asserted 0; of the 26 rows a reader would assert, 12
     * asserted right; 4 rows to propose given a right assertion).
     */
    private static final int HELD_OUT_S16_FLOOR = 40;
    /**
     * Rows of session 17's held-out table right: 35 of 45 on main's code (5854b68e), before session 17 changed any (45
     * figures: asserted right 28, with candidates 35, wrong asserted 0; of the 29 rows a reader would assert, 17
     * asserted right; 4 rows to propose or leave empty given a right assertion).
     */
    private static final int HELD_OUT_S17_FLOOR = 35;
    /**
     * Rows of session 18's set A right: 34 of 40 on main's code (987ebe5c), before session 18 changed any (asserted right
     * 22, with candidates 34, wrong asserted 0); 35 after it (asserted right 24): "sales at its snacks unit, Oakridge
     * Snacks" and "a spokeswoman for Elmstead Water said the utility" (speaker-organisation, near-sole).
     */
    private static final int HELD_OUT_S18_A_FLOOR = 35;
    /**
     * Rows of session 18's set B (held out) right: 36 of 40 on main's code (987ebe5c) and the same 36 after session 18's
     * changes (asserted right 21, with candidates 36, wrong asserted 1: a name cut short, "Kingsway" for Kingsway Bus).
     */
    private static final int HELD_OUT_S18_B_FLOOR = 36;
    /**
     * Rows of session 19's set B (held out) right: 22 of 30 on main's code (1f723fe9), before session 19 changed any,
     * and the same 22, row by row, after session 19's changes (asserted right 8, with candidates 22, wrong asserted 1:
     * a backer in a fronted "Backed by ..." clause asserted for the builder's flats). After session 20: the same 22
     * (asserted right 9, wrong asserted 0: the backer only proposed, "a 7% jump in shares of X" asserted).
     */
    private static final int HELD_OUT_S19_B_FLOOR = 22;
    /**
     * Rows of session 20's set B (held out) right: 23 of 30 on main's code (b918bd0d), before session 20 changed any
     * (asserted right 16, with candidates 23, wrong asserted 1: a fronted backer's name parsed as the subject); 24 after
     * session 20's changes (asserted right 16, with candidates 24, wrong asserted 0).
     */
    private static final int HELD_OUT_S20_B_FLOOR = 24;
    /**
     * Rows of session 28's set A right: 13 of 19 on main's code (4e660bbd), before session 28 changed any (asserted right
     * 7, with candidates 13, wrong asserted 2); 14 of 19 after "Britain" was relabelled "United Kingdom" (the name the
     * extractor gives it) and after session 28's changes (asserted right 9: "Germany's DAX index lost 1.4%", "the FTSE
     * 100 index closed 54 points higher" now asserted); the twentieth row, moved from figure/subjects.tsv, fails.
     * Session 30 (s30-subjects): 18 of 20 (asserted right 13, with candidates 18, wrong asserted 1): the world's major
     * indices are organisations wherever named (stock-indices.tsv), so the two "S&P/ASX 200" rows get the whole name and
     * the rows whose index the NER did not mark get it.
     */
    private static final int HELD_OUT_S28_A_FLOOR = 18;
    /**
     * Figures of session 28's set A given a wrong asserted subject, at most: the two rows of "S&P/ASX 200", whose name
     * the entity reader cuts at "S&P/ASX" (the index is the right one, its name is not whole; an entity reader's
     * matter, not the subject chain's), 2 of 18 figures on main's code and after session 28's changes; and the row
     * moved from figure/subjects.tsv, a misparse whose climb asserts a company for an index's move (deep-main).
     * Session 30: 1 (the two "S&P/ASX 200" rows now right; the misparse's row is the one left).
     */
    private static final int HELD_OUT_S28_A_WRONG = 1;
    /**
     * Rows of session 29's set A right: 2 of 13 on main's code (39291614), before session 29 changed any (the two
     * organisation controls; every person's age and tenure empty or proposed for a company); 12 after it (a person's
     * own age or tenure is the person's: FigureContext.personalTime). The row that fails is a misparse (the main verb
     * hung on the relative clause by a bare dep, no subject to read).
     */
    private static final int HELD_OUT_S29_A_FLOOR = 12;
    /**
     * Rows of session 30's set A right: 13 of 13 after the session's changes (asserted right 13, wrong 0); not run on
     * main's code. Three moves are read as a stock's price (Sensex, Kospi, IBEX 35: no index noun, no points), whose
     * subject is right: MarketMoves tells an index by its phrase, never by its name.
     */
    private static final int HELD_OUT_S30_A_FLOOR = 13;
    /** At most this share of the table's figures may be given a wrong asserted subject (issue 12's target). */
    private static final double WRONG_ASSERTED = 0.05;

    @TestFactory
    Stream<DynamicTest> everyFigureIsAboutWhomAReaderWouldSay() {
        return table(TABLE, FLOOR, true);
    }

    /** The held-out table: its groups are printed but are not the evidence subject-phrasing-evidence.tsv holds. */
    @TestFactory
    Stream<DynamicTest> heldOutFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT, HELD_OUT_FLOOR, false);
    }

    /** Session 15's held-out table, read like session 14's. */
    @TestFactory
    Stream<DynamicTest> sessionFifteenHeldOutFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S15, HELD_OUT_S15_FLOOR, false);
    }

    /** Session 16's held-out table, which also says which subjects a reader would assert. */
    @TestFactory
    Stream<DynamicTest> sessionSixteenHeldOutFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S16, HELD_OUT_S16_FLOOR, false);
    }

    /** Session 17's held-out table, read like session 16's (with what a reader would assert). */
    @TestFactory
    Stream<DynamicTest> sessionSeventeenHeldOutFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S17, HELD_OUT_S17_FLOOR, false);
    }

    /** Session 18's set A (looked at while working), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionEighteenSetAFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S18_A, HELD_OUT_S18_A_FLOOR, false);
    }

    /** Session 18's set B (held out: scored before and after the session's changes only), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionEighteenSetBFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S18_B, HELD_OUT_S18_B_FLOOR, false);
    }

    /** Session 19's set B (held out: scored before and after the session's changes only), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionNineteenSetBFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S19_B, HELD_OUT_S19_B_FLOOR, false);
    }

    /** Session 20's set B (held out: scored before and after the session's changes only), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionTwentySetBFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S20_B, HELD_OUT_S20_B_FLOOR, false);
    }

    /** Session 28's set A (looked at while working), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionTwentyEightSetAFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S28_A, HELD_OUT_S28_A_FLOOR, false, HELD_OUT_S28_A_WRONG);
    }

    /** Session 29's set A (looked at while working), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionTwentyNineSetAFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S29_A, HELD_OUT_S29_A_FLOOR, false);
    }

    /** Session 30's set A (looked at while working), read like session 16's. */
    @TestFactory
    Stream<DynamicTest> sessionThirtySetAFiguresAreAboutWhomAReaderWouldSay() {
        return table(HELD_OUT_S30_A, HELD_OUT_S30_A_FLOOR, false);
    }

    private static Stream<DynamicTest> table(String table, int floor, boolean evidence) {
        return table(table, floor, evidence, -1);
    }

    /**
     * A table whose figures given a wrong asserted subject are held to at most {@code wrong} (a count measured and
     * explained), or, when {@code wrong} is negative, to at most {@link #WRONG_ASSERTED} of its figures.
     */
    private static Stream<DynamicTest> table(String table, int floor, boolean evidence, int wrong) {
        Extractor extractor = new Extractor(NlpPipeline::shared, Gazetteer.bundled(), RuleFile.bundled());
        SubjectCases cases = SubjectCases.bundled();
        List<Row> rows = Row.read(table);
        String name = table.substring(table.lastIndexOf('/') + 1);
        int[] totals = new int[4]; // figures, asserted right, right with candidates, wrong asserted
        int[] rightRows = new int[1];
        int[] sure = new int[3]; // rows a reader would assert, of them asserted right, others given an assertion
        Map<String, int[]> groups = new TreeMap<>();
        List<String> fixedKnown = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            tests.add(DynamicTest.dynamicTest(name + " line " + row.line() + ": " + row.text(), () -> {
                Extraction extraction = extractor.extract("subject", row.text(), DATE);
                List<String> problems = new ArrayList<>();
                Answer answer = Answer.of(extraction, row.text(), row.words(), cases);
                if (answer == null) {
                    problems.add("'" + row.words() + "' not found");
                } else {
                    boolean asserted = answer.asserted() != null;
                    boolean assertedRight = Objects.equals(answer.asserted(), row.subject());
                    boolean right = Objects.equals(answer.given(), row.subject());
                    totals[0]++;
                    totals[1] += assertedRight && asserted || row.subject() == null && !asserted ? 1 : 0;
                    totals[2] += right ? 1 : 0;
                    totals[3] += asserted && !assertedRight ? 1 : 0;
                    if ("assert".equals(row.expected())) {
                        sure[0]++;
                        sure[1] += asserted && assertedRight ? 1 : 0;
                    } else if (row.expected() != null && asserted) {
                        sure[2]++;
                    }
                    if (answer.group() != null) {
                        int[] tally = groups.computeIfAbsent(answer.group(), g -> new int[2]);
                        tally[0] += right ? 1 : 0;
                        tally[1]++;
                    }
                    System.out.printf("[subject, %s line %d] '%s' want %s, given %s%s (%s, group %s)%n", name,
                            row.line(), row.words(), row.subject(), answer.given(), asserted ? " asserted" : "",
                            answer.key(), answer.group());
                    if (!right || asserted && !assertedRight) {
                        problems.add("'" + row.words() + "': want " + row.subject() + ", given "
                                + answer.given() + (asserted ? " (asserted)" : "") + " by " + answer.key());
                    }
                }
                if (problems.isEmpty()) {
                    rightRows[0]++;
                } else {
                    System.out.println("[parse, " + name + " line " + row.line() + "] " + parse(row.text()));
                }
                if (row.known() != null) {
                    if (problems.isEmpty()) {
                        fixedKnown.add("line " + row.line());
                    }
                    System.out.println("[known failure, " + name + " line " + row.line() + "] " + row.known() + ": "
                            + problems);
                    return;
                }
                assertTrue(problems.isEmpty(), "line " + row.line() + " '" + row.text() + "': " + problems);
            }));
        }
        tests.add(DynamicTest.dynamicTest("right rows >= " + floor + ", wrong asserted <= "
                + (wrong < 0 ? String.valueOf(WRONG_ASSERTED) : wrong + " figures"), () -> {
            StringBuilder summary = new StringBuilder(String.format(name + ": %d of %d rows right; "
                            + "%d figures: asserted right %.3f (%d), with candidates %.3f (%d), "
                            + "wrong asserted %.3f (%d)%n",
                    rightRows[0], rows.size(), totals[0], share(totals[1], totals[0]), totals[1],
                    share(totals[2], totals[0]), totals[2], share(totals[3], totals[0]), totals[3]));
            if (sure[0] > 0) {
                summary.append(String.format("  rows a reader would assert: %d, asserted right %d; rows to propose "
                        + "or leave empty given an assertion: %d%n", sure[0], sure[1], sure[2]));
            }
            groups.forEach((group, t) -> summary.append(String.format("  group %-30s %3d/%d%n", group, t[0], t[1])));
            if (!fixedKnown.isEmpty()) {
                summary.append("  known failures that now pass (drop their reason): ").append(fixedKnown).append('\n');
            }
            System.out.print(summary);
            List<String> stale = new ArrayList<>();
            cases.groups().keySet().stream().filter(group -> evidence).forEach(group -> {
                SubjectCases.Confirmation confirmation = cases.confirmation(group);
                int[] t = groups.getOrDefault(group, new int[2]);
                if (confirmation != null && (confirmation.madeUp().right() != t[0]
                        || confirmation.madeUp().checked() != t[1])) {
                    stale.add(group + " " + confirmation.madeUp() + " in the table, " + t[0] + "/" + t[1] + " here");
                }
            });
            assertTrue(stale.isEmpty(), "subject-phrasing-evidence.tsv does not hold these counts: " + stale);
            assertTrue(rightRows[0] >= floor, summary.toString());
            assertTrue(wrong < 0 ? totals[3] <= WRONG_ASSERTED * totals[0] : totals[3] <= wrong, summary.toString());
        }));
        return tests.stream();
    }

    /** The dependency parse of a text, "word/TAG<-relation-head" per token: what a failing row was read from. */
    private static String parse(String text) {
        StringBuilder out = new StringBuilder();
        for (AnnotatedSentence sentence : NlpPipeline.shared().annotate(text, DATE).sentences()) {
            for (Token token : sentence.tokens()) {
                Token head = sentence.head(token);
                out.append(token.text()).append('/').append(token.pos()).append("<-")
                        .append(sentence.relationToHead(token)).append('-')
                        .append(head == null ? "ROOT" : head.text()).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** What the extractor said of a figure: the subject asserted, the one given (asserted, else proposed), the case. */
    private record Answer(String asserted, String given, String key, String group) {

        static Answer of(Extraction extraction, String text, String words, SubjectCases cases) {
            int start = text.indexOf(words);
            int end = start + words.length();
            Figure figure = extraction.figures().stream().filter(f -> f.mentions().stream()
                    .anyMatch(m -> m.start() < end && start < m.end())).findFirst().orElse(null);
            if (figure == null) {
                return null;
            }
            String asserted = extraction.nameOf(figure.subject());
            String given = asserted != null ? asserted : extraction.nameOf(figure.how().subjectCandidate());
            String key = figure.how().subjectCase();
            return new Answer(asserted, given, key, cases.group(key));
        }
    }

    /** One row of the table: a text, the words of one of its figures, the subject a reader would give, why it fails. */
    private record Row(int line, String text, String words, String subject, String known, String expected) {

        static List<Row> read(String table) {
            List<Row> rows = new ArrayList<>();
            boolean expectations = table.equals(HELD_OUT_S16) || table.equals(HELD_OUT_S17)
                    || table.equals(HELD_OUT_S18_A) || table.equals(HELD_OUT_S18_B) || table.equals(HELD_OUT_S19_B)
                    || table.equals(HELD_OUT_S20_B) || table.equals(HELD_OUT_S28_A) || table.equals(HELD_OUT_S29_A)
                    || table.equals(HELD_OUT_S30_A);
            for (ResourceTable.Row row : ResourceTable.rows(table, expectations ? 5 : 4,
                    "text <TAB> figure words <TAB> subject or - <TAB> known failure or -"
                            + (expectations ? " <TAB> assert, propose or -" : ""))) {
                String[] c = row.columns();
                if (!c[0].contains(c[1])) {
                    throw row.problem("figure words that are in the text");
                }
                if (expectations && !List.of("assert", "propose", "-").contains(c[4])) {
                    throw row.problem("assert, propose or - in the fifth column");
                }
                rows.add(new Row(row.line(), c[0], c[1], c[2].equals("-") ? null : c[2], c[3].equals("-") ? null
                        : c[3], expectations ? c[4] : null));
            }
            return rows;
        }
    }
}
