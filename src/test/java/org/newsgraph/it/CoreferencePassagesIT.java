package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.PersonCoreference;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;
import org.newsgraph.nlp.Token;

/**
 * The passage table ({@code passages.txt}): made-up multi-sentence news passages with the answer for every referring
 * word, read through the real pipeline. Prints, per step of coreference, how many of its answers were right and
 * wrong, and per class of referring word the right, wrong and unanswered counts (to
 * {@code target/coref-passages.txt} as well), and holds the floor of right answers and the ceiling of wrong ones
 * measured when the table was written. Parses are kept in {@code target/passage-annotations} (or the folder the
 * {@code passages.annotations} property names), so a second run needs no CoreNLP.
 */
class CoreferencePassagesIT {

    private static final String TABLE = "/org/newsgraph/extract/coref/passages.txt";
    /** Written in session 14 before any code change and run once on main's code; a regression guard from then on. */
    private static final String HELD_OUT = "/org/newsgraph/extract/coref/heldout.txt";
    /** Written in session 15 before any code change and run once on its branch's code; a regression guard from then on. */
    private static final String HELD_OUT_S15 = "/org/newsgraph/extract/coref/heldout-s15.txt";
    /** Written in session 16 before any code change and run once on its branch's code; a regression guard from then on. */
    private static final String HELD_OUT_S16 = "/org/newsgraph/extract/coref/heldout-s16.txt";
    /** Written in session 16 by the lexicon branch before its code change: organisations called by a noun no list held. */
    private static final String HELD_OUT_S16_LEXICON = "/org/newsgraph/extract/coref/heldout-s16-lexicon.txt";
    /** Written in session 17 (task coref) before any code change and run once on its branch's code; a regression guard from then on. */
    private static final String HELD_OUT_S17_COREF = "/org/newsgraph/extract/coref/heldout-s17-coref.txt";
    /** Written in session 18 (task coref) before any code change: the working set, read for its errors. */
    private static final String S18_COREF_A = "/eval/probes-s18-coref/A.txt";
    /** Written in session 18 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S18_COREF_B = "/eval/probes-s18-coref/B.txt";
    /** Written in session 19 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S19_COREF_B = "/eval/probes-s19-coref/B.txt";
    /** Written in session 20 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S20_COREF_B = "/eval/probes-s20-coref/B.txt";
    /** Written in session 21 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S21_COREF_B = "/eval/probes-s21-coref/B.txt";
    /** Written in session 23 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S23_COREF_B = "/eval/probes-s23-coref/B.txt";
    /** Written in session 24 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S24_COREF_B = "/eval/probes-s24-coref/B.txt";
    /** Written in session 25 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S25_COREF_B = "/eval/probes-s25-coref/B.txt";
    /** Written in session 26 (task coref) before any code change: held out, run only before and after the session. */
    private static final String S26_COREF_B = "/eval/probes-s26-coref/B.txt";
    /** Session 27's held-out set (task coref): two made-up articles, see the constants below. */
    private static final String S27_COREF_B = "/eval/probes-s27-coref/B.txt";
    /** Session 27's working set (task coref): made-up passages read for errors and tuned on. */
    private static final String S27_COREF_A = "/eval/probes-s27-coref/A.txt";
    /** Session 28's working set (task coref): made-up passages read for errors and tuned on. */
    private static final String S28_COREF_A = "/eval/probes-s28-coref/A.txt";
    /** Session 28's held-out set (task coref): two made-up articles, see the constants below. */
    private static final String S28_COREF_B = "/eval/probes-s28-coref/B.txt";
    /** Session 29's working set (task coref): made-up passages read for errors and tuned on. */
    private static final String S29_COREF_A = "/eval/probes-s29-coref/A.txt";
    /** Session 29's held-out set (task coref): two made-up articles, see the constants below. */
    private static final String S29_COREF_B = "/eval/probes-s29-coref/B.txt";
    /** Session 30's held-out set (task coref): one made-up article, see the constants below. */
    private static final String S30_COREF_B = "/eval/probes-s30-coref/B.txt";
    private static final Pattern MARK = Pattern.compile("\\[([^=\\]]+)=([^\\]]+)\\]");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    /**
     * Right answers and rightly refused words may not fall: 53 of session 13's 65 words, 58 of 72 with session 14's
     * four rows (places, a participle clause's object), 62 of 76 with session 15's four rows (a quote's speaker tied
     * to its organisation by "its", "the company" or "the group's"), 69 of 83 with session 16's five rows and its
     * counted-back step (a counted plural for a pair named together further back: three new words and four old ones),
     * 72 with session 17's NearerThing (an object "it" for a deal or venture named nearer than the firm: p5, p15),
     * 80 of 92 with session 17's five rows (p37-p41: a name's last noun as its kind, "the miner" not the fund), 84 of
     * 96 with its three rows p42-p44 ("the supermarket group" for the firm whose name ends in "Supermarkets").
     */
    // Session 42 (people) added p46-p47 (a description's town or nationality against the country the article placed
    // each firm in: "The Stockholm-based company" after a Swedish and an American firm; "The German company" after two
    // German firms, refused): main's code answers both with the previous subject (wrong 3 -> 5), the country step
    // gives the Swedish firm and refuses the two German ones (right 85 -> 87, wrong 3).
    private static final int RIGHT_FLOOR = 87; // 84 before session 18's (task coref) NearerThing.introducedThing: p14
    /**
     * Wrong answers may not rise: session 13's 5, and since session 14 one more on its own row, "giving the group a
     * foothold", which CoreNLP parses as a clause of "$900 million" (acl), not of "sold", so no subject is shared.
     * Session 17's NearerThing took two off (p5 "approve it", p15 "half of it"): 4.
     */
    // Session 40's last passage (lead): a speaker titled for no named firm says what "the group" will do after a
    // sentence about another firm; main gave that other firm (Kestrel) for both words, now refused.
    private static final int WRONG_CEILING = 3; // 4 before session 18's (task coref) introducedThing: p14 "It" a router
    /** The held-out table's right answers and rightly refused words at the end of session 14. */
    private static final int HELD_OUT_RIGHT_FLOOR = 42;
    /** The held-out table's wrong answers at the end of session 14 (10); 8 at the end of session 17. */
    private static final int HELD_OUT_WRONG_CEILING = 6; // 7 since session 18 (task coref): p14 "It" a boiler; 6 since
    // session 20 (task coref): p23 "the combined company" (merger-result-words.txt)

