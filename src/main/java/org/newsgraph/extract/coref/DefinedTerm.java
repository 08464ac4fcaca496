package org.newsgraph.extract.coref;

import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * "the Company", "the Firm", "the Corporation" written with a capital inside a prose sentence: a filing's defined term
 * for its own author ('Acme Inc. (the "Company")'), not a reference back to an organisation the text named. In
 * KPI-EDGAR's 10-K sentences (train split) eleven filers write "the Company" so (Apple, Costco, Salesforce, Danaher,
 * Disney, Johnson &amp; Johnson, Coca-Cola, Mastercard, Nike, Visa, Walmart), JPMorgan "the Firm" and Bank of America
 * "the Corporation", and every one of them was read as another organisation of the sentence ("the Company acquired
 * Innovel Solutions" as Innovel, "the NHL exercised its right and the Company purchased ..." as the NHL). News writes
 * "the company" in lower case (none of the MEANTIME tuning half's 48 definite organisation nouns has a capital).
 * A word at the start of a sentence, or in a sentence written in capitals word by word (a headline), says nothing.
 * Only the words of {@code defined-terms.txt} are read so: news does write "the Commission", "the Council" or "the
 * Bank" with a capital for a body it named. The one reader of such terms: coreference refuses them, and a figure's
 * subject chain stops at them ({@code FigureContext}), so that neither gives the filer's figure to another firm.
 */
public final class DefinedTerm {

    private static final Set<String> TERMS = ResourceTable.words("/org/newsgraph/extract/coref/defined-terms.txt");

    private DefinedTerm() {
    }

    /** Whether the token is such a defined term: a listed word, capitalised, after "the" in prose. */
    public static boolean is(AnnotatedSentence sentence, Token noun) {
        if (!TERMS.contains(noun.text()) || sentence.tokens().indexOf(noun) <= 0) {
            return false;
        }
        boolean definite = sentence.children(noun).stream().anyMatch(c -> c.text().equalsIgnoreCase("the")
                && DependencyWalk.relation(sentence, noun, c).startsWith("det"));
        return definite && prose(sentence);
    }

    /** Whether at least half the words of the sentence begin in lower case, as prose does and a headline does not. */
    private static boolean prose(AnnotatedSentence sentence) {
        int words = 0;
        int lower = 0;
        for (Token token : sentence.tokens()) {
            if (!token.text().isEmpty() && Character.isLetter(token.text().charAt(0))) {
                words++;
                lower += Character.isLowerCase(token.text().charAt(0)) ? 1 : 0;
            }
        }
        return lower * 2 >= words;
    }
}
