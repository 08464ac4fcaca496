package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;

/**
 * Short forms of the article's longer names, joined to the thing they stand for, each with its reason: the first or
 * last words of a name ("Kessler" of Kessler Automobil, "Air Force" of United States Air Force), a person's surname
 * ("Nadella", "Jordan said" after Owen Jordan) and initials ("GM", "DOJ"). The groups are the article's names by key
 * ({@link EntityRecognizer}); a joined mention moves into its thing's group.
 */
final class ShortForms {

    private ShortForms() {
    }

    /**
     * A name that is a contiguous part of a longer organisation's name that keeps its own name or its head (the first
     * word(s): "Apple" of "Apple Computer"; the last two or more: "Air Force" of "United States Air Force"; the words
     * after a word that opens organisations' names, {@link NameOpeningWords}: "Rheinau" of "FC Rheinau"; a last word
     * that names nothing else, {@link #distinctiveLastWord}: "Leverkusen" of "Bayer Leverkusen"), or the
     * last word(s) of a longer person's name (its first word where that is a family name written first: "Li" of "Li
     * Wei", {@link FamilyNamesFirst}; the first of two surnames or a surname opened by a particle, where no name ends in
     * the short name: "Echeverría" of "Tomás Echeverría Vial", "Da Costa" of "Luís da Costa", {@link
     * CompoundSurnames}), is that thing, mention by mention: the longer name introduced before the
     * mention, and a person only where the words around the mention say so ("Kessler" is Kessler Automobil until the
     * article says otherwise). Refused: a generic word alone ("Bank", "General"), a place, and an organisation's short
     * form that two longer names of the article could own ("Halden" after Halden Motors and Halden Foods) unless the
     * article settled it as the first one's before naming the second ({@link #established}), or all the others
     * are introduced as units of a firm ({@link NamedUnits}: "Norvik Telecom ... The unit, Norvik Towers, ... Norvik
     * will keep a stake": Norvik Telecom).
     */
    static void mergeShortForms(Map<String, List<FoundName>> byKey, Map<FoundName, String> joined, Set<String> units) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        mergeAcronyms(byKey, keys, joined);
        for (String shortKey : keys) {
            if (!byKey.containsKey(shortKey) || !shortKey.startsWith("n:") && identified(byKey.get(shortKey))) {
                continue;
            }
            String shortName = shortName(shortKey, byKey.get(shortKey));
            if (GenericNameWords.genericWord(shortName) || TypeVote.vote(byKey.get(shortKey)) == EntityType.PLACE) {
                continue;
            }
            List<String> organizations = new ArrayList<>();
            List<String> people = new ArrayList<>();
            List<String> surnamesFirst = new ArrayList<>();
            for (String other : keys) {
                String otherName = other.substring(2);
                if (other.equals(shortKey) || !byKey.containsKey(other) || otherName.length() <= shortName.length()) {
                    continue;
                }
                EntityType otherType = TypeVote.vote(byKey.get(other));
                boolean fromGazetteer = shortKey.startsWith("g:");
                if (otherType == EntityType.PERSON && (otherName.endsWith(" " + shortName)
                        || FamilyNamesFirst.shortFormOf(otherName, shortName)) && !fromGazetteer) {
                    people.add(other);
                } else if (otherType == EntityType.PERSON && CompoundSurnames.shortFormOf(otherName, shortName)
                        && !fromGazetteer) {
                    surnamesFirst.add(other);
                } else if (otherType != EntityType.PERSON && otherType != EntityType.PRODUCT
                        && (otherName.startsWith(shortName + " ")
                        // "Nissan Australia ... Nissan said", "Toyota Motor Europe ... Toyota said": a firm's arm in
                        // a country is not the firm
                        && !CountryArmNames.armTail(otherName.substring(shortName.length() + 1)) || (shortName.contains(" ")
                        || NameOpeningWords.opens(otherName.substring(0, otherName.length() - shortName.length()).strip())
                        || distinctiveLastWord(byKey, shortKey, shortName, other)
                        || listedFirmsLastWord(byKey, shortKey, shortName, other))
                        && otherType == EntityType.ORGANIZATION && otherName.endsWith(" " + shortName))
                        && (!fromGazetteer || TypeVote.vote(byKey.get(shortKey)) == EntityType.ORGANIZATION)) {
                    organizations.add(other);
                }
            }
            if (people.isEmpty()) {
                people.addAll(surnamesFirst); // a compound surname's short form only where no name ends in it
            }
            boolean shared = organizations.size() > 1;
            if (shared && !established(byKey, byKey.get(shortKey), organizations)) {
                List<String> parents = organizations.stream().filter(k -> !units.contains(k)).toList();
                organizations.retainAll(parents.size() == 1 ? parents : List.of());
            }
            if (organizations.isEmpty() && people.isEmpty()) {
                continue;
            }
            List<FoundName> stays = new ArrayList<>();
            for (FoundName mention : byKey.get(shortKey)) {
                String target = target(byKey, mention, mention.cueType() == EntityType.PERSON ? people : organizations);
                if (target == null) {
                    target = target(byKey, mention, mention.cueType() == EntityType.PERSON ? organizations : people);
                }
                if (target == null) {
                    stays.add(mention);
                } else {
                    // a list's alias used as the short form of an unlisted name is that name, not the listed thing;
                    // a person's surname where a publication or a maker could stand ("told Lund") is the person's
                    boolean sourceOfPerson = people.contains(target) && mention.cue() != null
                            && TypeCues.SURNAME_SLOTS.contains(mention.cue().rule());
                    TypeCues.Cue cue = sourceOfPerson ? null : mention.cue();
                    FoundName added = (target.startsWith("g:") || mention.entry() == null) && !sourceOfPerson ? mention
                            : new FoundName(mention.start(), mention.end(), mention.text(), mention.sentence(), mention.type(),
                                    mention.entry() == null || target.startsWith("g:") ? mention.weight() : 0, cue,
                                    target.startsWith("g:") ? mention.entry() : null, mention.demonym());
                    String longName = target.substring(2);
                    joined.put(added, (longName.startsWith(shortName + " ") ? "first words of "
                            : longName.endsWith(" " + shortName) || !surnamesFirst.contains(target) ? "last words of "
                            : "surname of ") + longName
                            + (organizations.size() > 1 && organizations.contains(target) ? ", used before the other names it begins or ends"
                            : shared && organizations.contains(target) ? ", the firm whose unit the other name is" : ""));
                    byKey.get(target).add(added);
                    byKey.get(target).sort(Comparator.comparingInt(FoundName::start));
                }
            }
            keepOrDrop(byKey, shortKey, stays);
        }
    }

    /**
     * "Owen Jordan ... Jordan said", "Ella Wexford ... Wexford said she would stay": a name list's one-word name that
     * stands where a surname may ({@link FoundName#surnameSlot}) is the person of the article whose full name ends in it
     * (the first named before the mention, else the only one), not the country or the town the list knows; its other
     * mentions ("in Wexford") stay the listed thing. The short forms of {@link #mergeShortForms} never join a listed
     * name to a person: without such a slot, "Ford" after "Bill Ford" may be the company.
     */
    static void mergeListedSurnames(Map<String, List<FoundName>> byKey, Map<FoundName, String> joined) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            if (!key.startsWith("g:") || byKey.get(key).stream().noneMatch(FoundName::surnameSlot)) {
                continue;
            }
            List<FoundName> stays = new ArrayList<>();
            for (FoundName mention : byKey.get(key)) {
                String surname = NameKeys.bareName(mention.text());
                List<String> people = byKey.keySet().stream().filter(k -> !k.equals(key)
                        && k.endsWith(" " + surname) && TypeVote.vote(byKey.get(k)) == EntityType.PERSON).toList();
                String person = mention.surnameSlot() ? target(byKey, mention, people) : null;
                if (person == null) {
                    stays.add(mention);
                    continue;
                }
                TypeCues.Cue cue = mention.cueType() == EntityType.PERSON ? mention.cue() : null;
                FoundName added = new FoundName(mention.start(), mention.end(), mention.text(), mention.sentence(),
                        EntityType.PERSON, 0, cue, null);
                joined.put(added, "last words of " + person.substring(2));
                byKey.get(person).add(added);
                byKey.get(person).sort(Comparator.comparingInt(FoundName::start));
            }
            keepOrDrop(byKey, key, stays);
        }
    }

    /**
     * "Bayer Leverkusen ... Leverkusen's sporting director": the last word of an organisation's name, written alone
     * after it, is its short form where that word names nothing by itself: no list knows it, it is no common noun
     * (WordNet: "Lions", "Bank" are), and it is no word companies' or clubs' names end in ("Capital", "Rovers"). The
     * article must name only one organisation ending in it ({@link #mergeShortForms} refuses two), and before it.
     */
    private static boolean distinctiveLastWord(Map<String, List<FoundName>> byKey, String shortKey, String shortName,
            String longKey) {
        return shortKey.startsWith("n:") && !shortName.contains(" ") && !CorporateNames.lastWord(shortName)
                && !Lexicon.shared().knows(shortName)
                && TypeVote.vote(byKey.get(shortKey)) == EntityType.ORGANIZATION
                && byKey.get(longKey).get(0).start() < byKey.get(shortKey).get(0).start();
    }

    /**
     * "Eli Lilly said ... Lilly plans to file": the last word of a firm a list knows by that full name, with an id,
     * written alone after it, is its short form where the list holds the word itself for nothing of its own (no id: a
     * name list's guess, or no entry at all) and it is no word companies' names end in. The list's id settles that the
     * long name is the firm; the short word names nothing the list could tell apart from it ({@link #mergeShortForms}
     * still refuses a word two of the article's names end in, and a place).
     */
    private static boolean listedFirmsLastWord(Map<String, List<FoundName>> byKey, String shortKey, String shortName,
            String longKey) {
        return longKey.startsWith("g:") && identified(byKey.get(longKey)) && !identified(byKey.get(shortKey))
                && !shortName.contains(" ") && !CorporateNames.lastWord(shortName)
                && TypeVote.vote(byKey.get(shortKey)) == EntityType.ORGANIZATION
                && byKey.get(longKey).get(0).start() < byKey.get(shortKey).get(0).start();
    }

    /**
     * "Novo Nordisk ... Novo's own oral version": a list's alias that is only the first word of its entry's own name
     * (the list's Novo Holdings, never written in full here) and the first word of exactly one firm the article named
     * in full before, itself a listed firm with an id, is that named firm: two things share the short form and the
     * article wrote only one of them out. A short form that is its entry's own name ("Apple" of Apple Inc.) stays
     * the listed thing ("Apple Corps ... Apple").
     */
    private static boolean aliasOfUnwrittenName(Map<String, List<FoundName>> byKey, String shortKey, String shortName,
            List<String> longer) {
        String own = NameKeys.withoutSuffix(shortKey.substring(2));
        return longer.size() == 1 && own.startsWith(shortName + " ") && longer.get(0).startsWith("g:")
                && identified(byKey.get(longer.get(0)))
                && byKey.get(shortKey).stream().map(FoundName::text).map(NameKeys::bareName).allMatch(shortName::equals);
    }

    /**
     * "Samsung Electronics reported ... Samsung said": a listed firm's name that is the first words of the longer name
     * of a firm the article introduced before it is, after that, the firm the article named, though the list knows the
     * short name as a thing of its own (the group, Q20716, and its electronics arm, Q20718). Only where the longer name
     * ends in a word only companies' names end in ({@link CorporateNames}: "LG Electronics", "Toyota Motor"; not "Ford
     * Australia" or "Apple Corps", where the short name is the other firm), and only where exactly one
     * organisation's longer name begins with it ("Samsung Electronics and Samsung Heavy" leave "Samsung" alone) and only
     * the mentions after the longer name's first one; mentions before it stay the listed thing. A list's alias that is
     * not its entry's own name joins a listed firm whatever that firm's last word ({@link #aliasOfUnwrittenName}).
     */
    static void mergeListedFirstWords(Map<String, List<FoundName>> byKey, Map<FoundName, String> joined) {
        for (String shortKey : new ArrayList<>(byKey.keySet())) {
            if (!shortKey.startsWith("g:") || !byKey.containsKey(shortKey) || !identified(byKey.get(shortKey))
                    || TypeVote.vote(byKey.get(shortKey)) != EntityType.ORGANIZATION) {
                continue;
            }
            String shortName = shortName(shortKey, byKey.get(shortKey));
            if (GenericNameWords.genericWord(shortName)) {
                continue;
            }
            List<String> longer = byKey.keySet().stream().filter(k -> !k.equals(shortKey)
                    && k.substring(2).startsWith(shortName + " ")
                    && TypeVote.vote(byKey.get(k)) == EntityType.ORGANIZATION).toList();
            String rest = longer.size() == 1 ? longer.get(0).substring(2 + shortName.length()).strip() : "";
            String lastWord = rest.substring(rest.lastIndexOf(' ') + 1);
            // the longer name is the short one and a firm's own last word ("Electronics", "Motor", "Steel"); not a
            // place or another word ("Ford Australia", "Apple Corps": another thing the list may know by the short name)
            if (rest.isEmpty() || (!CorporateNames.lastWord(lastWord) || CorporateNames.bodyWord(lastWord))
                    && !aliasOfUnwrittenName(byKey, shortKey, shortName, longer)) {
                continue;
            }
            String target = longer.get(0);
            int introduced = byKey.get(target).get(0).start();
            List<FoundName> stays = new ArrayList<>();
            for (FoundName mention : byKey.get(shortKey)) {
                if (mention.start() <= introduced) {
                    stays.add(mention);
                    continue;
                }
                FoundName added = new FoundName(mention.start(), mention.end(), mention.text(), mention.sentence(),
                        mention.type(), mention.weight(), mention.cue(), null, mention.demonym()); // the list's id is the other thing's
                joined.put(added, "first words of " + target.substring(2) + ", named before it");
                byKey.get(target).add(added);
                byKey.get(target).sort(Comparator.comparingInt(FoundName::start));
            }
            keepOrDrop(byKey, shortKey, stays);
        }
    }

    /** A group keeps the mentions no other name took, or goes when none is left. */
    private static void keepOrDrop(Map<String, List<FoundName>> byKey, String key, List<FoundName> stays) {
        if (stays.isEmpty()) {
            byKey.remove(key);
        } else {
            byKey.put(key, stays);
        }
    }

    /**
     * The name a group is written with in the article: its key's name, or for a list's entry the article met only by
     * one alias, that alias ("Dow" of Dow Inc.), which may be the short form of a longer name the article introduced
     * ("the Dow Jones Industrial Average", then "the Dow").
     */
    private static String shortName(String key, List<FoundName> group) {
        Set<String> written = new java.util.HashSet<>();
        group.forEach(f -> written.add(NameKeys.bareName(f.text())));
        return key.startsWith("g:") && written.size() == 1 ? written.iterator().next() : key.substring(2);
    }

    /** A gazetteer name with a Wikidata id is a thing of its own; "Ford" without one may be short for Ford Motor. */
    private static boolean identified(List<FoundName> group) {
        return group.stream().anyMatch(f -> f.entry() != null && f.entry().wikidata() != null);
    }

    /** "GM" is the General Motors of the same article, "USAF" its United States Air Force: initials of one name. */
    private static void mergeAcronyms(Map<String, List<FoundName>> byKey, List<String> keys, Map<FoundName, String> joined) {
        for (String shortKey : keys) {
            String acronym = shortKey.substring(2).replace(".", "");
            if (!acronym.matches("\\p{Lu}{2,5}") || identified(byKey.get(shortKey))) {
                continue;
            }
            List<String> expansions = keys.stream().filter(k -> !k.equals(shortKey) && byKey.containsKey(k)
                    && (initials(k.substring(2)).equals(acronym) || initialsWithLinks(k.substring(2)).equals(acronym)))
                    .toList();
            if (expansions.size() == 1) {
                byKey.get(shortKey).forEach(f -> joined.put(f, "initials of " + expansions.get(0).substring(2)));
                byKey.get(expansions.get(0)).addAll(byKey.remove(shortKey));
                byKey.get(expansions.get(0)).sort(Comparator.comparingInt(FoundName::start));
            }
        }
    }

    /** Initials that keep the linking words' too, as many bodies write them: "DOJ" of "Department of Justice". */
    static String initialsWithLinks(String name) {
        if (!name.matches(".*\\s(?:of|and|for)\\s.*")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || word.matches("of|and|for"))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.length() >= 3 ? out.toString() : "";
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /**
     * Whether the article used a short form after introducing the first of its longer names and before the second
     * ("Kessler Automobil ... Kessler's deliveries ... the holding Kessler Beteiligungen"): the short form is then
     * settled as the first name's. Used only after both ("General Motors and General Electric ... General"), it
     * could be either's.
     */
    private static boolean established(Map<String, List<FoundName>> byKey, List<FoundName> shortForm, List<String> longer) {
        List<Integer> introduced = longer.stream().map(k -> byKey.get(k).get(0).start()).sorted().toList();
        return shortForm.stream().anyMatch(f -> f.start() > introduced.get(0) && f.start() < introduced.get(1));
    }

    /** Of the candidate long names, the first introduced before the mention; else the only one, if one. */
    private static String target(Map<String, List<FoundName>> byKey, FoundName mention, List<String> candidates) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int first = byKey.get(candidate).get(0).start();
            if (first < mention.start() && first < bestStart) {
                best = candidate;
                bestStart = first;
            }
        }
        if (best == null && candidates.size() == 1) {
            best = candidates.get(0);
        }
        return best;
    }
}