    /**
     * Session 15's held-out table's right answers and rightly refused words: 27 of 45 before any session-15 change, 30
     * at its end (three "we/our" of quotes whose speaker is titled through "its" or "the company").
     */
    private static final int HELD_OUT_S15_RIGHT_FLOOR = 30;
    /** Session 15's held-out table's wrong answers: 1 before any change ("they" of two miners taken as one). */
    private static final int HELD_OUT_S15_WRONG_CEILING = 1;

    /**
     * Session 16's held-out table's right answers and rightly refused words: 31 of 45 before any session-16 change
     * ({@code heldout-s16-before.txt}); 30 since session 18 (task coref): p1's "The carmaker" after "Brenholt Motors
     * and Kavanagh Systems said ..." was right only by taking the first of the two subjects, with nothing in the text
     * to tell which is the carmaker; a word continuing a joint subject that fits both is now refused.
     */
    private static final int HELD_OUT_S16_RIGHT_FLOOR = 30; // 31 before session 18 (task coref), see above
    /**
     * Session 16's held-out table's wrong answers before any change: 4 ("the Eindhoven firm" and its "its" taken as
     * the city named as an organisation, "the startup" as the investor, "the miner" as the fund that sold its stake).
     */
    private static final int HELD_OUT_S16_WRONG_CEILING = 3; // 4 before session 16's changes, 3 after session 17's

    /**
     * Session 16's second held-out table (heldout-s16-lexicon.txt, organisations called by a noun no list
     * held: "the club", "the orchestra"): right answers and rightly refused words, 5 of 22 before any session-16 change (heldout-s16-lexicon-before.txt), 16 after the
     * lexicon gave coreference WordNet's organisation nouns.
     */
    private static final int HELD_OUT_S16_LEXICON_RIGHT_FLOOR = 16;
    /** Session 16's second held-out table's wrong answers: none before any change. */
    private static final int HELD_OUT_S16_LEXICON_WRONG_CEILING = 0;

    /**
     * Session 17's held-out table (task coref, heldout-s17-coref.txt): right answers and rightly refused words, 31 of 50
     * before any session-17 change (heldout-s17-coref-before.txt), 36 at its end (NearerThing: p1, p12, p17; a name's
     * last noun as its kind: p9, two words).
     */
    private static final int HELD_OUT_S17_COREF_RIGHT_FLOOR = 37; // 37 since session 18 (task coref): p13
    /**
     * Session 17's held-out table's wrong answers before any change: 15 (an "it" for a deal, product, plan or piece of
     * land taken as the firm; "the startup", "the miner", "the supermarket group" taken as the other firm); 10 at the
     * end of session 17.
     */
    private static final int HELD_OUT_S17_COREF_WRONG_CEILING = 9; // 9 since session 18: p13, a joint subject

    /**
     * Session 18's working set (task coref, {@code eval/probes-s18-coref/A.txt}): right answers and rightly refused
     * words, 65 of 82 on main's code before any session-18 change (wrong 12; /work/notes/s18/coref-before-A.txt), 69 at
     * its end (a subject "it" for a thing the sentence before brought in: p1, p9; "the company" after a joint subject:
     * p6, p28).
     */
    private static final int S18_COREF_A_RIGHT_FLOOR = 69;
    /** Session 18's working set's wrong answers: 12 before any session-18 change, 8 at its end. */
    private static final int S18_COREF_A_WRONG_CEILING = 8;
    /**
     * Session 18's held-out set (task coref, {@code eval/probes-s18-coref/B.txt}), run only before any session-18 change
     * and at its end: right answers and rightly refused words 59 of 80 before (wrong 13), 61 after (p6 a joint
     * subject, p9 "It" a smartwatch just brought in); a regression guard from then on.
     */
    private static final int S18_COREF_B_RIGHT_FLOOR = 62; // 62 since session 21 (task coref): p1 "It will cost
    // about 80 million dollars, the bottler said" (introducedThing reads the reported clause's parse)
    /** Session 18's held-out set's wrong answers: 13 before any session-18 change, 11 at its end. */
    private static final int S18_COREF_B_WRONG_CEILING = 10; // 11 before session 21 (task coref): p1

    /**
     * Session 19's held-out set (task coref, {@code eval/probes-s19-coref/B.txt}), run only before any session-19 change
     * and at its end: right answers and rightly refused words 39 of 51 before (wrong 8, unanswered 4;
     * /work/notes/s19/coref-before-B.txt) and 39 after (the same answers word for word: the session's changes, from
     * counts over the MEANTIME tuning half, touch no phrasing of B); a regression guard from then on.
     */
    private static final int S19_COREF_B_RIGHT_FLOOR = 41; // 41 since session 20 (task coref): p10, p11 (merger)
    /** Session 19's held-out set's wrong answers: 8 before any session-19 change, 8 at its end. */
    private static final int S19_COREF_B_WRONG_CEILING = 6; // 6 since session 20: "The combined company", "The merged group"

    /**
     * Session 20's held-out set (task coref, {@code eval/probes-s20-coref/B.txt}: two short made-up articles, 31
     * referring words), run only before any session-20 change and at its end: right answers and rightly refused words
     * 21 of 31 before (wrong 7, unanswered 3; /work/notes/s20/coref-before-B.txt) and 21 after, word for word the same
     * (the session's changes, from the tuning half and the project's articles, touch no phrasing of B); a regression
     * guard from then on.
     */
    private static final int S20_COREF_B_RIGHT_FLOOR = 21;
    /** Session 20's held-out set's wrong answers: 7 before any session-20 change, 7 at its end. */
    private static final int S20_COREF_B_WRONG_CEILING = 7;

