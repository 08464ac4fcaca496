package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * Names of laws, treaties and other legal texts ({@code law-name-words.txt}): "the Clean Water Act" is introduced and
 * "the Paris Agreement" signed as a product is launched, but neither is a product.
 */
final class LegalTexts {

    private static final Set<String> LAST_WORDS = ResourceTable.rows("/org/newsgraph/extract/law-name-words.txt", 1,
            "one word a line").stream().map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());

    private LegalTexts() {
    }

    /** Whether the name {@code tokens[first, last)} has two words or more and ends in a legal text's word. */
    static boolean legalText(List<Token> tokens, int first, int last) {
        return last - first >= 2 && LAST_WORDS.contains(tokens.get(last - 1).text());
    }
}
