package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Organisations whose name opens with the kind of body ({@code name-opening-words.txt}): "Radio Kelvedon", "Studio
 * Marchetti", "Banco Ardales". The NER leaves the common noun out and takes the rest for a person or finds nothing;
 * the capitalised noun and the capitalised words after it are one organisation's name.
 */
final class NameOpeningWords {

    static final String RULE = "name-opening-word";

    private static final Set<String> WORDS = ResourceTable.words(
            "/org/newsgraph/extract/name-opening-words.txt");

    /** Capitalised words that end a name's run: articles and the like ("Radio Kelvedon The station ..."). */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "And", "Of", "In", "On", "For", "To");

    private NameOpeningWords() {
    }

    /**
     * The names in the sentence that open with such a word and go on with one or more capitalised words; not where a
     * name already found runs past it ("BBC Radio Ulster", a listed "Studio City").
     */
    static List<FoundName> find(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!WORDS.contains(tokens.get(k).text())) {
                continue;
            }
            int j = k + 1;
            while (j < tokens.size() && j - k <= 4 && capitalised(tokens.get(j))
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1) {
                j++;
            }
            if (j == k + 1) {
                continue;
            }
            int start = tokens.get(k).start();
            int end = tokens.get(j - 1).end();
            FoundName name = new FoundName(start, end, text.substring(start, end), sentence.index(),
                    EntityType.ORGANIZATION, TypeVote.NER_VOTE, new TypeCues.Cue(EntityType.ORGANIZATION, RULE), null);
            boolean inside = known.stream().filter(name::overlaps)
                    .anyMatch(f -> f.start() < start || f.end() > end || f.entry() != null && f.start() == start);
            if (!inside) {
                out.add(name);
            }
            k = j - 1;
        }
        return out;
    }

    /** Whether the word (as written) opens organisations' names: "Radio", "Studio", "Banco". */
    static boolean opens(String word) {
        return WORDS.contains(word);
    }

    private static boolean capitalised(Token token) {
        String word = token.text();
        return word.matches("\\p{Lu}[\\p{L}'’-]*") && !NOT_NAME_WORDS.contains(word) && !WORDS.contains(word);
    }
}