    /**
     * Session 21's held-out set (task coref, {@code eval/probes-s21-coref/B.txt}: two short made-up articles, 34
     * referring words as the table counts them, 13 of them an "it"/"its", several for a product, a ship, a sailing or
     * a town), run only before any session-21 change and at its end: right answers and rightly refused words 24 of 33
     * before (wrong 4, unanswered 5; /work/notes/s21/coref-before-B.txt) and 24 after, word for word the same (the
     * session's changes lower confidences and refuse one parse of a reported clause that B does not have); a
     * regression guard from then on.
     */
    private static final int S21_COREF_B_RIGHT_FLOOR = 24;
    /** Session 21's held-out set's wrong answers: 4 before any session-21 change, 4 at its end. */
    private static final int S21_COREF_B_WRONG_CEILING = 4;

    /**
     * Session 23's held-out set (task coref, {@code eval/probes-s23-coref/B.txt}: two short made-up articles, 36
     * referring words as the table counts them, 15 of them a "we/our/us" inside a quotation), run only before any
     * session-23 change and at its end: right answers and rightly refused words 24 of 36 before (wrong 4, unanswered
     * 8; /work/notes/s23/coref-before-B.txt) and 24 after, word for word the same (the session's changes, from the
     * MEANTIME tuning half, touch no phrasing of B); a regression guard from then on.
     */
    private static final int S23_COREF_B_RIGHT_FLOOR = 24;
    /** Session 23's held-out set's wrong answers: 4 before any session-23 change, 4 at its end. */
    private static final int S23_COREF_B_WRONG_CEILING = 4;

    /**
     * Session 24's held-out set (task coref, {@code eval/probes-s24-coref/B.txt}: two short made-up articles, 40
     * referring words, described nominals with a place or an industry, titles, "we/our" inside quotations), run only
     * before any session-24 change and at its end: right answers and rightly refused words 24 of 39 as the table
     * counts them before (wrong 10, unanswered 5; /work/notes/s24/coref-before-B.txt) and 24 after, word for word the
     * same (the session's changes, from 10-K sentences, touch no phrasing of B); a regression guard from then on.
     */
    private static final int S24_COREF_B_RIGHT_FLOOR = 24;
    /** Session 24's held-out set's wrong answers: 10 before any session-24 change, 10 at its end. */
    private static final int S24_COREF_B_WRONG_CEILING = 10;

    /**
     * Session 25's held-out set (task coref, {@code eval/probes-s25-coref/B.txt}: two short made-up articles, 28
     * referring words: plural nominals after a deal, described nominals with a town, "we" of a speaker tied to a
     * firm), run only before any session-25 change and at its end: right answers and rightly refused words 21 of 28
     * before (wrong 3, unanswered 4; /work/notes/s25/coref-before-B.txt) and 24 after (wrong 2, unanswered 2): three
     * plurals of the deal now its parties (deal-parties); "the Liverpool firm" still the city, "he" still the last
     * man named, "both companies" and "the Leeds company" unanswered. A regression guard from then on.
     */
    private static final int S25_COREF_B_RIGHT_FLOOR = 24;
    /** Session 25's held-out set's wrong answers: 3 before any session-25 change, 2 at its end. */
    private static final int S25_COREF_B_WRONG_CEILING = 2;

    /**
     * Session 26's held-out set (task coref, {@code eval/probes-s26-coref/B.txt}: two short made-up articles, 39
     * referring words as the table counts them: described nominals with a town, "we/our/us" of speakers tied to a
     * firm, titles and he/she), run only before any session-26 change and at its end: right answers and rightly
     * refused words 26 of 39 before (wrong 3, unanswered 10; /work/notes/s26/coref-before-B.txt) and 28 after (wrong
     * 1, unanswered 10): "the Plymouth company" and "the Plymouth firm" were the town typed a firm, now the firm by
     * attribute; "she" after an unnamed spokeswoman is still the last woman named. A regression guard from then on.
     */
    private static final int S26_COREF_B_RIGHT_FLOOR = 32; // 30 since session 27 (task coref): p1 "We" of "A
    // spokesman for Kerrigan said ... '...,' he said" now Kerrigan Yards (the unnamed spokesman's firm, was none);
    // p2 "she" after "An Altamesa spokeswoman said" now none (was Priya Natarajan, the last woman named: wrong)
    // 32 since session 29 (task coref): p2 "The Omaha company" and "the Omaha firm" (the attribute step, with the town
    // of a split "Omaha - based" or of a compound's compound; were refused)
    /** Session 26's held-out set's wrong answers: 3 before any session-26 change, 1 at its end, 0 since session 27. */
    private static final int S26_COREF_B_WRONG_CEILING = 0;

    /**
     * Session 27's working set (task coref, {@code eval/probes-s27-coref/A.txt}: 11 made-up passages, 40 referring
     * words: "he"/"she" after an unnamed spokesman or official, "we" of such a speaker, "its chief executive, Name,
     * said: 'We ...'", "both", "the two companies", staff as "they"), read for errors and tuned on: right answers and
     * rightly refused words 34 of 40 at the session's end (wrong 0, unanswered 6: "The publisher" after a name in a
     * coordination and the three words leaning on it, one "Both" whose pair was never named together (a supplier and
     * its customer, with "Kestrel's shoppers" between), "A Tolland official"'s "we": the short name is no entity).
     */
    private static final int S27_COREF_A_RIGHT_FLOOR = 35; // 35 since session 29 (task coref): p9 "Both" for the
    // supplier and its customer, the two firms the article's sentences were about (article-subjects; was unanswered)
    /** Session 27's working set's wrong answers at the session's end. */
    private static final int S27_COREF_A_WRONG_CEILING = 0;

