package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * A mention cut inside a run of capitalised words whose whole the article names elsewhere: "Tamrock Games released the
 * Dragon Run 3 ... Tamrock Games is owned by ...", where the first sentence's mention is "Tamrock" alone (the NER left
 * both words untagged there and found the full name only later). The mention takes the whole run, so the words the
 * sentence's parse hangs its verb on ("Games", the head) belong to the firm. Only where the longer name is a name of
 * the article, written out in full elsewhere; the run's words are proper nouns the NER left untagged.
 */
final class WholeRunNames {

    private static final int LONGEST = 3;

    private WholeRunNames() {
    }

    /** The names with each cut mention run on to the longer name the article writes elsewhere. */
    static List<FoundName> extend(AnnotatedText doc, List<FoundName> found) {
        List<FoundName> out = new ArrayList<>();
        for (FoundName f : found) {
            FoundName whole = whole(doc, f, found);
            if (whole == null) {
                out.add(f);
            } else if (found.stream().noneMatch(o -> o != f && o.start() == whole.start() && o.end() == whole.end())) {
                out.add(whole);
            }
        }
        // a name the longer mention now covers is that mention's
        List<FoundName> extended = out.stream().filter(o -> !found.contains(o)).toList();
        out.removeIf(o -> found.contains(o) && extended.stream().anyMatch(e -> e.overlaps(o)));
        return out;
    }

    private static FoundName whole(AnnotatedText doc, FoundName f, List<FoundName> found) {
        if (f.type() == EntityType.PERSON || f.type() == EntityType.PLACE) {
            return null;
        }
        AnnotatedSentence sentence = doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst()
                .orElse(null);
        if (sentence == null) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        List<Token> own = sentence.tokensIn(f.start(), f.end());
        if (own.isEmpty()) {
            return null;
        }
        int at = tokens.indexOf(own.get(own.size() - 1)) + 1;
        Set<String> longer = new HashSet<>();
        for (FoundName o : found) {
            if (o.sentence() != f.sentence() && o.text().startsWith(f.text() + " ") && o.type() != EntityType.PERSON
                    && o.type() != EntityType.PLACE) {
                longer.add(o.text());
            }
        }
        if (longer.isEmpty()) {
            return null;
        }
        String text = f.text();
        int end = f.end();
        for (int k = at; k < tokens.size() && k - at < LONGEST; k++) {
            Token next = tokens.get(k);
            if (next.start() - tokens.get(k - 1).end() > 1 || !next.ner().equals("O") || !next.pos().startsWith("NNP")
                    || !Character.isUpperCase(next.text().charAt(0))) {
                break;
            }
            text = text + " " + next.text();
            end = next.end();
            if (longer.contains(text)) {
                return new FoundName(f.start(), end, text, f.sentence(), f.type(), f.weight(), f.cue(), f.entry(),
                        f.demonym(), f.surnameSlot());
            }
        }
        return null;
    }
}
