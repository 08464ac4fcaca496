package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A company filing's defined term for the filer itself: "the Company", "the Corporation", "the Registrant", the word
 * capitalised after "the" ({@code filer-terms.txt}). Such a term names no organisation of the text (the filer is the
 * document's author, named in its metadata, not in the sentence), so coreference has nothing right to resolve it to:
 * on KPI-EDGAR's train filings it went to the last organisation named ("the Company purchased the NHL interest for
 * $350 million": NHL; "the Company's $18.8 billion net investment in Visa Europe": Visa Europe). News writes "the
 * company" in lower case, which stays coreference's.
 */
public final class FilerTerms {

    private static final Set<String> TERMS = ResourceTable.words("/org/newsgraph/extract/filer-terms.txt");

    private FilerTerms() {
    }

    /** Whether the token is a filer's defined term: a listed word, capitalised, right after "the" or "The". */
    public static boolean isFilerTerm(AnnotatedSentence sentence, Token token) {
        if (!TERMS.contains(token.text())) {
            return false;
        }
        int position = token.index() - sentence.tokens().get(0).index();
        return position > 0 && sentence.tokens().get(position - 1).text().equalsIgnoreCase("the");
    }
}