    /**
     * Session 27's held-out set (task coref, {@code eval/probes-s27-coref/B.txt}: two short made-up articles, 43
     * referring words as the table counts them: "he"/"she" after an unnamed titled speaker, a speaker tied to a firm by
     * "its", "the carmaker"/"the bank"/"the group" after two firms of different kinds, "the two companies", "both",
     * "the company" across a paragraph, "its" after a plural, staff as "they"), run only before any session-27 change
     * and at its end: right answers and rightly refused words 29 of 43 before (wrong 4, unanswered 10;
     * /work/notes/s27/coref-before-B.txt) and 31 after (wrong 3, unanswered 9): p2 "she" after "A spokeswoman for
     * Ashcombe said" now none (was Jenny Trewin), and the "We" of her quote Ashcombe Group (was none). Still wrong:
     * "The company" opening a paragraph after a broker's firm, and the "it"/"its" after it (Penhallow, the previous
     * subject); unanswered: "The two companies", "Both", "they" for the deal's pair, "the dairy"/"the creamery". A
     * regression guard from then on.
     */
    private static final int S27_COREF_B_RIGHT_FLOOR = 37; // 33 since session 28 (task coref): p2 "the dairy" twice
    // after "Penhallow Dairies" (trade-place-nouns.txt; were unanswered); 37 since session 29 (task coref): p1 "The two
    // companies", "Both", "they" after "Corvane Motors ... said it would sell its arm to Halloway Trust" (deal-parties
    // with the seller "it", then plural-chain), p2 "The two firms" (article-subjects); all were unanswered
    /** Session 27's held-out set's wrong answers: 4 before any session-27 change, 3 at its end. */
    private static final int S27_COREF_B_WRONG_CEILING = 3;

    /**
     * Session 28's working set (task coref, {@code eval/probes-s28-coref/A.txt}: 13 made-up passages, 26 referring
     * words: "the Bristol-based company", "the conglomerate said it would ..." after a buyer named for one trade, "the
     * brewer", "the dairy", "the shipyard" for firms named so, "A Torrin official" quoted with "we", "their" for a firm
     * named in a quote, "the two companies", "both" and "they" for a seller and its buyer), read for errors and tuned
     * on: right answers and rightly refused words 15 of 26 on main's code (wrong 3), 25 at the session's end (wrong 0,
     * unanswered 1: "the two companies" after an order a shipyard won from a ferry line).
     */
    private static final int S28_COREF_A_RIGHT_FLOOR = 25;
    /** Session 28's working set's wrong answers at the session's end. */
    private static final int S28_COREF_A_WRONG_CEILING = 0;

    /**
     * Session 28's held-out set (task coref, {@code eval/probes-s28-coref/B.txt}: two short made-up articles, 35
     * referring words: a described noun with a town, "the conglomerate said it would ...", "the company" opening a
     * paragraph after a third firm, plurals for a seller and its buyer, "the brewer", "the dairy", "we" of "A Tanfield
     * official", "their" for a firm in a quote), run only before any session-28 change and at its end: right answers
     * and rightly refused words 15 of 35 before (wrong 6, unanswered 14; /work/notes/s28/coref-before-B.txt) and 26
     * after (wrong 2, unanswered 7): "the Pittsburgh conglomerate", "The conglomerate" and its "it"/"its" now the
     * conglomerate (were the carton maker that bought its unit); "their" in two quotes, "We" of two unnamed officials
     * of short-named firms, "Both" and "they" after "The two companies", "The dairy". Still wrong: "The Leeds-based
     * group" and its "it" (the Sheffield group described last); unanswered: "The company" opening a paragraph after
     * an analyst's firm (twice, with its "it"/"its"), "our" of a head brewer, "The two firms"/"both" for the two
     * employers. A regression guard from then on.
     */
    private static final int S28_COREF_B_RIGHT_FLOOR = 31; // 31 since session 29 (task coref): p2 "The Leeds-based
    // group" and its "it" (Leeds hung on "hotels" in "the Leeds hotels owner"; were the Sheffield group), "our" of
    // "Ellerby's head brewer, Sam Pickering", "The two firms" (article-subjects) and "both" (plural-chain)
    /** Session 28's held-out set's wrong answers: 6 before any session-28 change, 2 at its end, 0 since session 29. */
    private static final int S28_COREF_B_WRONG_CEILING = 0;

    /**
     * Session 29's working set (task coref, {@code eval/probes-s29-coref/A.txt}: 16 made-up passages, 28 referring
     * words: "the Norwich-based snack maker" after "X, the Norwich snack maker" and a Leicester snack maker described
     * later, "the Glasgow-based group"; "the company" after an analyst's firm; "we"/"our" of "Pellow's dairy manager,
     * Rob Quayle" and "Ardmore Cider's cellar master, Jane Poole"; "the two firms"/"both" for firms named in separate
     * sentences; "the two companies" after "X said that it would sell its arm to Y"; "A Durham official", "A Keswick
     * official" (short names that are towns)), read for errors and tuned on: passages 1-11 (19 words) 10 right, 6
     * wrong on main's code; all 16 passages 26 right, 0 wrong at the session's end (unanswered: p15 "The company" and
     * its "it" three sentences after the firm, an analyst's firm named since: refused as stale, as on main).
     */
    private static final int S29_COREF_A_RIGHT_FLOOR = 26;
    /** Session 29's working set's wrong answers at the session's end. */
    private static final int S29_COREF_A_WRONG_CEILING = 0;

    /**
     * Session 29's held-out set (task coref, {@code eval/probes-s29-coref/B.txt}: two short made-up articles, 32
     * referring words: described nouns with a town after an apposition tied the firm to it, "the company" opening a
     * paragraph after an analyst's firm, "we"/"our" of "X's <noun>, Name", plurals for a seller "it" and its buyer and
     * for two employers named in separate paragraphs, "we" of "A Galena official" and "An Appleby official"), run only
     * before any session-29 change and at its end: right answers and rightly refused words 14 of 32 before (wrong 2,
     * unanswered 16; /work/notes/s29/coref-before-B.txt) and 19 after (wrong 0, unanswered 13): "The Denver-based
     * carrier" and its "its" now the Denver airline (were the Phoenix carrier described later: the tokenizer split
     * "Denver - based"), "We" of "A Galena official" (Galena typed a place), "Our"/"we" of "Fellside's head brewer,
     * Tom Airey". Still unanswered: "our"/"we" of "Quarry's network planner, Ana Reyes"; "The company" and its
     * "it"/"its" after an analyst's firm (twice); "The Carlisle-based merchant" and its "it"; "The two firms", "both",
     * "they" for the two employers. A regression guard from then on.
     */
    private static final int S29_COREF_B_RIGHT_FLOOR = 19;
    /** Session 29's held-out set's wrong answers: 2 before any session-29 change, 0 at its end. */
    private static final int S29_COREF_B_WRONG_CEILING = 0;

