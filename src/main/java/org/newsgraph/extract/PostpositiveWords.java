package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A word written after a comma to qualify the line item before it, "receivables, net" ({@code
 * postpositive-words.txt}): the parser makes it a noun the amount hangs on, and it is never what the amount measures.
 */
final class PostpositiveWords {

    private static final Set<String> WORDS = ResourceTable.words("/org/newsgraph/extract/postpositive-words.txt");

    private PostpositiveWords() {
    }

    /** Whether the noun is such a word, right after a comma. */
    static boolean isPostpositive(AnnotatedSentence sentence, Token noun) {
        int at = sentence.tokens().indexOf(noun);
        return at > 0 && WORDS.contains(noun.text().toLowerCase(Locale.ROOT))
                && sentence.tokens().get(at - 1).pos().equals(",");
    }
}
