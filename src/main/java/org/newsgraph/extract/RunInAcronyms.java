package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.nlp.Token;

/**
 * A name's own initials written straight after it, without brackets, that the NER runs into the name ("a new
 * Canadian Auto Workers CAW contract", "under an Irish Nurses Union INU deal"): the capitals close the run's last
 * word and spell the initials of the run's words before them, so they are the name's short form, a mention of its
 * own that {@link ShortForms} joins to the name ("initials of ..."), not a word of the name. Only the run's last
 * word: "Hewlett Packard Enterprise HPE Labs" is left alone, and so are capitals that spell other words ("Alpha
 * Beta AG").
 */
final class RunInAcronyms {

    private static final int LONGEST = 6;

    private RunInAcronyms() {
    }

    /** Whether token {@code at}, inside the NER's run that began at {@code first}, is the run's initials closing it. */
    static boolean closes(List<Token> tokens, int first, int at) {
        String acronym = tokens.get(at).text();
        if (at - first < 2 || !acronym.matches("\\p{Lu}{2," + LONGEST + "}")
                || at + 1 < tokens.size() && tokens.get(at + 1).ner().equals(tokens.get(at).ner())
                && tokens.get(at + 1).start() - tokens.get(at).end() <= 1) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (int k = first; k < at; k++) {
            name.append(k > first ? " " : "").append(tokens.get(k).text());
        }
        String initials = ShortForms.initials(name.toString());
        return initials.equals(acronym) || ShortForms.initialsWithLinks(name.toString()).equals(acronym);
    }
}
