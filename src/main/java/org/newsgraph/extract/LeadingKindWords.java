package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.Token;

/**
 * A kind or role noun that opens the sentence and that its capital glued to the name after it: "Drugmaker Aventiq
 * Labs won approval", "Economist Hilde Marstrand said". News writes such a noun before a name without an article
 * ("said carmaker X"); at the sentence's start it takes a capital, and the NER then runs the name from it. The noun is
 * no word of the name: the name starts after it, and the noun says what the name is.
 *
 * <p>Organisations: a noun of the organisation nouns ({@code coref/organisation-nouns.txt}) that names the business by
 * what it does, an agent noun ("lender", "drugmaker", "broadcaster", "shipbuilder"). Nouns for institutions that start
 * names ("Bank", "Union", "Studio", "Network", "Club") are left in the name. People: a noun of what only a person is
 * ({@code person-roles.txt}) or of people by their work in "-ist" ("economist", "strategist").
 *
 * <p>Nouns only general knowledge holds (WordNet, {@link NounKinds}): a person's role or work ("builder", "miner",
 * "violinist", "bandleader") or a firm's kind ("shipper", "distiller"; "airline", a word no listed name opens). Many of them name both a trade's firms
 * and its people, and some open real names ("Pioneer Natural Resources", "Jack Henry & Associates"), so the words
 * after decide: a firm's name by its last word ("Builder Fawley Homes", "Miner Quarrendon Mining") makes the noun a
 * firm's kind; a person's full name by the NER (two words or more, all read as a person's) makes it a person's kind;
 * anything else keeps the word in the name, as before.
 */
final class LeadingKindWords {

    /** The endings of agent nouns: "lender", "operator", "chipmaker", "shipbuilder"; not "bank", "union", "studio". */
    private static final Pattern AGENT = Pattern.compile(".*(?:er|or)");

    static final String RULE = "kind-noun-opens-sentence";

    private LeadingKindWords() {
    }

    /**
     * The type the sentence's opening word says the name after it is, if that word is a glued kind noun: the word is
     * the sentence's first, capitalised only by its position ("Drugmaker", not "DRUGMAKER"), and the next word starts
     * a name (a capital) and is no kind noun itself ("Chief Executive ...").
     *
     * @param tokens the sentence's tokens
     * @param first  the index of the name's first word (the opening word) in {@code tokens}
     * @param last   one past the name's last word
     */
    static EntityType glued(List<Token> tokens, int first, int last) {
        if (first != 0 || last - first < 2 || last > tokens.size()) {
            return null;
        }
        String opening = tokens.get(0).text();
        String next = tokens.get(1).text();
        if (!opening.matches("\\p{Lu}\\p{Ll}+") || !Character.isUpperCase(next.charAt(0))
                || kind(next.toLowerCase(Locale.ROOT)) != null) {
            return null;
        }
        EntityType listed = kind(opening.toLowerCase(Locale.ROOT));
        return listed != null ? listed : byWordsAfter(tokens, opening.toLowerCase(Locale.ROOT), last);
    }

    /**
     * The type of a glued noun only general knowledge holds, decided by the name after it (tokens 1 to {@code last}):
     * a firm's by its last word, or a person's full name when the noun names people; else null (no glued noun).
     */
    private static EntityType byWordsAfter(List<Token> tokens, String noun, int last) {
        if (!generalKindNoun(noun)) {
            return null;
        }
        if (CorporateNames.byLastWord(tokens, 1, last)) {
            return EntityType.ORGANIZATION;
        }
        // "Shipper Maersk said ...", "Distiller Diageo ...": the name after the noun is one company a name list holds
        if (NounKinds.organisation(noun) && listedCompany(tokens.subList(1, last))) {
            return EntityType.ORGANIZATION;
        }
        boolean personName = last - 1 >= 2 && tokens.subList(1, last).stream().allMatch(t -> t.ner().equals("PERSON"));
        // "Supermarket Halden said", "Airline Brevik cut routes": a noun WordNet holds for organisations only, never
        // for people, and that opens no listed name, says what any name after it is (no person is an airline); not
        // before one ordinary noun, which with it may be the whole name ("Charity Commission", "Utility Warehouse")
        if (organisationOnly(noun) && !(last == 2 && ordinaryNoun(tokens.get(1).text()))) {
            return EntityType.ORGANIZATION;
        }
        return personName && NounKinds.person(noun) && !NounKinds.organisation(noun) ? EntityType.PERSON : null;
    }

