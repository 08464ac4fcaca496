package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * "As of October 3, 2020 and September 28, 2019, capitalized software costs, net of accumulated depreciation, totaled
 * $778 million and $927 million, respectively": a list of dates before the subject makes the parser take a date for
 * the verb's subject and the subject for its apposition (nsubj(totaled, 28) appos(28, costs)); a heading run into the
 * sentence does the same ("Cash Flow Hedges As of September 30, 2020 and 2019, the Company's cash flow hedges ...
 * totaled $71 million": nsubj(totaled, Hedges) appos(Hedges, hedges)). The subject is then the common noun apposed to
 * the date or heading. Only a date, or a capitalised word that names no entity, gives its subject place away so: an
 * organisation with an apposition ("Acme, the retailer, ...") stays the subject.
 */
final class ApposedSubjects {

    private ApposedSubjects() {
    }

    /**
     * The subject a nominal subject stands for: the common noun apposed after it when it is a date or a heading,
     * else the subject itself.
     */
    /** Whether a comma and then a determiner stand right after the word: "Robusta, the cheaper variety". */
    private static boolean describedRightAfter(AnnotatedSentence sentence, Token subject) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(subject);
        return at >= 0 && at + 2 < tokens.size() && tokens.get(at + 1).text().equals(",")
                && tokens.get(at + 2).pos().equals("DT");
    }

    static Token subject(AnnotatedSentence sentence, Token subject, DocumentContext context) {
        boolean date = subject.ner().equals("DATE");
        boolean heading = subject.pos().startsWith("NNP") && subject.ner().equals("O")
                && context.entityAt(subject) == null;
        if (!date && !heading || heading && describedRightAfter(sentence, subject)) {
            // "Robusta, the cheaper variety grown in Vietnam, climbed 4.2%": a name the lists do not know, described
            // by an apposition set off right after it, is the subject; a heading runs on into its sentence unparted
            return subject;
        }
        for (Token child : sentence.children(subject)) {
            if (child.index() > subject.index() && DependencyWalk.relation(sentence, subject, child).equals("appos")
                    && child.pos().startsWith("NN") && !child.pos().startsWith("NNP") && child.ner().equals("O")
                    && context.entityAt(child) == null) {
                return child;
            }
        }
        return subject;
    }
}
