package org.newsgraph.extract.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon;

/**
 * The word lists coreference reads, beside this class: the nouns that may stand for an organisation and their tags
 * ({@code organisation-nouns.txt}: generic, public, members), the nouns of one kind ({@code organisation-noun-kinds.txt})
 * and the broader kinds ({@code organisation-noun-broader.txt}), the words of a public body's name
 * ({@code public-body-words.txt}), verbs of saying ({@code speech-verbs.txt}) and the predicates an extraposed "it"
 * comes before ({@code extraposition-predicates.txt}), and the nouns that stand for a named place with the NER classes
 * of the names they fit ({@code place-nouns.txt}). Each file is checked as it is read.
 */
final class CoreferenceWords {

    private static final Map<String, Set<String>> NOUNS = readNouns();
    private static final List<String> PUBLIC_WORDS = readWords("public-body-words.txt");
    private static final Map<String, String> KINDS = readKinds("organisation-noun-kinds.txt");
    /** Each kind (first noun of its kinds line) to the broader kinds it is one of: carmaker to manufacturer. */
    private static final Map<String, Set<String>> BROADER = readBroader("organisation-noun-broader.txt");
    private static final Set<String> SPEECH_VERBS = Set.copyOf(readWords("speech-verbs.txt"));
    private static final Set<String> EXTRAPOSITION = Set.copyOf(readWords("extraposition-predicates.txt"));
    private static final Set<String> MERGER_RESULT = Set.copyOf(readWords("merger-result-words.txt"));
    private static final Set<String> LINE_OF_WORK = Set.copyOf(readWords("line-of-work-nouns.txt"));
    private static final Map<String, Set<String>> DEAL_WORDS = readDealWords();
    private static final Map<String, String> DEAL_ROLES = readDealRoles();
    private static final Map<String, Set<String>> PLACE_NOUNS = readPlaceNouns();
    /** Roles a person holds in an organisation ({@code extract/employer-roles.txt}, the list the type cues read). */
    private static final Set<String> EMPLOYER_ROLES = Set.copyOf(org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/employer-roles.txt", 1, "one noun a line").stream()
            .map(row -> row.columns()[0].strip()).toList());
    /**
     * The part a person plays beside an organisation rather than in it ({@code extract/side-roles.txt}, the list
     * {@code RivalOrganisations} reads: analyst, adviser, customer, rival): "Acme's biggest customer, Jo Lind" does not
     * speak for Acme.
     */
    private static final Set<String> SIDE_ROLES = Set.copyOf(org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/side-roles.txt", 1, "one noun a line").stream()
            .map(row -> row.columns()[0].strip()).toList());
    /** Speakers who speak for the firm written as their compound ({@code firm-speaker-nouns.txt}). */
    private static final Set<String> FIRM_SPEAKERS =
            org.newsgraph.io.ResourceTable.words("/org/newsgraph/extract/coref/firm-speaker-nouns.txt");

    /** Last words of names that say the firm's trade ({@code name-trade-words.tsv}), with the noun they make it. */
    private static final Map<String, String> NAME_TRADES =
            readNameTrades("/org/newsgraph/extract/coref/name-trade-words.tsv");
    /** Places of a trade a firm named after one is called by ({@code trade-place-nouns.txt}: "the dairy"). */
    private static final Set<String> TRADE_PLACES =
            org.newsgraph.io.ResourceTable.words("/org/newsgraph/extract/coref/trade-place-nouns.txt");

    private CoreferenceWords() {
    }

    /** Whether a lower-case noun may stand for an organisation ("company", "automaker"): organisation-nouns.txt. */
    static boolean isOrganisationNoun(String noun) {
        return NOUNS.containsKey(noun);
    }

    /**
     * Whether a lower-case noun after "the" (or another determiner) may refer back to an organisation: one of
     * {@code organisation-nouns.txt}, else a singular noun WordNet's general knowledge calls a kind of organisation
     * ({@link Lexicon}: "the club", "the orchestra", "the caterer"), which has no tag: it must agree with what the
     * article said of the organisation. Only this reading of "the X" asks WordNet; the gates of pronouns and figures
     * keep the list.
     */
    static boolean isDescribingNoun(String noun) {
        // a noun coreference reads as a place ("the country", "the city") keeps its place reading
        return NOUNS.containsKey(noun) || !noun.isEmpty() && Character.isLetter(noun.charAt(0))
                && placeClasses(noun).isEmpty()
                && Lexicon.shared().lemma(noun).equals(noun) && Lexicon.shared().isOrganisation(noun);
    }

