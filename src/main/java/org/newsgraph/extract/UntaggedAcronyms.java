package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * An acronym the NER left untagged that spells the initials of exactly one organisation the article named before it:
 * "Tamar Valley Dairies (TVD) ... TVD runs two creameries", the capitals tagged nothing anywhere. Such a word is a
 * mention of an organisation, which {@link ShortForms} then joins to the name it spells ("initials of ..."). Two names
 * with the same initials, or none named before, leave it alone.
 */
final class UntaggedAcronyms {

    private static final int LONGEST = 5;

    private UntaggedAcronyms() {
    }

    /** The untagged acronyms of the article's organisations, in sentences not skipped. */
    static List<FoundName> find(AnnotatedText doc, List<FoundName> found, Set<Integer> skippedSentences) {
        Map<String, List<FoundName>> byName = new HashMap<>();
        for (FoundName f : found) {
            byName.computeIfAbsent(NameKeys.bareName(f.text()), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Integer>> introduced = new HashMap<>();
        byName.forEach((name, mentions) -> {
            String initials = ShortForms.initials(name);
            if (name.contains(" ") && initials.length() >= 2 && TypeVote.vote(mentions) == EntityType.ORGANIZATION) {
                introduced.computeIfAbsent(initials, k -> new ArrayList<>())
                        .add(mentions.stream().mapToInt(FoundName::start).min().orElse(Integer.MAX_VALUE));
            }
        });
        List<FoundName> acronyms = new ArrayList<>();
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (skippedSentences.contains(sentence.index())) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                List<Integer> starts = introduced.get(token.text());
                if (starts == null || starts.size() != 1 || starts.get(0) >= token.start() || !untaggedCapitals(token)
                        || found.stream().anyMatch(f -> f.start() < token.end() && token.start() < f.end())) {
                    continue;
                }
                acronyms.add(new FoundName(token.start(), token.end(), token.text(), sentence.index(),
                        EntityType.ORGANIZATION, TypeVote.NER_VOTE, null, null));
            }
        }
        return acronyms;
    }

    private static boolean untaggedCapitals(Token token) {
        return token.ner().equals("O") && token.pos().startsWith("NN") && token.text().length() <= LONGEST
                && token.text().matches("\\p{Lu}{2,}");
    }
}