    /**
     * Session 30's held-out set (task coref, {@code eval/probes-s30-coref/B.txt}: one made-up wire story, 25 referring
     * words: "we"/"our" inside quotes whose speaker speaks for a firm ("Name, chief executive of X", "a spokeswoman for
     * X", "X's head of manufacturing, Name") or for nobody known (a union, an analyst, a state official: "-"),
     * described mentions, "the chief executive" for a person named before), run only before any session-30 change
     * and at its end: 25 referring words, all 25 right (wrong 0) on main's code before any session-30 change
     * (/work/notes/s30/coref-before-B.txt): the made-up article held no phrasing main's steps miss; the same 25 at
     * the session's end (coref-after-B.txt, identical lines). A regression guard from then on.
     */
    private static final int S30_COREF_B_RIGHT_FLOOR = 25;
    /** Session 30's held-out set's wrong answers: 0 before any session-30 change. */
    private static final int S30_COREF_B_WRONG_CEILING = 0;

    /** Session 34's working set (task relations): made-up business passages read for errors and tuned on. */
    private static final String S34_RELATIONS_A = "/eval/probes-s34-relations/A.txt";
    /** Session 34's held-out set (task relations): made-up business passages, run only before and after the session. */
    private static final String S34_RELATIONS_B = "/eval/probes-s34-relations/B.txt";
    /**
     * Session 34's working set (task relations, {@code eval/probes-s34-relations/A.txt}: 12 made-up business passages,
     * 50 referring words: suppliers and customers, buyers and targets, investors, rivals, a lender; "the company",
     * "the firm", "the group", industry nouns and "its" in different positions), read for errors and tuned on: 33
     * right, 7 wrong on main's code; 42 right, 1 wrong at the session's end ("the carmaker" after "X, a freight
     * forwarder"; "the retailer" for "Olsen Retail" after an investor subject; "the insurer" for the subject "Strand
     * Insurance" over another described "a rival insurer"; "The buyer"; "Its" after "The company said"). Left: "its"
     * of "Tessaly Dairy, founded in 1962, sells most of its milk" (the tagger reads "Tessaly" as an adverb), "the
     * company" after two investors as one subject, "the fund manager" / "the asset manager" (no compound nouns),
     * "which bought it" after a name the entity step typed a product ("Kestrel Cells").
     */
    private static final int S34_RELATIONS_A_RIGHT_FLOOR = 42;
    /** Session 34's working set's wrong answers: 7 on main's code, 1 at the session's end. */
    private static final int S34_RELATIONS_A_WRONG_CEILING = 1;
    /**
     * Session 34's held-out set (task relations, {@code eval/probes-s34-relations/B.txt}: 12 made-up business
     * passages, 45 referring words, written with set A before any code change), run only before any session-34
     * change and at its end: right answers and rightly refused words 32 of 45 before (wrong 4, unanswered 9;
     * /work/notes/s34/relations-probes/coref-before-B.txt) and 36 after (wrong 3, unanswered 6) on the branch; 35 at
     * the merge (wrong 3, unanswered 7): "haulier" was taken out of the organisation nouns there (it cut "Brackwater
     * Freight, the Felixstowe-based container haulier" to "Brackwater" in session 23's held-out relations), so "The
     * haulier" is unanswered again. A regression guard from then on.
     */
    private static final int S34_RELATIONS_B_RIGHT_FLOOR = 35;
    /** Session 34's held-out set's wrong answers: 4 before any session-34 change, 3 at its end. */
    private static final int S34_RELATIONS_B_WRONG_CEILING = 3;

    /** Session 34's working set (task investor): made-up business passages read for errors and tuned on. */
    private static final String S34_INVESTOR_A = "/eval/probes-s34-investor/A.txt";
    /** Session 34's held-out set (task investor): made-up business passages, run only before and after the task. */
    private static final String S34_INVESTOR_B = "/eval/probes-s34-investor/B.txt";
    /**
     * Session 34's investor working set ({@code eval/probes-s34-investor/A.txt}: 10 made-up passages, 18 referring
     * words: an investor, lender or buyer of shares, then the firm it funds, then "the company"/"the firm"/"its"):
     * 7 right, 8 wrong on s34-int's code; 16 right, 1 wrong after (left: "The winemaker said its ...", winemaker
     * no listed organisation noun, so "its" still takes the previous subject).
     */
    private static final int S34_INVESTOR_A_RIGHT_FLOOR = 14;
    /**
     * Session 34's investor working set's wrong answers: 8 on s34-int's code, 1 after; 4 at session 35 (right 16 ->
     * 14): a stake bought keeps the buyer salient by the lead's decision ("Marsh Capital has taken a 15% stake in
     * Ketterby Foods. The firm ... Its", "Oriel Holdings has bought a 30% stake in Fanshawe Steel. The company": the
     * buyer; the table keeps the reader's answer); A8 "The start-up" is now found (writtenNoun).
     */
    private static final int S34_INVESTOR_A_WRONG_CEILING = 4;
    /**
     * Session 34's investor held-out set ({@code eval/probes-s34-investor/B.txt}: 10 passages, 19 words, written with
     * A before any code change): 4 right, 15 wrong on s34-int's code; 16 right, 3 wrong after
     * (/work/notes/s34/investor-probes/coref-before-B.txt, coref-after-B.txt). A regression guard from then on.
     */
    private static final int S34_INVESTOR_B_RIGHT_FLOOR = 14;
    /**
     * Session 34's investor held-out set's wrong answers: 15 on s34-int's code, 3 after; 5 at session 35 (right 16 ->
     * 14): "Penrose Investments has taken a 10% stake in Wardle Textiles. The firm ... Its" keep the buyer by the
     * lead's decision (a stake is no funding).
     */
    private static final int S34_INVESTOR_B_WRONG_CEILING = 5;