    /** The tags of an organisation noun ("generic", "public", "members"); empty for any other word. */
    static Set<String> tags(String noun) {
        return NOUNS.getOrDefault(noun, Set.of());
    }

    /** Every organisation noun. */
    static Set<String> organisationNouns() {
        return java.util.Collections.unmodifiableSet(NOUNS.keySet());
    }

    /** The kind a noun is one of (the first noun of its kinds line: "automaker" for "carmaker"), else the noun. */
    static String kindOf(String noun) {
        return KINDS.getOrDefault(noun, noun);
    }

    /** Words that make a name a public body's ("Government of Canada", "Treasury Board"). */
    static List<String> publicBodyWords() {
        return PUBLIC_WORDS;
    }

    /** The lemmas of verbs of saying: "say", "tell", "announce". */
    static Set<String> speechVerbs() {
        return SPEECH_VERBS;
    }

    /**
     * Whether a common noun is a role a person holds in an organisation ("manager", "counsel", "employee":
     * {@code employer-roles.txt}), by its lemma.
     */
    static boolean isEmployerRole(org.newsgraph.nlp.Token token) {
        String lemma = token.lemma() == null ? token.text() : token.lemma();
        return token.pos().startsWith("NN") && !token.pos().startsWith("NNP")
                && EMPLOYER_ROLES.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a common noun is a part played beside an organisation ({@code side-roles.txt}), by its lemma. */
    static boolean isSideRole(org.newsgraph.nlp.Token token) {
        String lemma = token.lemma() == null ? token.text() : token.lemma();
        return SIDE_ROLES.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a common noun names a person who speaks for the firm written as its compound ("A Torrin official", "an
     * Acme spokeswoman"): {@code firm-speaker-nouns.txt}.
     */
    static boolean isFirmSpeaker(org.newsgraph.nlp.Token token) {
        String lemma = token.lemma() == null ? token.text() : token.lemma();
        return token.pos().startsWith("NN") && !token.pos().startsWith("NNP")
                && FIRM_SPEAKERS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a lower-case singular noun names the place a trade is worked in ({@code trade-place-nouns.txt}). */
    static boolean isTradePlace(String noun) {
        return TRADE_PLACES.contains(noun);
    }

    /**
     * The organisation noun a name's last word makes the firm ({@code name-trade-words.tsv}: "insurance" an insurer,
     * "motors" a carmaker), lower case; null for any other word.
     */
    static String tradeOfNameWord(String word) {
        return NAME_TRADES.get(word);
    }

    private static Map<String, String> readNameTrades(String resource) {
        Map<String, String> trades = new HashMap<>();
        for (org.newsgraph.io.ResourceTable.Row row
                : org.newsgraph.io.ResourceTable.rows(resource, 2, "a name's last word, a tab, an organisation noun")) {
            String noun = row.columns()[1].strip();
            if (!NOUNS.containsKey(noun)) {
                throw row.problem("a noun of organisation-nouns.txt after the tab");
            }
            trades.put(row.columns()[0].strip(), noun);
        }
        return Map.copyOf(trades);
    }

    /** Whether a token is a verb whose lemma is a verb of saying. */
    static boolean isSpeechVerb(org.newsgraph.nlp.Token token) {
        return token.pos().startsWith("VB") && token.lemma() != null
                && SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether an adjective makes a description the organisation a merger makes ({@code merger-result-words.txt}). */
    static boolean isMergerResult(String word) {
        return MERGER_RESULT.contains(word);
    }

    /** Whether a lemma is a verb whose two parties make a deal ({@code deal-words.txt} "verb": acquire, merge). */
    static boolean isDealVerb(String lemma) {
        return DEAL_WORDS.getOrDefault(lemma, Set.of()).contains("verb");
    }

    /** Whether a deal verb's buyer is its "to" ({@code deal-words.txt} "to": "Acme sold its unit to Borr"). */
    static boolean isDealVerbTo(String lemma) {
        return DEAL_WORDS.getOrDefault(lemma, Set.of()).contains("to");
    }

    /** Whether a deal verb is a sale, with a buyer and a seller ({@code deal-words.txt} "sale": buy, sell). */
    static boolean isSaleVerb(String lemma) {
        return DEAL_WORDS.getOrDefault(lemma, Set.of()).contains("sale");
    }

    /** The party of a sale a noun names ({@code deal-role-nouns.txt}: "buyer", "seller"), or null. */
    static String dealRole(String noun) {
        return DEAL_ROLES.get(noun);
    }

    private static Map<String, String> readDealRoles() {
        Map<String, String> roles = new HashMap<>();
        for (Entry entry : entries("deal-role-nouns.txt")) {
            String[] parts = entry.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length != 2 || !Set.of("buyer", "seller").contains(parts[1])) {
                throw new IllegalStateException("deal-role-nouns.txt line " + entry.line() + ": '" + entry.text()
                        + "' needs a noun and the party it names, buyer or seller");
            }
            roles.put(parts[0], parts[1]);
        }
        return Map.copyOf(roles);
    }

    /** Whether a lemma is a noun naming a deal itself ({@code deal-words.txt} "noun": deal, merger, takeover). */
    static boolean isDealNoun(String lemma) {
        return DEAL_WORDS.getOrDefault(lemma, Set.of()).contains("noun");
    }

    /** Whether a noun names a line of work as often as a firm ({@code line-of-work-nouns.txt}: "business"). */
    static boolean isLineOfWork(String word) {
        return LINE_OF_WORK.contains(word);
    }

    /** Whether a predicate ("easy", "surprise") takes an extraposed "it" before a clause. */
    static boolean isExtraposing(String word) {
        return EXTRAPOSITION.contains(word);
    }

    /** The NER classes of the names a place noun may stand for ("city": CITY); empty for any other word. */
    static Set<String> placeClasses(String noun) {
        return PLACE_NOUNS.getOrDefault(noun, Set.of());
    }

    private static Map<String, Set<String>> readPlaceNouns() {
        Map<String, Set<String>> nouns = new HashMap<>();
        for (Entry entry : entries("place-nouns.txt")) {
            String[] fields = entry.text().split("\\s+");
            if (fields.length < 2 || !fields[0].equals(fields[0].toLowerCase(Locale.ROOT))
                    || nouns.containsKey(fields[0])) {
                throw new IllegalStateException("place-nouns.txt line " + entry.line()
                        + ": want a new lower-case noun and its NER classes: " + entry.text());
            }
            nouns.put(fields[0], Set.of(Arrays.copyOfRange(fields, 1, fields.length)));
        }
        return Map.copyOf(nouns);
    }

    private static Map<String, Set<String>> readNouns() {
        Map<String, Set<String>> nouns = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String resource = "/org/newsgraph/extract/coref/organisation-nouns.txt";
        try (InputStream in = CoreferenceWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                Set<String> tags = Set.of(parts).stream().filter(t -> !t.equals(parts[0]))
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
                if (!Set.of("generic", "public", "members", "loose-in-names", "diversified").containsAll(tags) || tags.size() != parts.length - 1
                        || !seen.add(parts[0])) {
                    throw new IllegalStateException(resource + " line " + number
                            + ": expected a noun then the tags 'generic', 'public', 'members', 'loose-in-names' or 'diversified',"
                            + " noun once: "
                            + text);
                }
                nouns.put(parts[0], tags);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(nouns);
    }

    /** Whether two nouns name one kind of organisation ("carmaker", "automaker"): the same noun or one line of kinds. */
    static boolean sameKind(String a, String b) {
        return a.equals(b) || KINDS.getOrDefault(a, a).equals(KINDS.getOrDefault(b, b));
    }

    /**
     * Whether two nouns may describe one organisation: the same kind, or one a kind of the other ("automaker" and
     * "manufacturer"; not "airline" and "bank").
     */
    static boolean compatible(String a, String b) {
        String kindA = KINDS.getOrDefault(a, a);
        String kindB = KINDS.getOrDefault(b, b);
        return kindA.equals(kindB) || BROADER.getOrDefault(kindA, Set.of()).contains(kindB)
                || BROADER.getOrDefault(kindB, Set.of()).contains(kindA);
    }

    /**
     * Whether a noun calls an organisation a maker of things: "manufacturer" or "maker" or a kind of manufacturer
     * ("carmaker", "automaker", "planemaker", "chipmaker"), as {@code organisation-noun-broader.txt} lists them.
     */
    static boolean isMakerNoun(String noun) {
        String kind = KINDS.getOrDefault(noun, noun);
        return kind.equals("manufacturer") || BROADER.getOrDefault(kind, Set.of()).contains("manufacturer");
    }

    /** The broader file: "broad: narrow narrow", each noun taken to its kind; every noun an organisation noun. */
    private static Map<String, Set<String>> readBroader(String name) {
        Map<String, Set<String>> broader = new HashMap<>();
        for (Entry entry : entries(name)) {
            int number = entry.line();
            String text = entry.text();
            int colon = text.indexOf(':');
            List<String> nouns = new ArrayList<>(List.of(text.replace(":", " ").trim().split("\\s+")));
            if (colon < 0 || nouns.size() < 2) {
                throw new IllegalStateException(name + " line " + number + ": want 'broad: narrow narrow...'");
            }
            for (String noun : nouns) {
                if (!NOUNS.containsKey(noun)) {
                    throw new IllegalStateException(name + " line " + number + ": '" + noun
                            + "' is not in organisation-nouns.txt");
                }
            }
            String broad = KINDS.getOrDefault(nouns.get(0), nouns.get(0));
            for (String narrow : nouns.subList(1, nouns.size())) {
                broader.computeIfAbsent(KINDS.getOrDefault(narrow, narrow), k -> new HashSet<>()).add(broad);
            }
        }
        broader.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(broader);
    }

    /** Each noun of a kinds file to the first noun of its line; every noun must be an organisation noun. */
    private static Map<String, String> readKinds(String name) {
        Map<String, String> kinds = new HashMap<>();
        for (Entry entry : entries(name)) {
            int number = entry.line();
            String[] nouns = entry.text().split("\\s+");
            for (String noun : nouns) {
                if (!NOUNS.containsKey(noun) || kinds.putIfAbsent(noun, nouns[0]) != null) {
                    throw new IllegalStateException(name + " line " + number + ": '" + noun
                            + "' is not in organisation-nouns.txt or is on two lines; add it there or remove it here");
                }
            }
        }
        return Map.copyOf(kinds);
    }

    /** {@code deal-words.txt}: a lemma and its tags ("verb", "noun"), checked. */
    private static Map<String, Set<String>> readDealWords() {
        Map<String, Set<String>> words = new HashMap<>();
        for (Entry entry : entries("deal-words.txt")) {
            String[] parts = entry.text().toLowerCase(Locale.ROOT).split("\\s+");
            Set<String> tags = Set.copyOf(Arrays.asList(parts).subList(1, parts.length));
            if (tags.isEmpty() || !Set.of("verb", "noun", "to", "sale").containsAll(tags)) {
                throw new IllegalStateException("deal-words.txt line " + entry.line() + ": '" + entry.text()
                        + "' needs the tag verb or noun");
            }
            words.computeIfAbsent(parts[0], k -> new HashSet<>()).addAll(tags);
        }
        return Map.copyOf(words);
    }

    /** One lower-case word or phrase a line, '#' comments, from a resource beside this class. */
    private static List<String> readWords(String name) {
        return entries(name).stream().map(e -> e.text().toLowerCase(Locale.ROOT)).toList();
    }

    /** A non-blank, non-comment line of a resource: its number (from 1, for messages) and its text, stripped. */
    private record Entry(int line, String text) {
    }

    /** The entries of a resource beside this class, '#' comments and blank lines left out. */
    private static List<Entry> entries(String name) {
        List<String> lines = readLines(name);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                entries.add(new Entry(i + 1, text));
            }
        }
        return entries;
    }

    private static List<String> readLines(String name) {
        try (InputStream in = CoreferenceWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
