package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A figure in a list whose verb is left out (gapping): "Toyota sold 95,000 cars in March, Honda 80,000 and Nissan
 * 61,000", "The Greens took 17 seats, the liberals 11", "Sales in Germany rose 4%, in France 2%", "the Dow rose 1.2%,
 * the S&amp;P 500 0.9%". The later figure follows a remnant: a short noun phrase (or an "in" phrase) right after a
 * comma or "and", with no verb, and the figure closes its clause; the antecedent is the figure of the clause before,
 * which has a verb. CoreNLP parses such lists poorly (the number hangs as nummod of the name, an orphan relation
 * only sometimes), so the words and their tags decide, not the parse. The remnant's figure is read as the
 * antecedent's (its unit, kind and measure); the remnant names what it is of.
 *
 * <p>Bounded: at most {@link #MAX_REMNANT} words of remnant and {@link #MAX_TAIL} words between the antecedent and the
 * comma.
 */
public final class GappedRemnants {

    /** A remnant and the last word of the antecedent figure. */
    public record Remnant(List<Token> words, Token antecedent) {
    }

    private static final int MAX_REMNANT = 6;
    /** "95,000 cars in March": words that may close the antecedent's clause after its figure. */
    private static final int MAX_TAIL = 4;
    private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
    /** A date or a time is no remnant ("in March, April 80,000" lists months, not names). */
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Tags of a remnant's words: a noun phrase, perhaps with "in" before it ("in France 2%"). */
    private static final Set<String> REMNANT_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "POS", "IN", "CD",
            "PRP$");
    private static final Set<String> JOINS = Set.of(",", "and", "or");
    /** The words after a remnant's figure that close its clause: punctuation, a conjunction, a phrase of time. */
    private static final Set<String> CLOSING_TAGS = Set.of(".", ",", ":", "CC", "IN", "-RRB-");

    private GappedRemnants() {
    }

    /** The remnant before the figure {@code span}, or null when the figure is in no gapped list. */
    public static Remnant of(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int first = tokens.indexOf(span.get(0));
        int last = tokens.indexOf(span.get(span.size() - 1));
        if (first < 0 || last < 0 || !closes(tokens, last)) {
            return null;
        }
        int at = first - 1;
        boolean noun = false;
        while (at >= 0 && first - at <= MAX_REMNANT && !JOINS.contains(word(tokens.get(at)))) {
            Token word = tokens.get(at);
            if (!REMNANT_TAGS.contains(word.pos()) || TIMES.contains(word.ner()) || NUMERIC.contains(word.ner())
                    || word.pos().equals("IN") && !word(word).equals("in")
                    || word.pos().equals("CD") && (at == 0 || !tokens.get(at - 1).pos().startsWith("NNP"))) {
                return null; // a verb ("said Honda 80,000"), a date, another figure, a number not part of a name
            }
            noun |= word.pos().startsWith("NN");
            at--;
        }
        if (at < 0 || at == first - 1 || !noun || !JOINS.contains(word(tokens.get(at)))) {
            return null;
        }
        List<Token> words = tokens.subList(at + 1, first);
        if (word(words.get(0)).equals("in") && words.size() == 1) {
            return null;
        }
        if (words.size() == 1 && words.get(0).pos().matches("NNS?")) {
            // "is 160 metres long and seats 420 passengers", "packs down to 1.9 kilograms and costs £520": a lone
            // common noun after "and" is as often a verb the tagger read as a noun; a remnant names its subject with
            // a name, a determiner or "in" ("Honda 80,000", "the liberals 11", "in France 2%")
            return null;
        }
        int join = at;
        if (join > 0 && word(tokens.get(join)).matches("and|or") && word(tokens.get(join - 1)).equals(",")) {
            join--;
        }
        Token antecedent = antecedent(tokens, join);
        return antecedent == null ? null : new Remnant(List.copyOf(words), antecedent);
    }

    /**
     * The unit of the count a bare number continues in a gapped list, or null.
     *
     * @param offset where the sentence's text starts in the document (the candidates' offsets are within it)
     * @param found  the figures read in the sentence so far
     */
    static String countOf(AnnotatedSentence sentence, List<Token> span, int offset, List<FigureCandidate> found) {
        Remnant remnant = of(sentence, span);
        if (remnant == null) {
            return null;
        }
        int at = remnant.antecedent().start() - offset;
        for (FigureCandidate figure : found) {
            if (figure.start() <= at && at < figure.end() && figure.kind() == FigureKind.COUNT
                    && figure.unit() != null && figure.vague() == null) {
                return figure.unit();
            }
        }
        return null;
    }

    /** The last word of the figure that closes the clause before {@code join}, after a verb; or null. */
    private static Token antecedent(List<Token> tokens, int join) {
        for (int at = join - 1; at >= 0 && join - at <= MAX_TAIL + 1; at--) {
            Token word = tokens.get(at);
            if (NUMERIC.contains(word.ner())) {
                for (int before = at - 1; before >= 0; before--) {
                    if (tokens.get(before).pos().startsWith("VB")) {
                        return word;
                    }
                }
                return null;
            }
            if (word.pos().startsWith("VB") || JOINS.contains(word(word)) && !word(word).equals(",")) {
                return null;
            }
        }
        return null;
    }

    private static boolean closes(List<Token> tokens, int last) {
        return last + 1 >= tokens.size() || CLOSING_TAGS.contains(tokens.get(last + 1).pos())
                || TIMES.contains(tokens.get(last + 1).ner());
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
