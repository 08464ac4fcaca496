package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.figure.ChangeWords;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The level a move reaches, written right after the move's change: "$2.3 billion" in "revenue rose 9% to $2.3
 * billion, the company said", "€2.73" in "shares fell 2.5 percent to €2.73 the day the deal was announced", "$3.93"
 * in "Acme, which dropped 14% to $3.93". The parser often hangs such a level on a verb of saying or a clause after it
 * (obl:to(rose, said) dep(said, $)), where the steps that read the clause find nothing or the wrong noun (the
 * speaker). The change and its level are two figures of one quantity: the level measures what the change does. A
 * level is a figure written right after a word of {@code move-level-words.txt} ("to", "from") that follows a
 * percentage or an amount of money the parser hangs on a change verb ({@code change-words.tsv}); the text is read
 * only to find the two figures, the change's verb comes from the parse.
 */
final class MoveLevels {

    private static final Set<String> LINKS = ResourceTable.words("/org/newsgraph/extract/move-level-words.txt");
    /** Named-entity types of a change a level can follow: "rose 9%", "fell $2.86". */
    private static final Set<String> CHANGE_TYPES = Set.of("PERCENT", "MONEY");
    /** How many words of one named-entity type a change figure may run to ("US$ 2.86 billion"). */
    private static final int MAX_CHANGE_WORDS = 6;
    private static final String TO = "to";
    private static final String IN = "in";
    private static final String ON = "on";
    /** How many words saying when may stand between what changed and "to" ("on Thursday", "on 5 May"). */
    private static final int MAX_WHEN_WORDS = 4;
    /** How many words what changed may run to between "in" and "to" ("in third - quarter revenue"). */
    private static final int MAX_CHANGED_WORDS = 6;
    /** Words of what changed: nouns, adjectives and participles ("underlying"), a hyphen ("third-quarter"), a possessive. */
    private static final Pattern CHANGED_TAGS = Pattern.compile("NNS?|JJ[RS]?|HYPH|POS|VBN|VBG");
    private static final Set<String> CHANGE_NOUNS = ChangeWords.nouns();
    /** Named-entity types of a number: no word of what changed is one ("annual" is a SET, "third-quarter" a DATE). */
    private static final Set<String> NUMBER_TYPES = Set.of("MONEY", "PERCENT", "NUMBER");

    private MoveLevels() {
    }

    /**
     * The words of the change figure whose level the figure is, or null when the figure follows no change: the word
     * before the figure (or its own first word) is a link word, the word before that ends a percentage or an amount of
     * money, and that figure's head hangs on a change verb (not as a conjunct of another figure).
     */
    static List<Token> changeBefore(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(span.get(0));
        if (at < 0) {
            return null;
        }
        int link = isLink(span.get(0)) ? at : at - 1;
        if (link < 1 || !isLink(tokens.get(link))) {
            return null;
        }
        List<Token> change = changeEndingAt(tokens, link - 1);
        if (change == null) {
            return null;
        }
        Token head = FigureMeasures.headOf(sentence, change);
        Token verb = sentence.head(head);
        return verb != null && !change.contains(verb) && verb.pos().startsWith("VB") && ChangeWords.isVerb(verb.text())
                && !sentence.relationToHead(head).startsWith("conj") ? change : null;
    }

    /**
     * The words of the change figure of a change noun whose level the figure is, or null: "$3.9 billion" in "reported a
     * 64% jump in third-quarter revenue to $3.9 billion", "1.3 billion euros" in "a 20% drop in net income to 1.3
     * billion euros". The figure follows "to", which follows "in" and the words of what changed (nouns and
     * adjectives only), which follow a change noun ({@code change-words.tsv}) right after a percentage or an amount of
     * money. The parser hangs the level on the noun, on the verb or on what changed; the text is read to find the two
     * figures, as {@link #changeBefore} reads them.
     */
    static List<Token> nominalChangeBefore(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(span.get(0));
        int link = at >= 0 && TO.equals(lower(span.get(0))) ? at : at - 1;
        if (link < 4 || !TO.equals(lower(tokens.get(link)))) {
            return null;
        }
        int in = link - 1;
        while (in > 0 && link - in <= MAX_CHANGED_WORDS + MAX_WHEN_WORDS && !IN.equals(lower(tokens.get(in)))) {
            Token word = tokens.get(in);
            boolean when = isWhen(tokens, in);
            if (!when && !CHANGED_TAGS.matcher(word.pos()).matches() || NUMBER_TYPES.contains(word.ner())) {
                return null;
            }
            in--;
        }
        if (in < 2 || in == link - 1 || !IN.equals(lower(tokens.get(in)))) {
            return null;
        }
        Token noun = tokens.get(in - 1);
        if (!noun.pos().startsWith("NN") || !CHANGE_NOUNS.contains(lower(noun))) {
            return null;
        }
        return changeEndingAt(tokens, in - 2);
    }

    /**
     * Whether a word between what changed and "to" says when, not what: "a 36% rise in net profit on Thursday to
     * NT$325.3 billion" (a date, or the "on" before one).
     */
    private static boolean isWhen(List<Token> tokens, int at) {
        Token word = tokens.get(at);
        return word.ner().equals("DATE") && !word.pos().startsWith("JJ") && !word.text().contains("-")
                && !(at + 1 < tokens.size() && tokens.get(at + 1).pos().startsWith("NN")
                        && !tokens.get(at + 1).ner().equals("DATE"))
                || ON.equals(lower(word)) && at + 1 < tokens.size() && tokens.get(at + 1).ner().equals("DATE");
    }

    /**
     * The words of a percentage or an amount of money that ends at token {@code last} (its run of one named-entity type,
     * at most {@link #MAX_CHANGE_WORDS} words, not past "and" or a comma), or null when that word ends neither.
     */
    private static List<Token> changeEndingAt(List<Token> tokens, int last) {
        String type = tokens.get(last).ner();
        if (!CHANGE_TYPES.contains(type)) {
            return null;
        }
        int first = last;
        while (first > 0 && last - first + 1 < MAX_CHANGE_WORDS && tokens.get(first - 1).ner().equals(type)
                && !tokens.get(first - 1).pos().equals("CC") && !tokens.get(first - 1).pos().equals(",")) {
            first--;
        }
        return tokens.subList(first, last + 1);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    /**
     * The change verb written right before the link word before the figure, whose level the figure is: "climbed" in
     * "Spending on school meals climbed to £1.3 billion, the report said", where the parser hangs the amount on
     * "said"; null otherwise.
     */
    static Token verbBefore(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(span.get(0));
        int link = at >= 0 && isLink(span.get(0)) ? at : at - 1;
        if (link < 1 || !isLink(tokens.get(link))) {
            return null;
        }
        Token verb = tokens.get(link - 1);
        return verb.pos().startsWith("VB") && ChangeWords.isVerb(verb.text()) ? verb : null;
    }

    private static boolean isLink(Token token) {
        return LINKS.contains(token.text().toLowerCase(Locale.ROOT));
    }
}
