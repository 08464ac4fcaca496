package org.newsgraph.extract;

import java.util.List;

/**
 * A one-word name the NER calls a person from its shape alone, where the name lists know it as one company or one
 * place ("competes with Mondelez and Kellanova", "Barclays and Lazard advised", "commuters from Como, Varese and
 * Bergamo"): with no word around it saying what it is, the list's knowledge outweighs the NER's guess, as it does for
 * a name the NER leaves unmarked. Not where the word is part of a person's name the article writes ("Tim" after "Tim
 * Cook", "Dell" after "Michael Dell"): there it is that person's short form; nor where the article's words say what
 * the name is at another mention ("the Kestrel, a compact hatchback"): those words decide.
 */
final class PersonGuesses {

    private PersonGuesses() {
    }

    /** Retypes, in place, the lone person guesses that a name list knows as one company or place. */
    static void retype(List<FoundName> found, Gazetteer gazetteer) {
        List<String> people = found.stream().filter(f -> f.type() == EntityType.PERSON || f.cueType() == EntityType.PERSON)
                .map(FoundName::text).toList();
        List<String> cued = found.stream().filter(f -> f.cue() != null).map(FoundName::text).toList();
        found.replaceAll(f -> {
            Gazetteer.Entry entry = guessedPerson(f) ? listed(f.text(), gazetteer) : null;
            return entry == null || wordOfPerson(f.text(), people) || cued.contains(f.text()) ? f
                    : new FoundName(f.start(), f.end(), f.text(), f.sentence(), entry.type(), TypeVote.KNOWN_VOTE, null,
                            entry);
        });
    }

    private static boolean guessedPerson(FoundName f) {
        return f.type() == EntityType.PERSON && f.weight() == TypeVote.NER_VOTE && f.entry() == null && f.cue() == null
                && !f.demonym() && f.text().matches("\\p{Lu}[\\p{L}-]+");
    }

    /** The one company or place a list holds under exactly this name; null if none, another type, or two. */
    static Gazetteer.Entry listed(String name, Gazetteer gazetteer) {
        List<Gazetteer.Match> matches = gazetteer.find(name);
        if (matches.size() != 1 || matches.get(0).start() != 0 || matches.get(0).end() != name.length()
                || gazetteer.contested(name) || gazetteer.contested(matches.get(0).entry().name())) {
            return null;
        }
        Gazetteer.Entry entry = matches.get(0).entry();
        return entry.type() == EntityType.ORGANIZATION || entry.type() == EntityType.PLACE ? entry : null;
    }

    private static boolean wordOfPerson(String word, List<String> people) {
        return people.stream().anyMatch(person -> !person.equals(word) && List.of(person.split("[\\s-]+")).contains(word));
    }
}
