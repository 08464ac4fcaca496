package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Counts in a title-case headline ({@link Headlines}): "Council Approves 300 New Homes", "Bank Cuts 1,500 Jobs",
 * "Fire Destroys 12 Homes". Every word is capitalised there, so the rules take the capital before the number for a
 * name ("Office 365") and the tagger calls the counted noun a proper noun. The parse tells them apart from a model
 * name ("Kestra 200 Wins Award", "Pulse 5 Phone", "Model 40 Mower"): the number is the {@code nummod} of a plural
 * noun after it, with at most a few capitalised words between ("300 New Homes"), and the word before the number is
 * no name but the headline's verb: tagged a verb, a third-person form ("Approves", "Cuts": the tagger often calls
 * these plural nouns in title case) or an infinitive after "to" ("to Hire 1,200 Nurses").
 */
final class HeadlineCounts {

    /** Words between the number and its noun: "300 New Homes", "5,000 Ranger 250 Vans". */
    private static final int MAX_BETWEEN = 3;

    private HeadlineCounts() {
    }

    /** The noun a NUMBER counts in a title-case headline, by the parse; null when it is not such a count. */
    static Token countedNoun(AnnotatedSentence sentence, String text, List<Token> span) {
        if (!Headlines.isTitleCase(text)) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int first = tokens.indexOf(span.get(0));
        int last = tokens.indexOf(span.get(span.size() - 1));
        if (first <= 0 || last < 0 || !sentence.relationToHead(tokens.get(last)).equals("nummod")) {
            return null;
        }
        Token head = sentence.head(tokens.get(last));
        int at = head == null ? -1 : tokens.indexOf(head);
        if (at <= last || at - last - 1 > MAX_BETWEEN || head.isEntity() || !head.pos().startsWith("NN")
                || !head.text().chars().allMatch(Character::isLetter)
                || !Nouns.countsInPlural(head.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Token between : tokens.subList(last + 1, at)) {
            if (between.isEntity() && !between.ner().equals("NUMBER") || !between.pos().matches("JJ.*|NN.*|CD")) {
                return null;
            }
        }
        return isHeadlineVerb(tokens, first - 1) ? head : null;
    }

    /** Whether the token before the number is the headline's verb rather than a name. */
    private static boolean isHeadlineVerb(List<Token> tokens, int i) {
        Token before = tokens.get(i);
        String word = before.text();
        if (before.isEntity() || !word.chars().allMatch(Character::isLetter) || !Character.isUpperCase(word.charAt(0))
                || NotAFigure.isNumberedByWord(word + " 1", word.length() + 1)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean thirdPerson = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                && before.pos().matches("NNP?S?|VBZ");
        boolean infinitive = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to");
        return before.pos().startsWith("VB") || thirdPerson || infinitive;
    }
}
