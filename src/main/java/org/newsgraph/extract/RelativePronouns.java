package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The noun a relative pronoun stands for: "Citigroup" in "Citigroup, which fell 13.8% to $2.51 a share". CoreNLP's
 * enhanced dependencies put the noun in the pronoun's place when they hang the clause on it (acl:relcl); when they
 * hang the clause elsewhere ("were Citigroup, which fell 13.8%" with the clause a ccomp of the name), the pronoun of
 * {@code relative-pronouns.txt} stays the verb's subject, and this class reads its noun: the governor of a relative
 * clause, else the noun written right before the comma that opens the clause. Null for any other word.
 */
final class RelativePronouns {

    private static final Set<String> PRONOUNS = ResourceTable.words("/org/newsgraph/extract/relative-pronouns.txt");
    private static final Set<String> PRONOUN_TAGS = Set.of("WDT", "WP");

    private RelativePronouns() {
    }

    /** Whether the word is a relative pronoun of the list, by its word and tag. */
    static boolean isRelativePronoun(Token word) {
        return PRONOUN_TAGS.contains(word.pos()) && PRONOUNS.contains(word.text().toLowerCase(Locale.ROOT));
    }

    /** The noun the relative pronoun stands for, or null (not a pronoun of the list, or no noun so placed). */
    static Token antecedent(AnnotatedSentence sentence, Token pronoun) {
        if (!isRelativePronoun(pronoun)) {
            return null;
        }
        Token verb = sentence.head(pronoun);
        if (verb != null && sentence.relationToHead(verb).equals("acl:relcl")) {
            Token noun = sentence.head(verb);
            return noun != null && noun.pos().startsWith("NN") ? noun : null;
        }
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(pronoun);
        if (at < 2 || !tokens.get(at - 1).pos().equals(",")) {
            return null;
        }
        Token noun = tokens.get(at - 2);
        return noun.pos().startsWith("NN") ? noun : null;
    }
}
