package org.newsgraph.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.extract.EntityType;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Builds the compact gazetteer shipped with Newsgraph ({@code gazetteer.tsv}) from the public sources described in
 * {@code ../shared/datasets/gazetteer/README.md}. Sources are read in order of trust; a name seen again merges into the
 * first entry with its type (filling a missing Wikidata id, adding aliases). Names that are also common English words
 * ("Target", "Reading"), single-word city names (often surnames too: Henderson, Lund), single-word names from the flat
 * name lists (which have "British", "Kansai" and "Denmark" as companies) and names recased from SEC capitals are
 * written in {@code known} mode, so they only identify what the NER already marks as a name of the same kind.
 */
public final class GazetteerBuilder {

    /** The company words that do not make a name different: "Microsoft Corp." is Microsoft. */
    private static final Set<String> SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.",
            "company", "ltd", "ltd.", "limited", "plc", "llc", "l.p.", "lp", "n.v.", "nv", "s.a.", "sa", "ag", "se", "/de/",
            "group", "holdings", "holding", "the");
    private static final Pattern COUNTRY_SUFFIX = Pattern.compile("\\s*\\([^)]*\\)$");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{N}\\p{Punct}\\s&’'.-]+");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final Set<String> commonWords;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    /** The first type seen for each name; the flat lists (company, ticker and brand names) never retype a name. */
    private final Map<String, EntityType> typed = new HashMap<>();
    private static final int FLAT_LISTS = 4;
    /** The aliases {@link AliasAmbiguity} left out at the last {@link #write}, by reason. */
    private final Map<AliasAmbiguity.Reason, Integer> ambiguous = new TreeMap<>();
    /** Brands read and not yet typed ({@link #typeBrands}). */
    private final List<Brand> brands = new ArrayList<>();

    /** A brand list's name and aliases. */
    private record Brand(String name, List<String> aliases) {
    }

    /** One entry being assembled: the first source's name and type, every alias, the first Wikidata id. */
    private static final class Draft {
        final String name;
        final EntityType type;
        final int rank;
        String wikidata;
        final TreeSet<String> aliases = new TreeSet<>();
        final TreeSet<String> trusted = new TreeSet<>();

        Draft(String name, EntityType type, int rank) {
            this.name = name;
            this.type = type;
            this.rank = rank;
        }
    }

    /**
     * @param words an English word list; a one-word name that is a common (lower-case) word there ("target") is
     *              written in {@code known} mode
     */
    public GazetteerBuilder(List<String> words) {
        this.commonWords = new HashSet<>();
        for (String word : words) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.contains("'")) {
                commonWords.add(word);
            }
        }
    }

    /** Reads every source file of the folder; a missing file is an error naming it. */
    public GazetteerBuilder readAll(Path folder) throws IOException {
        readSp500(folder.resolve("sp500_constituents.csv"));
        readRor(folder.resolve("ror_subset.tsv"));
        readPeople(folder.resolve("legislators-current.yaml"));
        readPeople(folder.resolve("executive.yaml"));
        readCountriesAndRegions();
        readCldrBodies();
        readInternationalBodies();
        readCities(folder.resolve("world-cities.csv"));
        readFlatCompanies(folder.resolve("cspell_companies.txt"));
        readSecTickers(folder.resolve("company_tickers_exchange_2025-08.json"));
        readBrands(folder.resolve("simple_icons_brands.tsv"));
        typeBrands();
        return this;
    }

    /** How many entries each source added (merges into earlier entries not counted). */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /**
     * How many aliases the last {@link #write} left out as ambiguous, by reason ("shared", "full name of another",
     * "prefix of another"), and how many it kept ("kept").
     */
    public Map<String, Integer> ambiguity() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("shared", ambiguous.getOrDefault(AliasAmbiguity.Reason.SHARED, 0));
        out.put("full name of another", ambiguous.getOrDefault(AliasAmbiguity.Reason.FULL_NAME, 0));
        out.put("prefix of another", ambiguous.getOrDefault(AliasAmbiguity.Reason.PREFIX, 0));
        out.put("kept", drafts.values().stream().distinct().mapToInt(d -> d.aliases.size()).sum());
        return out;
    }

    void readSp500(Path file) throws IOException {
        for (CSVRecord row : csv(file)) {
            String name = row.get("Security").strip();
            add("S&P 500", name, EntityType.ORGANIZATION, null, List.of(bare(name)), true, 0);
        }
    }

    /**
     * ROR lists a company once per country ("Microsoft (United States)", "Microsoft (Singapore)"); the entry with the
     * oldest Wikidata id is the parent company as a rule, so it gives the name its id.
     */
    void readRor(Path file) throws IOException {
        Map<String, String[]> best = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 8 || cols[0].equals("ror_id") || cols[1].isBlank() || !cols[7].equals("active")) {
                continue;
            }
            cols[1] = Arrays.stream(cols[1].split("\\|")).min(Comparator.comparingLong(GazetteerBuilder::qidNumber))
                    .orElseThrow();
            cols[2] = COUNTRY_SUFFIX.matcher(cols[2]).replaceFirst("").strip();
            best.merge(key(EntityType.ORGANIZATION, cols[2]), cols,
                    (a, b) -> qidNumber(b[1]) < qidNumber(a[1]) ? b : a);
        }
        for (String[] cols : best.values()) {
            List<String> aliases = new ArrayList<>();
            for (String alias : cols[3].split("\\|")) {
                if (!alias.isBlank() && LATIN.matcher(alias).matches() && alias.length() <= 80) {
                    aliases.add(alias.strip());
                }
            }
            add("ROR", cols[2], EntityType.ORGANIZATION, WIKIDATA + cols[1], aliases, true, 1);
        }
    }

    private static long qidNumber(String qid) {
        return qid.matches("Q\\d+") ? Long.parseLong(qid.substring(1)) : Long.MAX_VALUE;
    }

    void readFlatCompanies(Path file) throws IOException {
        for (String line : lines(file)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                add("cspell companies", name, EntityType.ORGANIZATION, null, List.of(), true, 4);
            }
        }
    }

    /**
     * SEC names are often in capitals ("MICROSOFT CORP"); recased ones are only trusted where the NER agrees. A ticker
     * that spells the initials of a company a curated source lists ("GM" of General Motors, an S&P 500 company) is
     * what news calls it: an alias where the NER marks a name.
     */
    void readSecTickers(Path file) throws IOException {
        JsonNode root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new ObjectMapper().readTree(reader);
        } catch (NoSuchFileException e) {
            throw missing(file);
        }
        for (JsonNode row : root.path("data")) {
            String raw = row.path(1).asText().strip();
            boolean capitals = raw.equals(raw.toUpperCase(Locale.ROOT));
            String name = capitals ? recase(raw) : raw;
            List<String> aliases = new ArrayList<>(List.of(bare(name)));
            String ticker = row.path(2).asText().strip();
            Draft known = drafts.get(key(EntityType.ORGANIZATION, name));
            if (ticker.length() >= 2 && ticker.equals(initials(bare(name))) && known != null && known.rank < FLAT_LISTS) {
                aliases.add(ticker);
            }
            add("SEC tickers", name, EntityType.ORGANIZATION, null, aliases, !capitals, 5);
        }
    }

    /**
     * Words that end (or, for "Air", start) the name of an organisation rather than of a product: a brand list holds
     * airlines, unions and banks beside software and devices ("Singapore Airlines", "European Union").
     */
    private static final Pattern ORGANIZATION_NAME = Pattern.compile("(?:Air|Aer) .*|.* (?:Airlines|Airways|Air|"
            + "Bank|Group|Union|Motors|Corporation|Company|Foundation|Institute|University|Association|Agency|"
            + "Holdings|Studios|Records|Railways?|Television|Broadcasting|Post|Council|Party|Club|Insurance)");

    /**
     * Brands wait until every other source is read ({@link #typeBrands}): a logo list says a name is a brand, not
     * whether it is a company or a product.
     */
    void readBrands(Path file) throws IOException {
        for (String line : lines(file)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 3 || cols[0].equals("title") || !cols[0].matches(".*\\p{L}{2}.*")) {
                continue;
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : cols[2].split("\\|")) {
                if (!alias.isBlank() && LATIN.matcher(alias).matches()) {
                    aliases.add(alias.strip());
                }
            }
            brands.add(new Brand(cols[0].strip(), aliases));
        }
    }

    /**
     * The trust rule for a brand's type, whatever order the sources were read in: a source that says what a name is
     * outranks the builder's guess. A company source (S&P 500, ROR, the SEC's registrants, the list of company names)
     * says the name is a company, and so does the name itself ("X Airlines", "Air X"): the brand is that organisation.
     * Otherwise the brand list alone has it, and a brand is guessed a product (the runtime lets the article's words
     * outvote that guess: a product without a Wikidata id). So "Xbox" is what a company list says it is, whether the
     * brands are read before or after it.
     */
    private void typeBrands() {
        for (Brand brand : brands) {
            EntityType type = drafts.containsKey(key(EntityType.ORGANIZATION, brand.name()))
                    || ORGANIZATION_NAME.matcher(brand.name()).matches() ? EntityType.ORGANIZATION : EntityType.PRODUCT;
            add("simple-icons brands", brand.name(), type, null, brand.aliases(), true, 6);
        }
        brands.clear();
    }

    @SuppressWarnings("unchecked")
    void readPeople(Path file) throws IOException {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Load(LoadSettings.builder().build()).loadFromReader(reader);
        } catch (NoSuchFileException e) {
            throw missing(file);
        }
        for (Object item : (List<Object>) document) {
            Map<String, Object> person = (Map<String, Object>) item;
            Map<String, Object> id = (Map<String, Object>) person.getOrDefault("id", Map.of());
            Map<String, Object> name = (Map<String, Object>) person.getOrDefault("name", Map.of());
            String first = String.valueOf(name.getOrDefault("first", "")).strip();
            String last = String.valueOf(name.getOrDefault("last", "")).strip();
            String full = name.containsKey("official_full") ? String.valueOf(name.get("official_full")).strip()
                    : (first + " " + last).strip();
            String qid = id.containsKey("wikidata") ? WIKIDATA + id.get("wikidata") : null;
            List<String> aliases = new ArrayList<>();
            if (name.containsKey("nickname")) {
                aliases.add(name.get("nickname") + " " + last);
            }
            aliases.add(first + " " + last);
            add("US legislators and executives", full, EntityType.PERSON, qid, aliases, true, 2);
        }
    }

    /**
     * Countries (ISO 3166) and world regions (UN M.49: "Europe", "Southeast Asia", "Latin America") in English, from
     * the Unicode CLDR data the JDK ships, so they stay maintained with the JDK rather than by hand. A country of
     * several words is also known by its initials, with and without dots ("US", "U.S.", "UAE"), where no other
     * country or region has the same initials; initials only count where the NER marks a place.
     */
    void readCountriesAndRegions() {
        Map<String, String> places = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            places.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        for (int region = 1; region < 1000; region++) {
            String code = String.format(Locale.ROOT, "%03d", region);
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.equals(code) && Character.isUpperCase(name.charAt(0))) {
                places.put(code, name);
            }
        }
        Map<String, Long> initialsCount = places.values().stream().map(GazetteerBuilder::initials)
                .filter(i -> !i.isEmpty()).collect(Collectors.groupingBy(i -> i,
                        Collectors.counting()));
        for (Map.Entry<String, String> place : places.entrySet()) {
            String name = place.getValue();
            if (!LATIN.matcher(name).matches() || name.contains(" SAR ")) {
                continue;
            }
            add("CLDR countries and regions", name, EntityType.PLACE, null, COUNTRY_ALIASES.getOrDefault(name, List.of()),
                    true, 3);
            String initials = initials(name);
            boolean country = Character.isLetter(place.getKey().charAt(0));
            if (country && initialsCount.getOrDefault(initials, 0L) == 1) {
                add("CLDR countries and regions", name, EntityType.PLACE, null,
                        List.of(initials, String.join(".", initials.split("")) + "."), false, 3);
            }
        }
    }

    /**
     * Bodies CLDR names among its regions (the European Union, the United Nations): organisations, with their codes
     * as initials where the NER marks them.
     */
    void readCldrBodies() {
        for (String code : List.of("EU", "UN")) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.equals(code)) {
                add("CLDR countries and regions", name, EntityType.ORGANIZATION, null, List.of(code), true, 3);
            }
        }
    }

    /**
     * Intergovernmental groups, international organisations and central banks ({@code international-bodies.tsv}:
     * "the G7", "the Eurogroup", "the ECB"), which the company and research lists lack: organisations.
     */
    void readInternationalBodies() {
        for (org.newsgraph.io.ResourceTable.Row row : org.newsgraph.io.ResourceTable.rows(
                "/org/newsgraph/gazetteer/international-bodies.tsv", 3, "a name, a tab, a Wikidata id or -, a tab, other names or -")) {
            String[] cols = row.columns();
            List<String> aliases = cols[2].equals("-") ? List.of() : List.of(cols[2].split("\\|"));
            add("international bodies", cols[0], EntityType.ORGANIZATION, cols[1].equals("-") ? null : WIKIDATA + cols[1],
                    aliases, true, 3);
            // a group's code with a digit is no word of the language: "G7" is the group wherever it is written
            aliases.stream().filter(a -> a.matches("\\p{Lu}-?\\d{1,2}"))
                    .forEach(code -> drafts.get(key(EntityType.ORGANIZATION, cols[0])).trusted.add(code));
        }
    }

    /** Other English names of countries ({@code country-aliases.tsv}): "Britain", "America", "Holland". */
    static final Map<String, List<String>> COUNTRY_ALIASES = readCountryAliases();

    private static Map<String, List<String>> readCountryAliases() {
        Map<String, List<String>> aliases = new HashMap<>();
        for (org.newsgraph.io.ResourceTable.Row row : org.newsgraph.io.ResourceTable.rows(
                "/org/newsgraph/gazetteer/country-aliases.tsv", 2, "a country's CLDR name, a tab, its other names")) {
            aliases.put(row.columns()[0], List.of(row.columns()[1].split("\\|")));
        }
        return Map.copyOf(aliases);
    }

    /** "United States" -> "US"; "" for a name of one word or with a word in lower case ("Bosnia and Herzegovina"). */
    static String initials(String name) {
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return "";
            }
            out.append(word.charAt(0));
        }
        return words.length > 1 ? out.toString() : "";
    }

    /** Cities, their countries and regions; a one-word city is in {@code known} mode (Henderson, Lund, Reading). */
    void readCities(Path file) throws IOException {
        for (CSVRecord row : csv(file)) {
            String city = row.get("name").strip();
            if (!city.isEmpty() && Character.isUpperCase(city.charAt(0))) {
                add("world cities", city, EntityType.PLACE, null, List.of(), city.contains(" "), 3);
            }
            add("world cities", row.get("country").strip(), EntityType.PLACE, null, List.of(), true, 3);
            String region = row.get("subcountry").strip();
            if (!region.isEmpty()) {
                add("world cities", region, EntityType.PLACE, null, List.of(), region.contains(" "), 3);
            }
        }
    }

    private void add(String source, String name, EntityType type, String wikidata, List<String> aliases,
                     boolean trusted, int rank) {
        if (name.length() < 2 || !name.matches(".*\\p{L}.*") || rank >= FLAT_LISTS && pieceOfName(name)) {
            return;
        }
        String key = key(type, name);
        EntityType other = typed.putIfAbsent(key.substring(key.indexOf(':') + 1), type);
        if (other != null && !other.equals(type) && rank >= FLAT_LISTS) {
            return;
        }
        Draft draft = drafts.get(key);
        if (draft == null) {
            draft = new Draft(name, type, rank);
            drafts.put(key, draft);
            counts.merge(source, 1, Integer::sum);
        }
        if (draft.wikidata == null) {
            draft.wikidata = wikidata;
        }
        for (String alias : concat(name, aliases)) {
            if (alias.length() >= 2 && !alias.equals(draft.name)) {
                draft.aliases.add(alias);
            }
            if (trusted && distinctive(alias) && !(rank >= FLAT_LISTS && !alias.contains(" "))) {
                draft.trusted.add(alias);
            }
        }
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** Words that are never a name on their own ({@code function-words.txt}): "and", "of", "de", "com". */
    private static final Set<String> FUNCTION_WORDS = org.newsgraph.io.ResourceTable.words(
            "/org/newsgraph/gazetteer/function-words.txt");

    /**
     * A flat list's entry that is a piece of a name rather than a name: a spelling dictionary of company names holds
     * the words of names ("and", "catholic", "university", "plc", "com"), a brand list a few common words styled in
     * lower case. A name is written with a capital somewhere ("eBay", "arXiv"); an entry spelt all in lower case is a
     * piece when it is a function word or web address ending ({@code function-words.txt}), a lower-case word of the
     * English word list or a company word of {@link #SUFFIXES}. A lower-case brand that is no word ("trivago") stays.
     */
    boolean pieceOfName(String name) {
        if (!name.matches("\\p{Ll}+")) {
            return false;
        }
        return FUNCTION_WORDS.contains(name) || commonWords.contains(name) || SUFFIXES.contains(name);
    }

    /** A name safe to look for anywhere: several words, or one word that is not an English word nor too short. */
    boolean distinctive(String name) {
        if (name.contains(" ")) {
            return true;
        }
        if (name.length() <= 2 || name.matches("\\p{Lu}{2,4}")) {
            return false;
        }
        return !commonWords.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Writes the gazetteer sorted by the trust of its source, then by name (a name or alias registers with the first
     * line that has it, so "US" is the United States before it is a company of a flat list): one line for the entry's name in its mode (with the aliases of that mode),
     * then, if some aliases need the other mode, a second line with them. The loader keeps a name's first line, so
     * the name is registered in its own mode.
     */
    public void write(Writer out) throws IOException {
        typeBrands();
        dropAmbiguousAliases();
        out.write("# Generated by `newsgraph gazetteer` from ../shared/datasets/gazetteer (see NOTICE); do not edit.\n");
        out.write("# name\ttype\twikidata\taliases (|-separated)\tmode (curated: match anywhere; known: only where the NER marks a name)\n");
        List<Draft> unique = new ArrayList<>(new LinkedHashSet<>(drafts.values()));
        unique.sort(Comparator.comparingInt((Draft d) -> d.rank).thenComparing(d -> d.name)
                .thenComparing(d -> d.type));
        for (Draft draft : unique) {
            boolean nameKnown = !draft.trusted.contains(draft.name);
            List<String> same = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String alias : draft.aliases) {
                (draft.trusted.contains(alias) != nameKnown ? same : other).add(alias);
            }
            line(out, draft, same, nameKnown ? "known" : "curated");
            if (!other.isEmpty()) {
                line(out, draft, other, nameKnown ? "curated" : "known");
            }
        }
    }

    /**
     * Leaves out the aliases that another entry as trusted also claims ({@link AliasAmbiguity}): "Toyota" no longer
     * names the Toyota Group, since ROR lists Toyota Motor Corporation too.
     */
    private void dropAmbiguousAliases() {
        List<Draft> unique = new ArrayList<>(new LinkedHashSet<>(drafts.values()));
        List<AliasAmbiguity.Claim> claims = unique.stream().map(d -> new AliasAmbiguity.Claim(d.name, d.type, d.rank,
                d.wikidata, Set.copyOf(d.aliases))).toList();
        ambiguous.clear();
        Map<String, Draft> bareNames = new TreeMap<>();
        for (AliasAmbiguity.Ambiguous found : AliasAmbiguity.find(claims)) {
            Draft draft = unique.get(found.entry());
            draft.aliases.remove(found.alias());
            draft.trusted.remove(found.alias());
            ambiguous.merge(found.reason(), 1, Integer::sum);
            // the alias still names an organisation (or a product) of that type, only not which one: it stays a
            // name of its own, with no Wikidata id and no canonical name, found only where the NER marks a name
            // ("Toyota" an organisation, as the makers of "Toyota Prius" need, not the Toyota Group)
            String key = key(draft.type, found.alias());
            Draft bare = bareNames.computeIfAbsent(key, k -> new Draft(found.alias(), draft.type, draft.rank));
            if (draft.rank < bare.rank) {
                bareNames.put(key, new Draft(found.alias(), draft.type, draft.rank));
            }
        }
        // (under a key of their own: "Toyota" is the bare key of "Toyota Group" too; never where an entry of that type
        // already has the name)
        Set<String> named = new HashSet<>();
        unique.forEach(d -> named.add(d.type + ":" + d.name));
        bareNames.values().stream().filter(bare -> !named.contains(bare.type + ":" + bare.name))
                .forEach(bare -> drafts.put("ambiguous:" + bare.type + ":" + bare.name, bare));
    }

    private static void line(Writer out, Draft draft, List<String> aliases, String mode) throws IOException {
        out.write(clean(draft.name) + "\t" + draft.type.label() + "\t" + (draft.wikidata == null ? "" : draft.wikidata)
                + "\t" + String.join("|", aliases.stream().map(GazetteerBuilder::clean).toList()) + "\t" + mode + "\n");
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('|', '/').replace('\n', ' ');
    }

    /** The name without company words: "Microsoft Corp." -> "Microsoft"; "Ford Motor Company" -> "Ford Motor". */
    static String bare(String name) {
        String[] words = name.replace(",", "").split("\\s+");
        int from = 0;
        int to = words.length;
        while (to - from > 1 && SUFFIXES.contains(words[to - 1].toLowerCase(Locale.ROOT))) {
            to--;
        }
        while (to - from > 1 && words[from].equalsIgnoreCase("the")) {
            from++;
        }
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    private static String key(EntityType type, String name) {
        return type + ":" + bare(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** "AMAZON COM INC" -> "Amazon Com Inc"; short words without vowels stay capitals ("IBM", "AT&T"). */
    static String recase(String capitals) {
        StringBuilder out = new StringBuilder();
        for (String word : capitals.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = word.length() <= 4 && !word.matches(".*[AEIOUY].*") || word.contains("&");
            out.append(acronym || word.isEmpty() ? word
                    : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static List<String> lines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw missing(file);
        }
    }

    private static Iterable<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (NoSuchFileException e) {
            throw missing(file);
        }
    }

    private static NoSuchFileException missing(Path file) {
        return new NoSuchFileException(file.toString(), null, "missing; the gazetteer sources are described in "
                + "../shared/datasets/gazetteer/README.md (pass their folder with --from DIR)");
    }

    /** The words of a word list such as /usr/share/dict/words, one a line. */
    public static List<String> words(Path wordList) throws IOException {
        return lines(wordList);
    }
}
