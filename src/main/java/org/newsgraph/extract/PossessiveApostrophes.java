package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A plural possessive written with a typographic apostrophe, "stockholders’ equity", "workers’ wages": the tokenizer
 * splits the "’" off and the tagger reads it as a closing quote ({@code ''}), not as the possessive marker ({@code
 * POS}) it reads in "workers' wages". Read as punctuation it spoiled a measure's phrase, and the measure was left empty
 * (KPI-EDGAR's "total stockholders’ equity", "the Company’s U.S. entities’ income"; news set in typographic quotes,
 * which is most news nobody here wrote). The parser then makes the owner a compound of the noun, not its possessor:
 * the phrase keeps only the words after the owner ("income", "wages"), as it drops a company's possessive.
 */
final class PossessiveApostrophes {

    private static final Set<String> APOSTROPHES = Set.of("’", "'");
    /** An opening single quote, after which a "’" may close the quotation instead. */
    private static final Set<String> OPENING_QUOTES = Set.of("‘", "`");

    private PossessiveApostrophes() {
    }

    /** Whether the token is a possessive marker: tagged one, or an apostrophe the tagger misread ({@link #misread}). */
    static boolean isPossessive(AnnotatedSentence sentence, Token token) {
        return token.pos().equals("POS") || misread(sentence, token);
    }

    /**
     * Whether the token is such a misread marker: an apostrophe tagged no possessive, glued to a noun ending in "s"
     * before it, with a word after it, and no opening single quote before it in the sentence.
     */
    static boolean misread(AnnotatedSentence sentence, Token token) {
        if (!APOSTROPHES.contains(token.text()) || token.pos().equals("POS")) {
            return false;
        }
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(token);
        if (at < 1 || at + 1 >= tokens.size()) {
            return false;
        }
        Token owner = tokens.get(at - 1);
        Token next = tokens.get(at + 1);
        boolean plural = owner.pos().startsWith("NN") && owner.text().matches(".*[sS]") && owner.end() == token.start();
        boolean quoted = tokens.subList(0, at).stream().anyMatch(t -> OPENING_QUOTES.contains(t.text()));
        return plural && !quoted && next.text().chars().anyMatch(Character::isLetterOrDigit);
    }
}
