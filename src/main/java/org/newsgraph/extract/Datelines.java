package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A wire dateline opening an article: the place in capitals, then at most a region, a day and the agency in
 * brackets, then a dash ("LONDON (Reuters) -", "WASHINGTON, March 3 (AP) --", "SANTIAGO, Sept 11 -", "MILAN -").
 * The place is a place under its ordinary name ("London", the name list's entry where it has one, so that the body's
 * "London" is the same thing; "SAO PAULO" was a person), the agency an organisation ("AFP" had no tag); nothing else
 * is made of the dateline. Only the first sentence's first words, only before a dash, and only where the name list
 * knows the place or the NER tags the capitals as a place or a person, never an organisation, and only before a
 * capitalised word ("EXCLUSIVE -" is no place, nor "BP - the oil major - said").
 */
final class Datelines {

    /** The rule named in a dateline place's or agency's type reason. */
    static final String PLACE_RULE = "dateline";
    static final String AGENCY_RULE = "dateline-agency";

    /** The NER's tags that a dateline's place in capitals gets when the name list does not know it. */
    private static final String PLACE_OR_PERSON_TAGS = "LOCATION|CITY|STATE_OR_PROVINCE|COUNTRY|PERSON";
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "---");
    /** Words of a place's name that stay in lower case inside it ("Rio de Janeiro", "Stratford-upon-Avon"). */
    private static final Set<String> LOWER_WORDS = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "la",
            "le", "les", "el", "of", "the", "upon", "on", "am", "im", "sur", "en", "es", "al");
    /** How many tokens may stand between the place and the dash (region, day, agency). */
    private static final int MAX_BETWEEN = 10;
    private static final int MAX_PLACE_WORDS = 4;

    private Datelines() {
    }

    /** The dateline's place and agency as found names, or none where the sentence opens with no dateline. */
    static List<FoundName> find(String text, AnnotatedSentence sentence, Gazetteer gazetteer) {
        List<Token> tokens = sentence.tokens();
        int placeEnd = 0;
        while (placeEnd < tokens.size() && placeEnd < MAX_PLACE_WORDS && capitals(tokens.get(placeEnd))) {
            placeEnd++;
        }
        if (placeEnd == 0 || tokens.get(0).start() != sentence.start()) {
            return List.of();
        }
        int agencyStart = -1;
        int agencyEnd = -1;
        int dash = -1;
        for (int i = placeEnd; i < tokens.size() && i <= placeEnd + MAX_BETWEEN; i++) {
            Token token = tokens.get(i);
            if (DASHES.contains(token.text())) {
                dash = i;
                break;
            }
            if (token.text().equals("(")) {
                int close = i + 1;
                while (close < tokens.size() && close - i <= 4 && capitalised(tokens.get(close))) {
                    close++;
                }
                if (close == i + 1 || close >= tokens.size() || !tokens.get(close).text().equals(")")) {
                    return List.of();
                }
                agencyStart = i + 1;
                agencyEnd = close;
                i = close;
                continue;
            }
            if (!token.text().equals(",") && !token.text().equals(".") && !capitalised(token)
                    && !token.ner().equals("DATE")) {
                return List.of();
            }
        }
        if (dash < 0 || dash == tokens.size() - 1 || !capitalised(tokens.get(dash + 1))
                && !tokens.get(dash + 1).text().matches("[\"“‘']")) {
            return List.of();
        }
        List<Token> place = tokens.subList(0, placeEnd);
        int start = place.get(0).start();
        int end = place.get(placeEnd - 1).end();
        String written = text.substring(start, end);
        String named = ordinaryCase(written);
        Gazetteer.Entry entry = listedPlace(gazetteer, named);
        boolean tagged = place.stream().anyMatch(t -> t.ner().matches(PLACE_OR_PERSON_TAGS))
                && place.stream().noneMatch(t -> t.ner().equals("ORGANIZATION"));
        if (entry == null && (!tagged || gazetteer.entry(named).isPresent())) {
            return List.of();
        }
        List<FoundName> found = new ArrayList<>();
        TypeCues.Cue placeCue = new TypeCues.Cue(EntityType.PLACE, PLACE_RULE);
        found.add(entry != null
                ? new FoundName(start, end, written, sentence.index(), EntityType.PLACE, TypeVote.KNOWN_VOTE, placeCue, entry)
                : new FoundName(start, end, named, sentence.index(), EntityType.PLACE, TypeVote.NER_VOTE, placeCue, null));
        if (agencyStart >= 0) {
            int from = tokens.get(agencyStart).start();
            int to = tokens.get(agencyEnd - 1).end();
            String agency = text.substring(from, to);
            Gazetteer.Entry listed = gazetteer.entry(agency).filter(e -> e.type() == EntityType.ORGANIZATION).orElse(null);
            found.add(new FoundName(from, to, agency, sentence.index(), EntityType.ORGANIZATION, TypeVote.NER_VOTE,
                    new TypeCues.Cue(EntityType.ORGANIZATION, AGENCY_RULE), listed));
        }
        return found;
    }

    /** A word of capitals: two letters or more, no lower-case letter ("LONDON", "ST.", "WINSTON-SALEM", "N'DJAMENA"). */
    private static boolean capitals(Token token) {
        String word = token.text();
        return word.codePoints().filter(Character::isLetter).count() >= 2
                && word.codePoints().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '\'' || c == '’')
                && Character.isLetter(word.codePointAt(0));
    }

    private static boolean capitalised(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0));
    }

    /** "SAO PAULO" -> "Sao Paulo", "RIO DE JANEIRO" -> "Rio de Janeiro", "WINSTON-SALEM" -> "Winston-Salem". */
    static String ordinaryCase(String capitals) {
        StringBuilder out = new StringBuilder();
        int wordStart = 0;
        for (int i = 0; i <= capitals.length(); i++) {
            if (i == capitals.length() || capitals.charAt(i) == ' ' || capitals.charAt(i) == '-') {
                String word = capitals.substring(wordStart, i).toLowerCase(Locale.ROOT);
                boolean first = wordStart == 0;
                out.append(!first && LOWER_WORDS.contains(word) || word.isEmpty() ? word
                        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
                if (i < capitals.length()) {
                    out.append(capitals.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        return out.toString();
    }

    /** The name list's place of this name, if it lists one under it. */
    private static Gazetteer.Entry listedPlace(Gazetteer gazetteer, String name) {
        for (Gazetteer.Match match : gazetteer.find(name)) {
            if (match.start() == 0 && match.end() == name.length() && match.entry().type() == EntityType.PLACE) {
                return match.entry();
            }
        }
        return null;
    }
}