    /** Session 35's working set (task investor): "X did Y, the carmaker said" and funding, read for errors. */
    private static final String S35_INVESTOR_A = "/eval/probes-s35-investor/A.txt";
    /** Session 35's held-out set (task investor): made-up business passages, run only before and after the task. */
    private static final String S35_INVESTOR_B = "/eval/probes-s35-investor/B.txt";
    /**
     * Session 35's investor working set ({@code eval/probes-s35-investor/A.txt}: 12 made-up passages, 29 referring
     * words: "X did Y, the carmaker said", funding with a frame, a stake bought): 22 right, 6 wrong on main's code; 27
     * right, 2 wrong after (left: "Quenby Retail" is no entity, so "the retailer" and "the company" take the topic).
     */
    private static final int S35_INVESTOR_A_RIGHT_FLOOR = 27;
    /** Session 35's investor working set's wrong answers: 6 on main's code, 2 after. */
    private static final int S35_INVESTOR_A_WRONG_CEILING = 2;
    /**
     * Session 35's investor held-out set ({@code eval/probes-s35-investor/B.txt}: 12 passages, 27 words, written with A
     * before any code change): 23 right, 3 wrong on main's code; 27 right, 0 wrong after
     * (/work/notes/s35/investor-probes/coref-before-B.txt, coref-after-B.txt). A regression guard from then on.
     */
    private static final int S35_INVESTOR_B_RIGHT_FLOOR = 27;
    /** Session 35's investor held-out set's wrong answers: 3 on main's code, 0 after. */
    private static final int S35_INVESTOR_B_WRONG_CEILING = 0;

    /** Session 42's held-out set (task people): Wikinews-like business passages, run only before and after the task. */
    private static final String S42_PEOPLE_B = "/eval/probes-s42-people/B/coref.txt";
    /** Session 42's working set (task people): read for errors and tuned on. */
    private static final String S42_PEOPLE_A = "/eval/probes-s42-people/A/coref.txt";
    /**
     * Session 42's working set ({@code eval/probes-s42-people/A/coref.txt}: 13 passages, 19 words): 16 right, 2 wrong
     * on main's code; 17 right, 1 wrong after ("The Stockholm-based company" after "Electrolux, the Swedish appliance
     * maker ... Whirlpool, its American rival": the country step, no longer the previous subject). Left: "according
     * to X's finance chief, Y, 'our ...'" (no verb of saying), "said Italy's industry minister, Z, of Alitalia".
     */
    private static final int S42_PEOPLE_A_RIGHT_FLOOR = 17;
    /** Session 42's working set's wrong answers: 2 on main's code, 1 after. */
    private static final int S42_PEOPLE_A_WRONG_CEILING = 1;
    /**
     * Session 42's held-out set (task people, {@code eval/probes-s42-people/B/coref.txt}: 17 Wikinews-like business
     * passages, 63 referring words: "we"/"our" of titled speakers, refused "we" of a union leader and an analyst,
     * described firms, "he"/"she"), run only before any session-42 change and at its end: 57 right, 2 wrong, 4
     * unanswered on main's code and the same after (/work/notes/s42/people/coref-before-B.txt, coref-after-B.txt). A
     * regression guard from then on.
     */
    private static final int S42_PEOPLE_B_RIGHT_FLOOR = 57;
    /** Session 42's held-out set's wrong answers: 2 before and after. */
    private static final int S42_PEOPLE_B_WRONG_CEILING = 2;

    /** One scored word: its passage, its characters in the stripped text, and its answer ("-": none). */
    record Marked(int passage, int start, int end, String word, String answer) {
    }

    /** What the resolvers made of a word: the entities (none: unanswered), the step (or "refused"/"none"), its class. */
    record Outcome(Marked marked, List<Entity> answer, boolean right, String step, String kind) {
        boolean answered() {
            return !answer.isEmpty();
        }
    }

    @Test
    void theStepsAnswerThePassagesAsMeasured() throws IOException {
        holds(TABLE, "target/coref-passages.txt", RIGHT_FLOOR, WRONG_CEILING);
    }

