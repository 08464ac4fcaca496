package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * <p>
 * Session 30: the verb is also known by the parse when the tagger misses it: it is the headline's root, the counted
 * noun is its object ({@code obj} or {@code dep}) and a subject comes before it ("Farmers Lose 40,000 Sheep": "Lose"
 * tagged a proper noun; "Dalby Trucks Recalls 3,000 Lorries": "Recalls" inside the company's name), or it is the
 * bare form after a plural subject noun that the parse attaches to it ("Floods Force 2,000 Residents": a plural
 * subject takes no -s). A particle may stand between the verb and the number ("Winds Bring Down 200 Trees").
 */
final class HeadlineCounts {

    /** Words between the number and its noun: "300 New Homes", "5,000 Ranger 250 Vans". */
    private static final int MAX_BETWEEN = 3;

    /** Relations of a verb's object in a headline's parse (the parser often leaves the object {@code dep}). */
    private static final Set<String> OBJECTS = Set.of("obj", "dep");

    /** Relations of a plural subject to the bare verb after it ("Floods Force"). */
    private static final Set<String> SUBJECTS = Set.of("compound", "nsubj");

    /** Relations of a particle to its verb ("Bring Down"). */
    private static final Set<String> PARTICLES = Set.of("compound:prt", "advmod");

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
        int verb = first - 1;
        if (isParticle(sentence, tokens, verb)) {
            verb--; // "Winds Bring Down 200 Trees"
        }
        return isHeadlineVerb(sentence, tokens, verb, head) ? head : null;
    }

    /** Whether the token before the number is the headline's verb rather than a name. */
    private static boolean isHeadlineVerb(AnnotatedSentence sentence, List<Token> tokens, int i, Token noun) {
        Token before = tokens.get(i);
        String word = before.text();
        if (!word.chars().allMatch(Character::isLetter) || !Character.isUpperCase(word.charAt(0))
                || NotAFigure.isNumberedByWord(word + " 1", word.length() + 1)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean thirdPerson = lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")
                && before.pos().matches("NNP?S?|VBZ");
        // the counted noun is this word's object, the word is the headline's root and a subject stands before it: a
        // verb the tagger called a name (not a model name after another count: "Recalls 5,000 Ranger 250 Vans")
        boolean governs = i > 0 && before.equals(sentence.head(noun)) && sentence.head(before) == null
                && OBJECTS.contains(sentence.relationToHead(noun));
        if (before.isEntity()) {
            // a verb the recogniser took into the company's name before it: "Dalby Trucks Recalls 3,000 Lorries"
            return governs && thirdPerson && tokens.get(i - 1).isEntity();
        }
        boolean infinitive = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("to");
        return before.pos().startsWith("VB") || thirdPerson || infinitive || governs
                || afterPluralSubject(sentence, tokens, i, noun);
    }

    /**
     * Whether the word at {@code i} is a bare verb after its plural subject: the word before it is a plural common
     * noun attached to it ("Floods Force 2,000 Residents": "Floods" the compound or subject of "Force"), the word
     * has no -s (a plural subject's verb has none), and the word is the headline's root or the parser hung it on the
     * counted noun itself, as it does with such a verb ("Force Residents"); a word hung on another noun is a name's
     * ("Sports Car 300 Owners Club").
     */
    private static boolean afterPluralSubject(AnnotatedSentence sentence, List<Token> tokens, int i, Token noun) {
        if (i == 0) {
            return false;
        }
        Token verb = tokens.get(i);
        Token subject = tokens.get(i - 1);
        String lower = subject.text().toLowerCase(Locale.ROOT);
        return !verb.text().toLowerCase(Locale.ROOT).endsWith("s") && !subject.isEntity()
                && subject.pos().startsWith("NN") && subject.text().chars().allMatch(Character::isLetter)
                && Nouns.isPlural(lower) && verb.equals(sentence.head(subject))
                && (sentence.head(verb) == null || noun.equals(sentence.head(verb)))
                && SUBJECTS.contains(sentence.relationToHead(subject));
    }

    /** Whether the token at {@code i} is a particle of the verb before it ("Bring Down", "Lay Off"). */
    private static boolean isParticle(AnnotatedSentence sentence, List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token particle = tokens.get(i);
        return particle.pos().matches("RP|RB") && tokens.get(i - 1).equals(sentence.head(particle))
                && PARTICLES.contains(sentence.relationToHead(particle));
    }
}
