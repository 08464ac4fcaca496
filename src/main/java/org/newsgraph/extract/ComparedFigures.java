package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The earlier figure a bare figure is set against, whose measure it shares: the base of a comparison, "Service revenues
 * were $211.7 million ..., compared with $198.2 million ...", "Gross margin was 36.2% ..., down from 38.9% ...",
 * "decreased to $9.6 million in 2026 from $12.3 million in 2025"; and a change put beside a level, "Operating income
 * ... was $148.2 million, an increase of $19.6 million over the prior year". Filings and results releases write both
 * after the clause that names the measure, and the parser hangs the second figure on a participle, an adverb or a
 * noun of change ("compared", "up", "increase") whose own words name nothing. The link words come from {@code
 * comparison-links.txt}; "from" links only a figure set against a level reached by "to" ("narrowed to $0.41
 * from $0.66"). The second figure must follow its link word at once (a figure with its own noun, "compared with net
 * income of $5.1 million", is its own) and have no "of" after it, and no other figure of its kind, semicolon or
 * finite verb may stand between the two.
 * <p>A figure of any kind written as a base right after a two-word link ("down from", "compared with") is found by the
 * words alone too ({@link #sameUnitBase}): "Turnout was 47.9 per cent, down from 51 per cent", where the earlier
 * figure ends in the same word as the base ("per cent" and "per cent", "a share" and "a share") or, for bare numbers,
 * in a number. The chain asks the parse-led {@link #partner} first (step {@code compared-with}), then this (step {@code
 * compared-base}); both find only the partner, and what it measures comes from the chain.
 */
final class ComparedFigures {

    private static final Set<String> LINKS = ResourceTable.words("/org/newsgraph/extract/comparison-links.txt");
    /** The two-word links after which a base of any kind is found by the words alone ("down from", "compared
     *  with"). */
    private static final Set<String> TWO_WORD_LINKS = LINKS.stream().filter(l -> l.split(" ").length == 2)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How many words a base's compared figure may run to ("US$ 2.86 billion a share"). */
    private static final int MAX_FIGURE_WORDS = 6;
    /** Tags of the words of a figure after its number: a unit, a rate's "a" or "per", a currency sign. */
    private static final Set<String> UNIT_TAGS = Set.of("NN", "NNS", "DT", "IN", "$", "CD");
    private static final java.util.regex.Pattern CURRENCY_CODE = java.util.regex.Pattern.compile("[A-Z]{3}");
    /** Named-entity types of the figures compared: amounts of money and percentages. */
    private static final Set<String> TYPES = Set.of("MONEY", "PERCENT");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Relations by which a verb tagged finite modifies a noun: "the year ended December 31". */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("acl", "amod");
    private static final Set<String> CHANGE_NOUNS = ChangeWords.nouns();
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String OF = "of";
    /** How many words a link phrase, or a figure of one named-entity type, may run to. */
    private static final int MAX_WORDS = 6;
    /** How many words may stand between the two figures. */
    private static final int MAX_GAP = 25;

    private ComparedFigures() {
    }

    /**
     * The words of the earlier figure the figure is compared with or put beside, or null when the figure has no such
     * partner.
     */
    static List<Token> partner(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        Token own = span.stream().filter(t -> TYPES.contains(t.ner())).findFirst().orElse(null);
        int end = tokens.indexOf(span.get(span.size() - 1));
        if (own == null || end < 0 || end + 1 < tokens.size() && lower(tokens.get(end + 1)).equals(OF)) {
            // "compared with $5m of net income": a figure with its own "of" is its own
            return null;
        }
        int first = tokens.indexOf(own);
        if (first > 0 && isQualifier(tokens.get(first - 1))) {
            // "compared with approximately $5m"
            first--;
        }
        int link = first < 1 ? -1 : linkStart(tokens, first);
        if (link < 0) {
            return null;
        }
        boolean from = link == first - 1 && lower(tokens.get(link)).equals(FROM);
        // a change beside a level may be of another kind ("$1.27 billion, an increase of 9%"); a base is of the same
        boolean apposition = tokens.get(link).text().equals(",");
        int last = -1;
        for (int i = link - 1; i >= 0 && link - i <= MAX_GAP; i--) {
            Token token = tokens.get(i);
            if ((apposition ? TYPES.contains(token.ner()) : token.ner().equals(own.ner())) && isFigureWord(token)) {
                last = i;
                break;
            }
            if (token.text().equals(";") || isFiniteVerb(sentence, token) || TYPES.contains(token.ner())) {
                return null;
            }
        }
        if (last < 0) {
            return null;
        }
        String type = tokens.get(last).ner();
        int start = last;
        while (start > 0 && last - start + 1 < MAX_WORDS && tokens.get(start - 1).ner().equals(type)
                && isFigureWord(tokens.get(start - 1))) {
            start--;
        }
        if (from && (start < 1 || !lower(tokens.get(start - 1)).equals(TO))) {
            // "from" sets a figure against a level reached by "to" only: "revenue from $5m of contracts" is no base
            return null;
        }
        return tokens.subList(start, last + 1);
    }

    /**
     * The words of the figure {@code span} is the base of by the words alone, or null: {@code span} follows a two-word
     * link, which follows, after an optional comma, a figure that ends in the same word as {@code span} or, for bare
     * numbers, in a number too ("Turnout was 47.9 per cent, down from 51 per cent").
     */
    static List<Token> sameUnitBase(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(span.get(0));
        if (at < 3 || !TWO_WORD_LINKS.contains(lower(tokens.get(at - 2)) + " " + lower(tokens.get(at - 1)))) {
            return null;
        }
        int last = tokens.get(at - 3).pos().equals(",") ? at - 4 : at - 3;
        Token end = span.get(span.size() - 1);
        boolean alike = last >= 0 && (lower(tokens.get(last)).equals(lower(end))
                || tokens.get(last).pos().equals("CD") && end.pos().equals("CD"));
        if (!alike) {
            return null;
        }
        int number = last;
        while (number >= 0 && last - number < MAX_FIGURE_WORDS && !tokens.get(number).pos().equals("CD")
                && UNIT_TAGS.contains(tokens.get(number).pos())) {
            number--;
        }
        if (number < 0 || last - number >= MAX_FIGURE_WORDS || !tokens.get(number).pos().equals("CD")) {
            return null;
        }
        int first = number;
        while (first > 0 && last - first + 1 < MAX_FIGURE_WORDS && isNumberOrCurrency(tokens.get(first - 1))) {
            first--;
        }
        return tokens.subList(first, last + 1);
    }

    /** A number, a currency sign or a currency's code before the number: "US$ 2.86", "DKK 4.50". */
    private static boolean isNumberOrCurrency(Token token) {
        return token.pos().equals("CD") || token.pos().equals("$") || CURRENCY_CODE.matcher(token.text()).matches();
    }

    /** The index of the first word of the link phrase right before the figure's first word, or -1. */
    private static int linkStart(List<Token> tokens, int first) {
        for (int length = Math.min(MAX_WORDS, first); length >= 1; length--) {
            StringBuilder phrase = new StringBuilder();
            for (int i = first - length; i < first; i++) {
                phrase.append(phrase.isEmpty() ? "" : " ").append(lower(tokens.get(i)));
            }
            if (LINKS.contains(phrase.toString())) {
                return first - length;
            }
        }
        // ", an increase of $19.6 million": a noun of change in apposition after a comma
        if (first >= 4 && lower(tokens.get(first - 1)).equals(OF)
                && CHANGE_NOUNS.contains(lower(tokens.get(first - 2)))
                && ARTICLES.contains(lower(tokens.get(first - 3))) && tokens.get(first - 4).text().equals(",")) {
            return first - 4;
        }
        return -1;
    }

    /** A verb of a clause of its own: not "ended" in "the year ended December 31", tagged VBD but a modifier. */
    private static boolean isFiniteVerb(AnnotatedSentence sentence, Token token) {
        return FINITE_TAGS.contains(token.pos()) && !MODIFIER_RELATIONS.contains(sentence.relationToHead(token));
    }

    private static boolean isQualifier(Token token) {
        return token.pos().equals("RB") || token.pos().equals("JJ");
    }

    private static boolean isFigureWord(Token token) {
        return !token.pos().equals("CC") && !token.pos().equals(",")
                && (token.text().chars().anyMatch(Character::isLetterOrDigit) || token.pos().equals("$")
                || token.text().equals("%"));
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
