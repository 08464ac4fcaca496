package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A verb by which its subject reports a company's results ({@code result-nouns.txt}): "Zoom posted revenue of $1.1
 * billion", "Square reported a profit", "Visa said quarterly revenue rose 10%". People report results too, but as
 * "his" or "her" company's; a name the NER leaves untyped that reports results in its own name is a company.
 */
final class ReportedResults {

    private static final Set<String> RESULT_NOUNS = ResourceTable.rows("/org/newsgraph/extract/result-nouns.txt", 1,
            "one word a line").stream().map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());
    /** Verbs whose object is the results reported: "reported a loss", "posted revenue", "booked a profit". */
    private static final Set<String> REPORTING_VERBS = Set.of("report", "post", "book", "record", "announce");

    private ReportedResults() {
    }

    /**
     * Whether {@code verb} reports results: a reporting verb whose object is a result noun ("reported a profit"), or a
     * speech verb whose reported clause has a result noun as its subject that no person owns ("said quarterly revenue
     * rose", not "said his sales rose").
     */
    static boolean reports(AnnotatedSentence sentence, Token verb) {
        if (!verb.pos().startsWith("VB") || verb.lemma() == null) {
            return false;
        }
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        for (Token child : sentence.children(verb)) {
            String relation = sentence.relationToHead(child);
            if (REPORTING_VERBS.contains(lemma) && relation.equals("obj") && resultNoun(sentence, child)) {
                return true;
            }
            if (Coreference.speechVerbs().contains(lemma) && relation.equals("ccomp") && child.pos().startsWith("VB")
                    && sentence.children(child).stream().anyMatch(s -> sentence.relationToHead(s).startsWith("nsubj")
                    && resultNoun(sentence, s))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word, lower case, is a noun of a company's results ("revenue", "profit", "sales"). */
    static boolean isResultWord(String word) {
        return RESULT_NOUNS.contains(word);
    }

    /** A common noun of results whose owner, if any, is "its": "revenue", "a profit", "its sales"; not "his sales". */
    private static boolean resultNoun(AnnotatedSentence sentence, Token noun) {
        return noun.pos().startsWith("NN") && !noun.pos().startsWith("NNP") && noun.lemma() != null
                && (RESULT_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
                || RESULT_NOUNS.contains(noun.text().toLowerCase(Locale.ROOT)))
                && sentence.children(noun).stream().noneMatch(c -> sentence.relationToHead(c).equals("nmod:poss")
                && !c.text().equalsIgnoreCase("its"));
    }
}
