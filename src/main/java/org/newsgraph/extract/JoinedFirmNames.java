package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Two firms the NER ran into one name across "and": "Fenwick Hotels and Saffron Air have formed a joint venture", where
 * the article names "Saffron Air" on its own later. The run is split where each side is a full firm's name by itself:
 * one side ends in a word only companies' names end in ({@link CorporateNames#byLastWord}) or is named alone elsewhere
 * in the article, and the other side is such a name too or a name of two or more capitalised words. One word on a
 * side keeps the run whole unless that word is named alone elsewhere ("Marks and Spencer", "Johnson and Johnson",
 * "Procter and Gamble" stay one). {@code EntityRecognizer.splitsNames} splits at the sentence's level where both sides
 * end in a company word; this is the article's level, which knows the other mentions.
 */
final class JoinedFirmNames {

    /** The rule of a side of the split whose own words give no cue. */
    static final String RULE = "firm-joined-by-and";

    private JoinedFirmNames() {
    }

    /** The names with each run of two firms joined by "and" replaced by the two firms. */
    static List<FoundName> split(AnnotatedText doc, List<FoundName> found) {
        List<FoundName> out = new ArrayList<>();
        for (FoundName f : found) {
            AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                    .orElse(null);
            List<FoundName> parts = sentence == null ? List.of() : parts(sentence, f, found);
            out.addAll(parts.isEmpty() ? List.of(f) : parts);
        }
        return out;
    }

    private static List<FoundName> parts(AnnotatedSentence sentence, FoundName f, List<FoundName> found) {
        if (f.entry() != null || f.type() == EntityType.PERSON || f.type() == EntityType.PLACE) {
            return List.of();
        }
        List<Token> all = sentence.tokens();
        List<Token> run = sentence.tokensIn(f.start(), f.end());
        if (run.size() < 3) {
            return List.of();
        }
        int first = all.indexOf(run.get(0));
        int last = first + run.size();
        int and = -1;
        for (int k = first + 1; k < last - 1; k++) {
            if (all.get(k).text().equals("and")) {
                if (and >= 0) {
                    return List.of(); // "A, B and C and D": not two names
                }
                and = k;
            }
        }
        if (and < 0 || !capitalised(all, first, and) || !capitalised(all, and + 1, last)) {
            return List.of();
        }
        boolean leftFull = fullName(all, first, and, f, found);
        boolean rightFull = fullName(all, and + 1, last, f, found);
        boolean leftName = leftFull || and - first >= 2;
        boolean rightName = rightFull || last - and - 1 >= 2;
        if (!(leftFull && rightName || rightFull && leftName)) {
            return List.of();
        }
        return List.of(part(sentence, all, first, and, f), part(sentence, all, and + 1, last, f));
    }

    /** A firm's name by its last word, or a name the article writes alone outside this run. */
    private static boolean fullName(List<Token> tokens, int from, int to, FoundName run, List<FoundName> found) {
        if (CorporateNames.byLastWord(tokens, from, to)) {
            return true;
        }
        String text = TypeCues.joined(tokens, from, to);
        return found.stream().anyMatch(o -> !o.overlaps(run) && o.text().equals(text)
                && o.type() != EntityType.PERSON && o.type() != EntityType.PLACE);
    }

    private static FoundName part(AnnotatedSentence sentence, List<Token> tokens, int from, int to, FoundName run) {
        TypeCues.Cue cue = TypeCues.cue(sentence, tokens.get(from).index(), tokens.get(to - 1).index() + 1);
        if (cue == null || cue.type() != EntityType.ORGANIZATION) {
            cue = new TypeCues.Cue(EntityType.ORGANIZATION, RULE);
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new FoundName(start, end, TypeCues.joined(tokens, from, to), run.sentence(), run.type(), run.weight(),
                cue, null);
    }

    /** Every word capitalised, "&" or a hyphen: a name, not a phrase ("Trade and Industry" is one side of "of"). */
    private static boolean capitalised(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String text = tokens.get(k).text();
            if (!Set.of("&", "-").contains(text) && (text.isEmpty() || !Character.isUpperCase(text.charAt(0)))) {
                return false;
            }
        }
        return to > from;
    }
}
