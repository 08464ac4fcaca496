package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * An office written as the name of whoever holds it: "the Prime Minister applauded", "the White House Press
 * Secretary said", "the Chancellor". News capitalises such a title when it stands for one person of the story, and
 * MEANTIME annotates it as that person's name. Which person it is holds only inside the article: across articles "the
 * Prime Minister" is many people, so such a name never merges by name ({@link #isOffice}).
 */
public final class OfficeTitles {

    /** The last word of an office. */
    private static final Set<String> HEADS = Set.of("president", "minister", "chancellor", "secretary", "governor",
            "mayor", "premier", "pope", "senator", "ambassador", "commissioner", "spokesman", "spokeswoman");
    /** Words an office's name may have before its head ("Prime", "Foreign", "Press", "Vice"). */
    private static final Set<String> MODIFIERS = Set.of("prime", "vice", "deputy", "foreign", "finance", "press",
            "treasury", "defence", "defense", "trade", "energy", "home", "interior", "general", "attorney", "chief",
            "first", "state", "health", "economy", "transport", "industry", "labour", "labor", "commerce");

    /**
     * Modifiers that also name a department alone, as MEANTIME and news write them ("Treasury Secretary X", "the
     * Treasury", "State Department", "Commerce", "Defense"): kept as found before an office.
     */
    private static final Set<String> DEPARTMENTS = Set.of("treasury", "state", "commerce", "defence", "defense",
            "attorney", "general", "chief", "first");

    private OfficeTitles() {
    }

    /**
     * Whether a name found is only the words an office opens with, before its head: "Interior" of "Interior Minister
     * Andrés Fuenzalida", "Transport" of "Transport Secretary X" (the NER calls the portfolio an organisation). A
     * listed name and a department's own name ({@link #DEPARTMENTS}: "Treasury Secretary") keep their place.
     */
    static boolean opensOffice(AnnotatedSentence sentence, FoundName found) {
        if (found.entry() != null) {
            return false;
        }
        List<Token> words = sentence.tokensIn(found.start(), found.end());
        if (words.isEmpty() || words.stream().anyMatch(t -> !MODIFIERS.contains(t.text().toLowerCase(Locale.ROOT))
                || DEPARTMENTS.contains(t.text().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        Token last = words.get(words.size() - 1);
        return sentence.tokens().stream().filter(t -> t.index() == last.index() + 1).findFirst()
                .filter(next -> next.start() - last.end() <= 1 && HEADS.contains(next.text().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /** Whether a word is the last word of an office: "minister", "President". */
    static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name is only an office ("Prime Minister", "Press Secretary", "President of Vesterland"): a person's
     * name inside one article.
     */
    public static boolean isOffice(String name) {
        int of = name.indexOf(" of ");
        String[] words = (of > 0 ? name.substring(0, of) : name).strip().split("\\s+");
        if (words.length == 0 || !HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (!MODIFIERS.contains(words[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }

    /**
     * The offices written as a person's name in a sentence, as token ranges [from, to): capitalised proper nouns
     * after "the" (maybe after a place's name: "the White House Press Secretary"), or in apposition to a person's name
     * ("Kaia Lund, Prime Minister of Vesterland"), that end in an office's head, maybe followed by "of" and the place
     * it governs ("the President of the Republic of Vesterland"), with no name after them ("the Prime Minister Lee
     * said" is Lee's title).
     */
    static List<int[]> find(AnnotatedSentence sentence) {
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!HEADS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)) || !capitalised(tokens.get(i))) {
                continue;
            }
            int from = i;
            while (from > 0 && MODIFIERS.contains(tokens.get(from - 1).text().toLowerCase(Locale.ROOT))
                    && capitalised(tokens.get(from - 1))) {
                from--;
            }
            boolean afterThe = from > 0 && (tokens.get(from - 1).text().equalsIgnoreCase("the")
                    || !tokens.get(from - 1).ner().equals("O") && tokens.get(from - 1).pos().startsWith("NNP"));
            boolean apposed = from > 1 && tokens.get(from - 1).text().equals(",")
                    && tokens.get(from - 2).ner().equals("PERSON");
            int to = ofPlace(tokens, i + 1);
            boolean nameAfter = to < tokens.size() && tokens.get(to).pos().startsWith("NNP");
            if ((afterThe || apposed) && !nameAfter && tokens.subList(from, i + 1).stream().allMatch(t -> t.ner().equals("O"))) {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY");

    /**
     * Where an office's name ends: after "of" and the place it governs ("of Vesterland", "of the Republic of
     * Vesterland": at most six words the NER calls a place, "of" inside), else at its head.
     */
    private static int ofPlace(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).text().equals("of")) {
            return at;
        }
        int k = at + 1;
        if (k < tokens.size() && tokens.get(k).text().equalsIgnoreCase("the")) {
            k++;
        }
        int end = at;
        for (int n = 0; k < tokens.size() && n < 6; k++, n++) {
            Token token = tokens.get(k);
            if (PLACE_TAGS.contains(token.ner()) && Character.isUpperCase(token.text().charAt(0))) {
                end = k + 1;
            } else if (!token.text().equals("of") || end <= at) {
                break;
            }
        }
        return end;
    }

    private static boolean capitalised(Token token) {
        return Character.isUpperCase(token.text().charAt(0)) && token.pos().startsWith("NNP");
    }
}
