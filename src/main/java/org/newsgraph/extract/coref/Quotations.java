package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * The quotations of an article: which tokens stand between quotation marks, in which quotation, the sentences each
 * spans and the verb of saying that attributes it. Coreference reads "we" and "it" inside a quotation as its
 * speaker's.
 */
final class Quotations {

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d");

    private final AnnotatedText doc;
    /** The number of the quotation each quoted token is in. */
    private final Map<Integer, Integer> quoteOf = new HashMap<>();
    /** Each quotation's first and last sentence, first and last token. */
    private final List<int[]> quotes = new ArrayList<>();

    Quotations(AnnotatedText doc) {
        this.doc = doc;
        read();
    }

    /** The number of the quotation a token is in, or null when it is in none. */
    Integer numberOf(Token token) {
        return quoteOf.get(token.index());
    }

    /** The number of the quotation the token of this index is in, or null when it is in none. */
    Integer numberAt(int tokenIndex) {
        return quoteOf.get(tokenIndex);
    }

    /** Whether the article has a quotation of this number. */
    boolean exists(int number) {
        return number >= 0 && number < quotes.size();
    }

    /** The index of the sentence a quotation starts in. */
    int firstSentence(int number) {
        return quotes.get(number)[0];
    }

    /** The index of the sentence a quotation ends in. */
    int lastSentence(int number) {
        return quotes.get(number)[1];
    }

    /**
     * The verb of saying outside quotation marks in the sentence a quotation ends in (nearest after the closing mark),
     * else in the sentence it starts in (nearest before the opening mark); null when neither has one.
     * Null for a number no quotation has.
     */
    Token attribution(int number) {
        if (number < 0 || number >= quotes.size()) {
            return null;
        }
        int[] quote = quotes.get(number);
        Token best = null;
        for (Token candidate : doc.sentences().get(quote[1]).tokens()) {
            if (candidate.index() > quote[3] && !quoteOf.containsKey(candidate.index()) && CoreferenceWords.isSpeechVerb(candidate)) {
                return candidate;
            }
        }
        for (Token candidate : doc.sentences().get(quote[0]).tokens()) {
            if (candidate.index() < quote[2] && !quoteOf.containsKey(candidate.index()) && CoreferenceWords.isSpeechVerb(candidate)) {
                best = candidate;
            }
        }
        return best != null ? best : attributionAfter(quote);
    }

    /**
     * '"... a catastrophic collapse." said Stephen Harper, Prime Minister of Canada.', '"..." Mr MacFarlane said.': the
     * sentence right after the quotation's last one, in the same paragraph, when it is only an attribution (its root a
     * verb of saying outside quotation marks that reports no clause of its own); null otherwise.
     */
    private Token attributionAfter(int[] quote) {
        int next = quote[1] + 1;
        if (next >= doc.sentences().size()) {
            return null;
        }
        AnnotatedSentence sentence = doc.sentences().get(next);
        AnnotatedSentence before = doc.sentences().get(quote[1]);
        if (doc.text() == null || sentence.start() > doc.text().length() || before.end() > sentence.start()
                || doc.text().substring(before.end(), sentence.start()).contains("\n")) {
            return null;
        }
        Token root = sentence.root();
        if (root == null || sentence.head(root) != null) {
            return null;
        }
        boolean reports = sentence.children(root).stream().map(sentence::relationToHead)
                .anyMatch(r -> r.startsWith("ccomp") || r.startsWith("parataxis") || r.startsWith("xcomp"));
        return !reports && !quoteOf.containsKey(root.index()) && CoreferenceWords.isSpeechVerb(root) ? root : null;
    }

    /**
     * Marks every token between quotation marks with the number of its quotation, and records each quotation's first
     * and last sentence and token: "``" opens, "''" closes, a plain '"' opens or closes by turns. A paragraph break
     * (two sentences that do not follow each other in the text) closes an open quotation, as news starts every
     * paragraph anew.
     */
    private void read() {
        int[] open = null;
        int lastEnd = -1;
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (open != null && lastEnd >= 0 && doc.text() != null && sentence.start() > lastEnd
                    && sentence.start() <= doc.text().length()
                    && doc.text().substring(lastEnd, sentence.start()).contains("\n")) {
                open = null;
            }
            lastEnd = sentence.end();
            for (Token token : sentence.tokens()) {
                String text = token.text();
                if (!QUOTE_MARKS.contains(text)) {
                    if (open != null) {
                        quoteOf.put(token.index(), quotes.size() - 1);
                        open[1] = sentence.index();
                        open[3] = token.index();
                    }
                    continue;
                }
                boolean opens = text.equals("``") || text.equals("\u201c")
                        || (text.equals("\"") && open == null);
                if (opens && open == null) {
                    open = new int[] {sentence.index(), sentence.index(), token.index() + 1, token.index()};
                    quotes.add(open);
                } else if (!opens) {
                    open = null;
                }
            }
        }
    }
}
