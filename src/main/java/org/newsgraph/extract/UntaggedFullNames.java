package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * A firm's full name the NER left untagged where the article tags its short form an organisation elsewhere: "A bidding
 * war for Harrowgate Water intensified ... Harrowgate said it was considering the approach", the first words tagged
 * nowhere in the first sentence. The short form's words followed by capitalised nouns they are compounds of, none of
 * them tagged, are an organisation's name of their own, so the short form joins it ({@link ShortForms}) instead of
 * standing for the firm with a name the article never gave it. Only a short form the article calls an organisation,
 * never where a list or the NER makes the same words a place, and never over a role or a title.
 */
final class UntaggedFullNames {

    private static final Set<String> ROLES = ResourceTable.words("/org/newsgraph/extract/person-roles.txt");
    private static final Set<String> HEADING_WORDS = ClassNames.words("heading");
    private static final int LONGEST_SHORT_FORM = 3;
    private static final int LONGEST_HEAD = 3;

    private UntaggedFullNames() {
    }

    /**
     * The untagged full names of the article's organisations' short forms, in sentences not skipped; the caller drops
     * the words of them found as parts of other names ({@link #within}).
     */
    static List<FoundName> find(AnnotatedText doc, List<FoundName> found, Set<Integer> skippedSentences) {
        Set<String> shortForms = shortForms(found);
        List<FoundName> names = new ArrayList<>();
        if (shortForms.isEmpty()) {
            return names;
        }
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (skippedSentences.contains(sentence.index())) {
                continue;
            }
            List<Token> tokens = sentence.tokens();
            for (int at = 0; at < tokens.size(); at++) {
                int end = fullNameEnd(sentence, tokens, at, shortForms);
                if (end < 0) {
                    continue;
                }
                int start = tokens.get(at).start();
                int finish = tokens.get(end - 1).end();
                // only a word the article's other mentions lent the name ({@code weight 0}) may stand inside it
                if (found.stream().noneMatch(f -> f.start() < finish && start < f.end()
                        && (f.weight() > 0 || f.start() < start || finish < f.end()))) {
                    names.add(new FoundName(start, finish, doc.text().substring(start, finish), sentence.index(),
                            EntityType.ORGANIZATION, TypeVote.NER_VOTE, null, null));
                }
                at = end - 1;
            }
        }
        return names;
    }

    /** Whether a name found lies inside one of the full names. */
    static boolean within(FoundName part, List<FoundName> fullNames) {
        return fullNames.stream().anyMatch(n -> n.sentence() == part.sentence() && n.start() <= part.start()
                && part.end() <= n.end() && !n.equals(part));
    }

    /**
     * The bare names the article's mentions, by their vote ({@link TypeVote}), call an organisation, less those a list,
     * a cue or a demonym makes a place anywhere, and those that already begin a longer name of the article: their
     * full name is found, and the short form with a capitalised word after it is something of theirs ("Cedarline
     * Robotics ... the Cedarline Reach", "Brenner Motors ... the Brenner Connect app").
     */
    private static Set<String> shortForms(List<FoundName> found) {
        Map<String, List<FoundName>> byName = new HashMap<>();
        Set<String> places = new HashSet<>();
        for (FoundName f : found) {
            String bare = NameKeys.bareName(f.text());
            byName.computeIfAbsent(bare, k -> new ArrayList<>()).add(f);
            if (f.type() == EntityType.PLACE && f.entry() != null || f.cueType() == EntityType.PLACE || f.demonym()) {
                places.add(bare);
            }
        }
        Set<String> begunNames = new HashSet<>();
        for (String bare : byName.keySet()) {
            for (int space = bare.indexOf(' '); space > 0; space = bare.indexOf(' ', space + 1)) {
                begunNames.add(bare.substring(0, space));
            }
        }
        Set<String> organizations = new HashSet<>();
        byName.forEach((bare, mentions) -> {
            if (!places.contains(bare) && !begunNames.contains(bare) && !heading(bare)
                    && mentions.stream().allMatch(f -> f.entry() == null)
                    && !GenericNameWords.genericWord(bare) && TypeVote.vote(mentions) == EntityType.ORGANIZATION) {
                organizations.add(bare);
            }
        });
        return organizations;
    }

    /**
     * Where the full name that starts at {@code at} with a short form's words ends, or -1: untagged words, the short
     * form's then capitalised nouns, each a compound of the next.
     */
    private static int fullNameEnd(AnnotatedSentence sentence, List<Token> tokens, int at, Set<String> shortForms) {
        for (int words = Math.min(LONGEST_SHORT_FORM, tokens.size() - at - 1); words >= 1; words--) {
            if (!shortForms.contains(joined(tokens, at, at + words))) {
                continue;
            }
            int end = at + words;
            while (end < tokens.size() && end - at - words < LONGEST_HEAD && headWord(tokens.get(end))
                    && tokens.get(end).start() - tokens.get(end - 1).end() <= 1) {
                end++;
            }
            if (end == at + words) {
                return -1;
            }
            for (int i = at; i < end; i++) {
                if (!tokens.get(i).ner().equals("O")
                        || i < end - 1 && (sentence.head(tokens.get(i)) != tokens.get(i + 1)
                        || !sentence.relationToHead(tokens.get(i)).equals("compound"))) {
                    return -1;
                }
            }
            return end;
        }
        return -1;
    }

    /** Words of a filing's headings only ("Financial Information"): a heading, not a firm's short form. */
    private static boolean heading(String name) {
        return java.util.Arrays.stream(name.split(" ")).allMatch(w -> HEADING_WORDS.contains(w.toLowerCase()));
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder(tokens.get(from).text());
        for (int i = from + 1; i < to; i++) {
            if (tokens.get(i).start() - tokens.get(i - 1).end() > 1) {
                return "";
            }
            words.append(' ').append(tokens.get(i).text());
        }
        return words.toString();
    }

    private static boolean headWord(Token token) {
        String word = token.text();
        return token.pos().startsWith("NN") && word.length() > 1 && Character.isUpperCase(word.codePointAt(0))
                && word.chars().anyMatch(Character::isLowerCase) && !ROLES.contains(word.toLowerCase())
                && !OfficeTitles.isHead(word.toLowerCase()) && !EntityRecognizer.CORPORATE_SUFFIXES.contains(word);
    }
}