    @Test
    void theStepsAnswerTheHeldOutPassagesAsMeasured() throws IOException {
        holds(HELD_OUT, "target/coref-heldout.txt", HELD_OUT_RIGHT_FLOOR, HELD_OUT_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionFifteensHeldOutPassagesAsMeasured() throws IOException {
        holds(HELD_OUT_S15, "target/coref-heldout-s15.txt", HELD_OUT_S15_RIGHT_FLOOR, HELD_OUT_S15_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionSixteensHeldOutPassagesAsMeasured() throws IOException {
        holds(HELD_OUT_S16, "target/coref-heldout-s16.txt", HELD_OUT_S16_RIGHT_FLOOR, HELD_OUT_S16_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionSixteensLexiconHeldOutPassagesAsMeasured() throws IOException {
        holds(HELD_OUT_S16_LEXICON, "target/coref-heldout-s16-lexicon.txt", HELD_OUT_S16_LEXICON_RIGHT_FLOOR,
                HELD_OUT_S16_LEXICON_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionSeventeensHeldOutPassagesAsMeasured() throws IOException {
        holds(HELD_OUT_S17_COREF, "target/coref-heldout-s17-coref.txt", HELD_OUT_S17_COREF_RIGHT_FLOOR,
                HELD_OUT_S17_COREF_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionEighteensWorkingPassagesAsMeasured() throws IOException {
        holds(S18_COREF_A, "target/coref-s18-coref-A.txt", S18_COREF_A_RIGHT_FLOOR, S18_COREF_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionEighteensHeldOutPassagesAsMeasured() throws IOException {
        holds(S18_COREF_B, "target/coref-s18-coref-B.txt", S18_COREF_B_RIGHT_FLOOR, S18_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionNineteensHeldOutPassagesAsMeasured() throws IOException {
        holds(S19_COREF_B, "target/coref-s19-coref-B.txt", S19_COREF_B_RIGHT_FLOOR, S19_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentysHeldOutArticlesAsMeasured() throws IOException {
        holds(S20_COREF_B, "target/coref-s20-coref-B.txt", S20_COREF_B_RIGHT_FLOOR, S20_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyOnesHeldOutArticlesAsMeasured() throws IOException {
        holds(S21_COREF_B, "target/coref-s21-coref-B.txt", S21_COREF_B_RIGHT_FLOOR, S21_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyThreesHeldOutArticlesAsMeasured() throws IOException {
        holds(S23_COREF_B, "target/coref-s23-coref-B.txt", S23_COREF_B_RIGHT_FLOOR, S23_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyFoursHeldOutArticlesAsMeasured() throws IOException {
        holds(S24_COREF_B, "target/coref-s24-coref-B.txt", S24_COREF_B_RIGHT_FLOOR, S24_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyFivesHeldOutArticlesAsMeasured() throws IOException {
        holds(S25_COREF_B, "target/coref-s25-coref-B.txt", S25_COREF_B_RIGHT_FLOOR, S25_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentySixsHeldOutArticlesAsMeasured() throws IOException {
        holds(S26_COREF_B, "target/coref-s26-coref-B.txt", S26_COREF_B_RIGHT_FLOOR, S26_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentySevensWorkingPassagesAsMeasured() throws IOException {
        holds(S27_COREF_A, "target/coref-s27-coref-A.txt", S27_COREF_A_RIGHT_FLOOR, S27_COREF_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentySevensHeldOutArticlesAsMeasured() throws IOException {
        holds(S27_COREF_B, "target/coref-s27-coref-B.txt", S27_COREF_B_RIGHT_FLOOR, S27_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyEightsWorkingPassagesAsMeasured() throws IOException {
        holds(S28_COREF_A, "target/coref-s28-coref-A.txt", S28_COREF_A_RIGHT_FLOOR, S28_COREF_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyEightsHeldOutArticlesAsMeasured() throws IOException {
        holds(S28_COREF_B, "target/coref-s28-coref-B.txt", S28_COREF_B_RIGHT_FLOOR, S28_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyNinesWorkingPassagesAsMeasured() throws IOException {
        holds(S29_COREF_A, "target/coref-s29-coref-A.txt", S29_COREF_A_RIGHT_FLOOR, S29_COREF_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionTwentyNinesHeldOutArticlesAsMeasured() throws IOException {
        holds(S29_COREF_B, "target/coref-s29-coref-B.txt", S29_COREF_B_RIGHT_FLOOR, S29_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtysHeldOutArticleAsMeasured() throws IOException {
        holds(S30_COREF_B, "target/coref-s30-coref-B.txt", S30_COREF_B_RIGHT_FLOOR, S30_COREF_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtyFoursWorkingPassagesAsMeasured() throws IOException {
        holds(S34_RELATIONS_A, "target/coref-s34-relations-A.txt", S34_RELATIONS_A_RIGHT_FLOOR,
                S34_RELATIONS_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtyFoursHeldOutPassagesAsMeasured() throws IOException {
        holds(S34_RELATIONS_B, "target/coref-s34-relations-B.txt", S34_RELATIONS_B_RIGHT_FLOOR,
                S34_RELATIONS_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtyFoursInvestorPassagesAsMeasured() throws IOException {
        holds(S34_INVESTOR_A, "target/coref-s34-investor-A.txt", S34_INVESTOR_A_RIGHT_FLOOR,
                S34_INVESTOR_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtyFoursHeldOutInvestorPassagesAsMeasured() throws IOException {
        holds(S34_INVESTOR_B, "target/coref-s34-investor-B.txt", S34_INVESTOR_B_RIGHT_FLOOR,
                S34_INVESTOR_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtyFivesInvestorPassagesAsMeasured() throws IOException {
        holds(S35_INVESTOR_A, "target/coref-s35-investor-A.txt", S35_INVESTOR_A_RIGHT_FLOOR,
                S35_INVESTOR_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionThirtyFivesHeldOutInvestorPassagesAsMeasured() throws IOException {
        holds(S35_INVESTOR_B, "target/coref-s35-investor-B.txt", S35_INVESTOR_B_RIGHT_FLOOR,
                S35_INVESTOR_B_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionFortyTwosWorkingPeoplePassagesAsMeasured() throws IOException {
        holds(S42_PEOPLE_A, "target/coref-s42-people-A.txt", S42_PEOPLE_A_RIGHT_FLOOR, S42_PEOPLE_A_WRONG_CEILING);
    }

    @Test
    void theStepsAnswerSessionFortyTwosHeldOutPeoplePassagesAsMeasured() throws IOException {
        holds(S42_PEOPLE_B, "target/coref-s42-people-B.txt", S42_PEOPLE_B_RIGHT_FLOOR, S42_PEOPLE_B_WRONG_CEILING);
    }

    private static void holds(String table, String reportFile, int floor, int ceiling) throws IOException {
        List<Outcome> outcomes = outcomes(table);
        String report = report(table, outcomes);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(reportFile), report);
        long right = outcomes.stream().filter(Outcome::right).count();
        long wrong = outcomes.stream().filter(o -> o.answered() && !o.right()).count();
        assertTrue(right >= floor, "right " + right + " below the floor " + floor + "\n" + report);
        assertTrue(wrong <= ceiling, "wrong " + wrong + " above the ceiling " + ceiling + "\n" + report);
    }

    /** What the resolvers made of every marked word of a table, in its order (also {@link CoreferenceStepAudit}'s). */
    static List<Outcome> outcomes(String table) throws IOException {
        Extractor extractor = new Extractor(NlpPipeline::shared, Gazetteer.bundled(), RuleFile.bundled());
        Path folder = Path.of(System.getProperty("passages.annotations", "target/passage-annotations"));
        StoredAnnotator annotator = new StoredAnnotator(NlpPipeline::shared, folder);
        List<Outcome> outcomes = new ArrayList<>();
        int number = 0;
        for (String passage : passages(table)) {
            number++;
            List<Marked> marks = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Matcher matcher = MARK.matcher(passage);
            int last = 0;
            while (matcher.find()) {
                text.append(passage, last, matcher.start());
                int start = text.length();
                text.append(matcher.group(1));
                marks.add(new Marked(number, start, text.length(), matcher.group(1), matcher.group(2).strip()));
                last = matcher.end();
            }
            text.append(passage.substring(last));
            AnnotatedText annotated = annotator.annotate(text.toString(), DATE);
            Extraction extraction = extractor.extract("passage-" + number, annotated);
            Coreference organisations = new Coreference(annotated, extraction.entities());
            PersonCoreference people = new PersonCoreference(annotated, extraction.entities());
            for (Marked mark : marks) {
                outcomes.add(outcome(annotated, text.toString(), mark, organisations, people));
            }
        }
        return outcomes;
    }

    private static Outcome outcome(AnnotatedText annotated, String text, Marked mark, Coreference organisations,
            PersonCoreference people) {
        for (AnnotatedSentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokensIn(mark.start(), mark.end());
            if (tokens.isEmpty()) {
                continue;
            }
            Token token = head(sentence, tokens);
            String word = token.text().toLowerCase(Locale.ROOT);
            if (PersonCoreference.isTitleNoun(word) || PersonCoreference.isPersonPronoun(word)) {
                Optional<Coreference.Resolution> person = people.resolve(sentence, token);
                return outcome(text, mark, person.map(r -> List.of(r.entity())).orElse(List.of()),
                        person.map(Coreference.Resolution::reason).orElse("none"), "person title");
            }
            if (Coreference.isPlaceNoun(word)) {
                Optional<Coreference.Resolution> place = organisations.place(sentence, token);
                return outcome(text, mark, place.map(r -> List.of(r.entity())).orElse(List.of()),
                        place.map(Coreference.Resolution::reason)
                                .orElse(organisations.refusal(sentence, token).isPresent() ? "refused" : "none"),
                        kind(mark.word()));
            }
            List<Entity> group = organisations.group(sentence, token);
            Optional<Coreference.Resolution> resolution = organisations.resolve(sentence, token);
            String step = resolution.map(Coreference.Resolution::reason)
                    .orElse(organisations.refusal(sentence, token).isPresent() ? "refused" : "none");
            List<Entity> answer = !group.isEmpty() ? group
                    : resolution.map(r -> List.of(r.entity())).orElse(List.of());
            return outcome(text, mark, answer, step, kind(mark.word()));
        }
        return new Outcome(mark, List.of(), mark.answer().equals("-"), "no token", kind(mark.word()));
    }

    /**
     * Right when the table says "-" and nothing was answered, or when the answer holds exactly as many entities as the
     * table names and each of them is known by one of the names (its name, an alias or its mentions' words).
     */
    private static Outcome outcome(String text, Marked mark, List<Entity> answer, String step, String kind) {
        List<String> expected = List.of(mark.answer().split("\\+"));
        boolean right = mark.answer().equals("-") ? answer.isEmpty()
                : answer.size() == expected.size() && expected.stream()
                        .allMatch(name -> answer.stream().anyMatch(e -> names(text, e).contains(name)));
        return new Outcome(mark, answer, right, step, kind);
    }

    private static Set<String> names(String text, Entity entity) {
        Set<String> names = new TreeSet<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        entity.mentions().forEach(m -> {
            if (m.start() >= 0 && m.end() <= text.length()) {
                names.add(text.substring(m.start(), m.end()));
            }
        });
        return names;
    }

    /** The word of the span whose head lies outside it: "the world's largest accounting software maker" gives maker. */
    private static Token head(AnnotatedSentence sentence, List<Token> tokens) {
        for (Token token : tokens) {
            Token governor = sentence.head(token);
            if (governor == null || !tokens.contains(governor)) {
                return token;
            }
        }
        return tokens.get(0);
    }

    private static String kind(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (Set.of("it", "its", "itself").contains(lower)) {
            return "it/its";
        }
        if (Set.of("they", "their", "them", "themselves").contains(lower)) {
            return "they/their";
        }
        if (Set.of("we", "our", "us", "ours").contains(lower)) {
            return "we/our in quotes";
        }
        String[] words = lower.split("\\s+");
        if (Set.of("city", "country", "capital", "town").contains(words[words.length - 1])) {
            return "places";
        }
        if (lower.startsWith("both ") || words[words.length - 1].endsWith("s")) {
            return "plural nouns";
        }
        return words.length == 2 ? "the company" : "described";
    }

    private static String report(String table, List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("Coreference passage table (" + table + "), " + outcomes.size()
                + " referring words\n");
        for (Outcome o : outcomes) {
            out.append(String.format("  %-5s p%-2d %-45s want %-35s got %-35s by %s%n",
                    o.right() ? "right" : o.answered() ? "WRONG" : "miss", o.marked().passage(), o.marked().word(),
                    o.marked().answer(), o.answered() ? String.join("+", o.answer().stream().map(Entity::name).toList()) : "-", o.step()));
        }
        out.append("By step (answers right / wrong; unanswered: rightly / wrongly)\n");
        Map<String, int[]> bySteps = new TreeMap<>();
        Map<String, int[]> byKind = new TreeMap<>();
        for (Outcome o : outcomes) {
            int slot = o.answered() ? (o.right() ? 0 : 1) : (o.right() ? 2 : 3);
            bySteps.computeIfAbsent(o.step(), k -> new int[4])[slot]++;
            byKind.computeIfAbsent(o.kind(), k -> new int[4])[slot]++;
        }
        bySteps.forEach((step, n) -> out.append(String.format("  %-22s right %d wrong %d | unanswered rightly %d,"
                + " wrongly %d%n", step, n[0], n[1], n[2], n[3])));
        out.append("By class (right includes a rightly refused word)\n");
        int[] all = new int[4];
        byKind.forEach((kind, n) -> {
            for (int i = 0; i < 4; i++) {
                all[i] += n[i];
            }
            out.append(String.format("  %-18s right %d, wrong %d, unanswered %d of %d; right among answered %d/%d%n",
                    kind, n[0] + n[2], n[1], n[3], n[0] + n[1] + n[2] + n[3], n[0], n[0] + n[1]));
        });
        out.append(String.format("  all                right %d, wrong %d, unanswered %d of %d; right among answered"
                + " %d/%d%n", all[0] + all[2], all[1], all[3], outcomes.size(), all[0], all[0] + all[1]));
        return out.toString();
    }

    private static List<String> passages(String table) throws IOException {
        try (InputStream in = CoreferencePassagesIT.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("missing " + table);
            }
            List<String> passages = new ArrayList<>();
            for (String block : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\\s*\n")) {
                String kept = block.lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b)
                        .orElse("").strip();
                if (!kept.isEmpty()) {
                    passages.add(kept);
                }
            }
            return passages;
        }
    }
}
