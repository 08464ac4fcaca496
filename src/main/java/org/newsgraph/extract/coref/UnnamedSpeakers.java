package org.newsgraph.extract.coref;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The people a story lets speak without naming them: "A spokesman for Acme said ...", "An Acme spokeswoman told
 * reporters ...", "a company official said": a noun of {@code unnamed-speaker-nouns.txt} with an indefinite article
 * ("a", "an", "another"), the subject of a verb of saying, that is no part of a person's name and has no name beside it
 * ("Jo Lind, a spokeswoman for Acme, said" names her: the noun is her apposition, not a subject). A "he" or "she" after
 * such a speaker, with no person of that gender named between, is the unnamed speaker ("'We will bid again,' he
 * added"): {@link PersonCoreference} then gives no answer rather than the last man or woman the story named.
 */
final class UnnamedSpeakers {

    /** The nouns, each with the gender it gives (UNKNOWN: "spokesperson", "official"). */
    private static final Map<String, PersonCoreference.Gender> NOUNS = readNouns();
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    /** Relations by which a name stands beside the noun and names the speaker ("a spokesman, Jo Lind,"). */
    private static final Set<String> NAMING = Set.of("appos", "flat", "compound", "dep");

    private final Function<Token, Entity> personAt;

    /** Reads speakers with the article's named people ({@code personAt}: the person a token names, or null). */
    UnnamedSpeakers(Function<Token, Entity> personAt) {
        this.personAt = personAt;
    }

    /**
     * The last unnamed speaker of a sentence before a token index whose gender agrees with the pronoun's, or null.
     */
    Token lastBefore(AnnotatedSentence sentence, int beforeToken, PersonCoreference.Gender gender) {
        Token last = null;
        for (Token token : sentence.tokens()) {
            if (token.index() >= beforeToken) {
                break;
            }
            PersonCoreference.Gender given = genderOf(token);
            if (given != null && (given == PersonCoreference.Gender.UNKNOWN || given == gender)
                    && isUnnamedSpeaker(sentence, token)) {
                last = token;
            }
        }
        return last;
    }

    /** The gender a speaker noun gives, UNKNOWN for one that gives none; null for a word of no such noun. */
    private static PersonCoreference.Gender genderOf(Token token) {
        if (!token.pos().startsWith("NN") || token.pos().startsWith("NNP")) {
            return null;
        }
        String lemma = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        return NOUNS.get(lemma);
    }

    private boolean isUnnamedSpeaker(AnnotatedSentence sentence, Token noun) {
        Token verb = sentence.head(noun);
        if (verb == null || personAt.apply(noun) != null || !sentence.relationToHead(noun).startsWith("nsubj")
                || !CoreferenceWords.isSpeechVerb(verb)) {
            return false;
        }
        boolean indefinite = false;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (NAMING.contains(relation) && personAt.apply(child) != null) {
                return false;
            }
            indefinite = indefinite || relation.equals("det")
                    && INDEFINITE.contains(child.text().toLowerCase(Locale.ROOT));
        }
        return indefinite;
    }

    private static Map<String, PersonCoreference.Gender> readNouns() {
        String resource = "/org/newsgraph/extract/coref/unnamed-speaker-nouns.txt";
        Map<String, PersonCoreference.Gender> nouns = new HashMap<>();
        int number = 0;
        for (String line : ResourceTable.lines(resource)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] columns = text.split("\t");
            PersonCoreference.Gender gender = columns.length < 2 ? PersonCoreference.Gender.UNKNOWN
                    : switch (columns[1].strip()) {
                        case "male" -> PersonCoreference.Gender.MALE;
                        case "female" -> PersonCoreference.Gender.FEMALE;
                        default -> throw new IllegalStateException(resource + " line " + number
                                + ": the gender is male, female or none, not '" + columns[1] + "'");
                    };
            nouns.put(columns[0].strip().toLowerCase(Locale.ROOT), gender);
        }
        return nouns;
    }
}
