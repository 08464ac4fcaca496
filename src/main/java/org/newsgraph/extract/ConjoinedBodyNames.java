package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Public bodies whose name joins common nouns by "and" ("the UN's Food and Agriculture Organization", "the African
 * Union's Peace and Security Council", "the Department for Environment, Food and Rural Affairs";
 * {@code body-name-heads.txt}): the NER breaks the name at "and" and keeps the part before it for a word or a name of
 * its own ("Food", "Agriculture Organization"). The words before "and" are capitalised common nouns, one each between
 * commas, after a possessive, an article or "Department for"; never a run of names ("Alder Capital and Hollis
 * Climate Fund" are two funds) nor places ("Westmorland and Furness Council" is left as found).
 */
final class ConjoinedBodyNames {

    static final String RULE = "body-name-joined-by-and";

    private static final Map<String, String> WORDS = ResourceTable.rows(
                    "/org/newsgraph/extract/body-name-heads.txt", 2, "word <TAB> head|opener").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.columns()[0].strip(), r -> r.columns()[1].strip()));

    /** How many capitalised words after "and" may lead to the head: "Rural Affairs", "Drug Administration". */
    private static final int RIGHT_WORDS = 4;
    /** How many common nouns between commas may stand before "and": "Environment, Food and ...". */
    private static final int LEFT_WORDS = 4;

    private ConjoinedBodyNames() {
    }

    /** Whether a public body's name ends in this word ("Authority", "Commission"). */
    static boolean head(String word) {
        return "head".equals(WORDS.get(word));
    }

    /** The names in the sentence joined at an "and" that no name found already spans. */
    static List<FoundName> find(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token and = tokens.get(k);
            if (!and.text().equals("and") || known.stream().anyMatch(f -> f.start() < and.start() && and.end() < f.end())) {
                continue;
            }
            int right = headAfter(tokens, k);
            int left = right < 0 ? -1 : firstBefore(tokens, k);
            if (left < 0) {
                continue;
            }
            int start = tokens.get(left).start();
            int end = tokens.get(right).end();
            boolean inside = known.stream().filter(f -> f.start() < end && start < f.end())
                    .allMatch(f -> start <= f.start() && f.end() <= end && f.type() != EntityType.PERSON
                            && f.type() != EntityType.PLACE);
            if (inside) {
                out.add(new FoundName(start, end, text.substring(start, end), sentence.index(), EntityType.ORGANIZATION,
                        TypeVote.NER_VOTE, new TypeCues.Cue(EntityType.ORGANIZATION, RULE), null));
            }
        }
        return out;
    }

    /** The index of the head word that ends the capitalised run after "and" at k, or -1. */
    private static int headAfter(List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && j - k <= RIGHT_WORDS && capitalised(tokens.get(j)) && !placeOrPerson(tokens.get(j))) {
            j++;
        }
        return j > k + 1 && "head".equals(WORDS.get(tokens.get(j - 1).text())) ? j - 1 : -1;
    }

    /** The index of the first word of the name before "and" at k, or -1 where no body's name stands there. */
    private static int firstBefore(List<Token> tokens, int k) {
        int i = k - 1;
        if (!commonNoun(tokens.get(i))) {
            return -1;
        }
        while (i >= 2 && k - i < 2 * LEFT_WORDS && tokens.get(i - 1).text().equals(",") && commonNoun(tokens.get(i - 2))) {
            i -= 2;
        }
        if (i == 0) {
            return i;
        }
        Token before = tokens.get(i - 1);
        if (before.text().matches("for|of") && i >= 2 && "opener".equals(WORDS.get(tokens.get(i - 2).text()))) {
            return i - 2;
        }
        return Character.isUpperCase(before.text().charAt(0)) && !before.pos().equals("DT") || before.pos().equals("CC")
                ? -1 : i;
    }

    /** A capitalised word that is a common noun in lower case ("Food", "Peace", "Environment"), not a name. */
    private static boolean commonNoun(Token token) {
        return capitalised(token) && !placeOrPerson(token) && token.pos().startsWith("NN")
                && Lexicon.shared().knows(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }

    private static boolean placeOrPerson(Token token) {
        return token.ner().matches("PERSON|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY");
    }
}
