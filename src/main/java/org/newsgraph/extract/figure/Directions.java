package org.newsgraph.extract.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureKind;

/**
 * Which way a number moves, read from the words around it ("rose 14%", "4.2% higher", "a premium of 62%", "cut
 * prices by 8%"); none when it states a level.
 */
final class Directions {

    private static final String CHANGE_VERBS = ChangeWords.verbPattern();

    /**
     * Words news puts between a change verb and the size of the change: "rose an annual 5.2%", "climbed an average of
     * 11%", "fell a further 3%", "gained a record 9%", "jumped an estimated 4%", "fell by an incredible 41.54%" (an
     * article and one lower-case word of any kind), "fell only 17.3%" (an adverb of degree), and "between" before a
     * range of moves ("grew by between 4% and 6%"). The figure is still the change.
     */
    private static final String MOVE_FILLER = "(?:(?:only|just|merely)\\s+)?"
            + "(?:an?\\s+(?:(?-i:[a-z]+)\\s+(?:of\\s+)?)?|another\\s+)?"
            + "(?:between\\s+)?"; // "rose by between 4% and 6%": the first end of a range of moves

    /**
     * A change verb (or "up", "down") right before its figure: "rose 14%", "fell by 3%", and with what moved between
     * the verb and "by": "has gone up in value by 8.26%", "fell in price by 4%".
     */
    static final Pattern DIRECTION_VERB_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\w])(?<v>" + CHANGE_VERBS + "|up|down)(?:\\s+in\\s+(?-i:[a-z]+)(?=\\s+by\\b))?(?<by>\\s+by)?\\s+"
            + MOVE_FILLER + "$");

    /** The last change verb of a clause, for "cut the price of 2,000 products by an average of 8%". */
    private static final Pattern DIRECTION_VERB = Pattern.compile(
            "(?i)\\b(?<v>" + CHANGE_VERBS + ")\\b");

    private static final Pattern BY_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\w])by\\s+(?:an?\\s+average\\s+of\\s+|an?\\s+further\\s+|another\\s+)?$");

    /** "fell 533 points, or 1.3%": the figure after "or" restates a change; "fell to £1bn, or 3 times" a level. */
    private static final Pattern RESTATED_CHANGE = Pattern.compile(
            "(?i)(?:^|[^\\w])(?<v>" + CHANGE_VERBS + "|up|down)\\s+(?:by\\s+)?"
                    + "(?:[a-z]+\\s+){0,2}?[$€£¥]?\\d[\\d.,]*(?:\\s?[A-Za-z%]+){0,2},\\s+or\\s+$");

    /** Where a clause ends; not the comma before a date's year ("as of January 1, 2019 by $12 million"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:!?\\n()\"“”]|[.,](?=\\s)(?!\\s\\d{4}\\b)");

    /** Verbs that take money as their object: "raised $5 million" is money raised, not a rise of $5 million. */
    private static final Set<String> TRANSITIVE = Set.of("raised", "raises", "raise", "raising", "lost", "loses",
            "lose", "losing", "added", "adds", "shed", "sheds");

    /**
     * A verb that changes what it takes as object, then the object, then the figure with no "by": "decreased goodwill
     * $103 million", "reduced net debt $40 million", "boosted sales 12%", "raised its key rate 0.25%", "lifted prices
     * 3%" (raising and lifting only a rate or a price in percent: "raised its stake $5 million" is money raised), as
     * filings and terse reports write "by" away.
     * The object is one to three lower-case words, none a preposition or a word that ends a phrase, so that "cut
     * prices to $5" (a level) and "increased from 4% to 5%" stay what they are.
     */
    private static final Pattern VERB_OBJECT_BEFORE = Pattern.compile("(?i)(?:^|[^\\w])(?<v>(?:increas|decreas|reduc)"
            + "(?:e|es|ed|ing)|(?:lower|boost|slash)(?:s|ed|ing)?|trim(?:s|med|ming)?|cut(?:s|ting)?|grew|grow(?:s|ing)?"
            + "|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing))"
            + "\\s+(?:(?:the|its|their|our|his|her)\\s+)?(?<object>(?-i:(?:[a-z][a-z-]*\\s+){1,3}))$");
    /** Words that end an object before a figure: what follows them is no change ("cut prices to $5"). */
    private static final Set<String> NOT_OBJECT = Set.of("to", "from", "by", "of", "at", "in", "on", "for", "than",
            "and", "or", "with", "as", "was", "were", "is", "are", "be", "been", "a", "an", "per", "each", "about",
            "over", "under", "into", "after", "before", "since", "while", "which", "that", "it", "them", "this", "these");

    private static final Pattern PHRASAL_UP = Pattern.compile(
            "(?i)\\b(?:made|make|makes|making|set|sets|took|take|takes|picked|added|adds|add|opened"
                    + "|opens|open|signed|sign|signs|sped|speed|stepped|step|fill|filled|fills|summed|sum|shored|use|used"
                    + "|uses|give|gave|given|gives|build|built|builds|ramp|ramped|ramps|scale|scaled|back|backed)\\s+$");

    private static final String DIRECTION_NOUNS = ChangeWords.nounPattern();

    static final Pattern DIRECTION_NOUN_AFTER = Pattern.compile(
            "^(?:\\s|-)(?<n>" + DIRECTION_NOUNS + "|higher|lower|more|less|fewer|up|down|larger|bigger|greater|smaller"
                    + "|cheaper)\\b");

    /**
     * "a 4% pay rise", "a 10% price increase", "an 8% sales decline": one lower-case word (what moved) between the
     * figure and its direction noun. Read only after "a" or "an" before the figure, so that "at 5% while growth"
     * stays a level; the word may not be one that ends a phrase ({@link #NOT_OBJECT}).
     */
    private static final Pattern DIRECTION_NOUN_AFTER_WHAT = Pattern.compile(
            "^(?:\\s|-)(?<what>[a-z]+)\\s+(?<n>" + DIRECTION_NOUNS + ")\\b(?!-)");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)(?:^|[^\\w])an?\\s+$");

    /**
     * "a premium of 62%", "an increase of 5%", "growth of 3%", and with what grew between: "a rise in profits of 12%",
     * "an increase to retained earnings of $8 million", "increases to the pension obligation of $1.9 billion" (at most
     * six words, no number among them).
     */
    private static final Pattern DIRECTION_NOUN_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\w])(?<all>(?:(?:an?|the|its|their)\\s+(?:[a-z]+\\s+)?)?(?<n>" + DIRECTION_NOUNS
                    + ")s?\\s+(?<what>(?:in|to)\\s+(?:[a-z'’&-]+\\s+){1,6}?)?of\\s+)$");

    /**
     * "a loss of 3.30%", "its loss of 27.30%": a loss in percent or index points is a fall. A loss in money is a
     * level ("a loss of $381 million"), so "loss" is no change noun of its own ({@code change-words.tsv}).
     */
    private static final Pattern RELATIVE_LOSS_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\w])(?:an?|the|its|their)\\s+(?:[a-z]+\\s+)?loss\\s+of\\s+$");

    record Move(String direction, int start, int end) {
    }

    /**
     * Which way a number moves, read from the words around it ("rose 14%", "4.2% higher", "a premium of 62%",
     * "cut prices by 8%"); null when it states a level. The span grows to take in "up", "higher" and the like.
     */
    static Move direction(String text, String before, int window, int start, int end, FigureKind kind) {
        return direction(text, before, window, start, end, kind, null);
    }

    /**
     * As {@link #direction(String, String, int, int, int, FigureKind)}, knowing the figure's value, so that an amount
     * after a verb of money ("added $1.20 to $45.10") moves when a level far above it follows ({@link LevelsReached}).
     */
    static Move direction(String text, String before, int window, int start, int end, FigureKind kind,
                          java.math.BigDecimal value) {
        Matcher verb = DIRECTION_VERB_BEFORE.matcher(before);
        if (verb.find()) {
            String v = verb.group("v").toLowerCase(Locale.ROOT);
            boolean phrasal = phrasal(before, verb, v);
            boolean moneyObject = kind == FigureKind.AMOUNT && TRANSITIVE.contains(v) && verb.group("by") == null
                    && !LevelsReached.movedTo(v, text, end, value);
            // "lose up to 16% of body weight", "cut 3% of staff": a part of a whole taken away is still a share
            boolean partOfWhole = kind == FigureKind.SHARE && verb.group("by") == null && Wholes.wholeAfter(text, end) != null;
            if (!phrasal && !moneyObject && !partOfWhole) {
                boolean adverb = v.equals("up") || v.equals("down");
                return new Move(ChangeWords.direction(v).label(),
                        adverb ? window + verb.start("v") : start, end);
            }
            if (phrasal || partOfWhole) {
                return null;
            }
        }
        Matcher object = VERB_OBJECT_BEFORE.matcher(before);
        if ((kind == FigureKind.AMOUNT || kind == FigureKind.SHARE || kind == FigureKind.CHANGE) && object.find()
                && ChangeWords.isVerb(object.group("v"))
                // "raised its stake $5 million" is money raised; "raised its key rate 0.25%" a rise
                && !(kind == FigureKind.AMOUNT && object.group("v").toLowerCase(Locale.ROOT).matches("rais.*|lift.*|hik.*"))
                && Arrays.stream(object.group("object").strip().split("\\s+"))
                        .noneMatch(w -> NOT_OBJECT.contains(w.toLowerCase(Locale.ROOT)))
                && !(kind == FigureKind.SHARE && Wholes.wholeAfter(text, end) != null)) {
            return new Move(ChangeWords.direction(object.group("v")).label(), start, end);
        }
        Matcher noun = DIRECTION_NOUN_AFTER.matcher(Text.after(text, end));
        if (noun.lookingAt()) {
            String n = noun.group("n").toLowerCase(Locale.ROOT);
            if (kind == FigureKind.AMOUNT
                    && AccountingAmounts.namesAmount(n, before, Text.after(text, end).substring(noun.end()))) {
                return null; // "an unrealized $1.3 billion gain", "a $28 million gain on the sale of": a level
            }
            boolean comparative = Set.of("more", "less", "fewer", "higher", "lower", "up", "down").contains(n);
            // "$5 more" is usually an extra amount; "5% more" or "$5 higher" is a change
            if (!comparative || kind == FigureKind.SHARE || kind == FigureKind.CHANGE
                    || kind == FigureKind.AMOUNT && !n.matches("more|less|fewer")) {
                boolean keepsNoun = n.equals("premium") || n.equals("discount") || n.equals("loss")
                        || n.equals("cut");
                return new Move(ChangeWords.direction(n).label(), start,
                        keepsNoun && kind != FigureKind.SHARE ? end : end + noun.end());
            }
        }
        Matcher what = DIRECTION_NOUN_AFTER_WHAT.matcher(Text.after(text, end));
        if ((kind == FigureKind.SHARE || kind == FigureKind.CHANGE || kind == FigureKind.AMOUNT) && what.lookingAt()
                && ARTICLE_BEFORE.matcher(before).find() && !NOT_OBJECT.contains(what.group("what"))) {
            String n = what.group("n").toLowerCase(Locale.ROOT);
            boolean level = kind == FigureKind.AMOUNT
                    && AccountingAmounts.namesAmount(n, before, Text.after(text, end).substring(what.end()));
            if (!level) {
                return new Move(ChangeWords.direction(n).label(), start, end); // "a 4% pay rise"
            }
        }
        Matcher nounBefore = DIRECTION_NOUN_BEFORE.matcher(before);
        if (nounBefore.find()) {
            String n = nounBefore.group("n").toLowerCase(Locale.ROOT);
            String written = before.substring(nounBefore.start("n")).split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (kind == FigureKind.AMOUNT && AccountingAmounts.namesAmount(written,
                    before.substring(0, nounBefore.start("n")), Text.after(text, end))) {
                return null; // "premiums of $148 million", "a pre-tax gain of $1.2 billion": a level
            }
            // "a rise in profits of 12%": the figure's text starts at the number, not at the noun far before it
            return new Move(ChangeWords.direction(n).label(),
                    nounBefore.group("what") == null ? window + nounBefore.start("all") : start, end);
        }
        if ((kind == FigureKind.SHARE || kind == FigureKind.COUNT) && RELATIVE_LOSS_BEFORE.matcher(before).find()) {
            return new Move(Direction.DECREASE.label(), start, end);
        }
        Matcher restated = RESTATED_CHANGE.matcher(before);
        String v = kind == FigureKind.MULTIPLE ? null : restated.find() ? restated.group("v").toLowerCase(Locale.ROOT)
                : clauseVerbBefore(before);
        boolean partOfWhole = kind == FigureKind.SHARE && Wholes.wholeAfter(text, end) != null;
        return v == null || partOfWhole ? null
                : new Move(ChangeWords.direction(v).label(), start, end);
    }

    /**
     * "rose by 300 jobs", "grew by 1.3 million people": a change verb and "by" right before a count say the count is
     * how much a number moved, as the parse-based reading says of "visitors rose by 3,000" ({@code ElidedCounts}).
     * Without "by" the count is what the verb acted on ("cut 1,200 jobs", "added 300 jobs"): no move. Null when the
     * words before are no such verb.
     */
    static Move movedBy(String before, int start, int end) {
        Matcher verb = DIRECTION_VERB_BEFORE.matcher(before);
        if (!verb.find() || verb.group("by") == null) {
            return null;
        }
        String v = verb.group("v").toLowerCase(Locale.ROOT);
        if (phrasal(before, verb, v)) {
            return null; // "backed up by 300 soldiers"
        }
        return new Move(ChangeWords.direction(v).label(), start, end);
    }

    /** Whether the "up" or "down" {@code verb} found ends a phrasal verb of no change ("backed up by", "shut down"). */
    private static boolean phrasal(String before, Matcher verb, String v) {
        return (v.equals("up") || v.equals("down")) && PHRASAL_UP.matcher(before.substring(0, verb.start("v"))).find();
    }

    /** "raised rates by 25 basis points": the change verb of the clause a "by" phrase belongs to. */
    static String clauseVerbBefore(String before) {
        Matcher by = BY_BEFORE.matcher(before);
        if (!by.find()) {
            return null;
        }
        String clause = before.substring(Math.max(0, by.start() - 120), by.start());
        Matcher cut = CLAUSE_BREAK.matcher(clause);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        Matcher verb = DIRECTION_VERB.matcher(clause.substring(from));
        String last = null;
        while (verb.find()) {
            last = verb.group("v").toLowerCase(Locale.ROOT);
        }
        return last;
    }

    private Directions() {
    }
}