    /**
     * Whether WordNet (or a hand list) holds the noun as a person's work, an agent noun in -er/-or or a noun in -ist
     * ("builder", "investor", "violinist"), or as an organisation's agent noun ("shipper", "distiller"); not an
     * institution's word that opens listed names ("University", "Bank"), nor a noun WordNet files under people
     * that opens names ("Guardian", "Quarry", "General").
     */
    static boolean generalKindNoun(String noun) {
        boolean organisation = NounKinds.organisation(noun);
        // people by their work or trade ("builder", "investor", "violinist"), not every noun WordNet files under
        // people ("quarry", "guardian", "general": words that open names)
        return organisation ? AGENT.matcher(noun).matches() || !opensNames(noun)
                : NounKinds.person(noun) && (AGENT.matcher(noun).matches() || noun.endsWith("ist"));
    }

    /**
     * Whether an organisation's noun opens the names of organisations: a word of {@code name-opening-words.txt}
     * ("Studio"), or the first word of a name the bundled gazetteer lists as an organisation's ("University" opens
     * 1,057, "Bank" 29, "Union" 15, "Club" 2); "Airline", "Supermarket", "Utility" and "Charity" open none, so they
     * are a kind said before the name ("Airline Corvid Airways").
     */
    private static boolean opensNames(String noun) {
        String capitalised = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        return NameOpeningWords.opens(capitalised) || Gazetteer.bundled().entriesBeginningWith(capitalised).stream()
                .anyMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    /** Whether the words are, exactly, the name of one company a name list holds ("Maersk", "Rio Tinto"). */
    private static boolean listedCompany(List<Token> words) {
        StringBuilder name = new StringBuilder(words.get(0).text());
        for (int k = 1; k < words.size(); k++) {
            name.append(words.get(k).start() > words.get(k - 1).end() ? " " : "").append(words.get(k).text());
        }
        Gazetteer.Entry entry = PersonGuesses.listed(name.toString(), Gazetteer.bundled());
        return entry != null && entry.type() == EntityType.ORGANIZATION;
    }

    /** What a kind noun says a name after it is: "lender" an organisation, "economist" a person; else null. */
    static EntityType kind(String word) {
        if (TypeCues.ORGANIZATION_NOUNS.contains(word) && AGENT.matcher(word).matches()) {
            return EntityType.ORGANIZATION;
        }
        // not job nouns in -er ("Trader Joe's", "Designer Brands" are firms' names): only the -ist ones
        if (TypeCues.PERSON_ROLES.contains(word) || TypeCues.jobNoun(word) && word.endsWith("ist")) {
            return EntityType.PERSON;
        }
        return null;
    }

    /**
     * Whether the word before a name at {@code first} is the sentence's opening word and an organisation's kind: an
     * agent noun of the organisation nouns ("Lender", "Broadcaster"), or a noun of organisations only that opens no
     * listed name ("Airline", "Supermarket", "Charity": the NER left it out of the name, as it does when it reads the
     * name as a person's).
     */
    static boolean openingOrganizationNoun(List<Token> tokens, int first) {
        if (first != 1 || !tokens.get(0).text().matches("\\p{Lu}\\p{Ll}+")) {
            return false;
        }
        String noun = tokens.get(0).text().toLowerCase(Locale.ROOT);
        if (kind(noun) == EntityType.ORGANIZATION) {
            return true;
        }
        // not before a title or another kind noun ("Treasury Secretary Hal Brandt"), nor one ordinary noun that may be
        // the name's second word ("Charity Commission")
        String next = tokens.get(1).text();
        return organisationOnly(noun) && kind(next.toLowerCase(Locale.ROOT)) == null && !TypeCues.jobNoun(
                next.toLowerCase(Locale.ROOT)) && !(tokens.size() > 2 && !startsName(tokens.get(2)) && ordinaryNoun(next));
    }

    private static boolean startsName(Token token) {
        return !token.text().isEmpty() && Character.isUpperCase(token.text().charAt(0));
    }

    /**
     * Whether a capitalised word is an ordinary noun WordNet holds ("Commission", "Warehouse", "City"), not a name it
     * files under people ("Morrison") nor a coined one ("Halden").
     */
    private static boolean ordinaryNoun(String word) {
        Lexicon lexicon = Lexicon.shared();
        return lexicon.knows(word) && !lexicon.lexicalClass(word).equals("person");
    }

    /**
     * Whether a noun names organisations and never people (WordNet or the hand lists: "airline", "supermarket",
     * "utility", "charity"; not "lender", "operator", which name people too), is no agent noun in -er or -or (those
     * are surnames and first words of names as well: "Shipper", "Baker"; only the hand-listed ones are kinds, {@link
     * #kind}) and opens no listed organisation's name ("Bank", "Union", "Club", "Council" do): at the sentence's
     * start, before a name, it is the name's kind said without an article, not the name's first word.
     */
    static boolean organisationOnly(String noun) {
        return !AGENT.matcher(noun).matches() && NounKinds.organisation(noun) && !NounKinds.person(noun)
                && !opensNames(noun);
    }
}
