package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of well-known organisations, people, places and products, with their type and Wikidata id.
 * Names on {@code curated} lines are found wherever they occur; names on {@code known} lines only type and identify a
 * name that the NER already marks, since many of them are also words or surnames.
 *
 * <p>File format, one line per entry and mode, tab-separated: {@code name type wikidata aliases(|-separated) mode}.
 * A name keeps the first line that registers it; a later line for the same entry (same name and type) may add aliases
 * in the other mode and fill a missing Wikidata id.
 */
public final class Gazetteer {

    /** One known thing. */
    public record Entry(String name, EntityType type, String wikidata) {
    }

    /**
     * A place in a text where a gazetteer name occurs.
     *
     * @param anywhere the name counts wherever it occurs; otherwise only where the NER marks a name
     */
    public record Match(int start, int end, Entry entry, boolean anywhere) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    /**
     * The bundled lists, read in this order (a name keeps its first line): the hand-curated names, the world's major
     * stock indices ({@code stock-indices.tsv}: an index's name is found wherever it occurs, so that its level and
     * moves have a subject where the NER cuts or drops it), the generated gazetteer.
     */
    public static final List<String> BUNDLED_RESOURCES = List.of("curated-entities.tsv", "stock-indices.tsv",
            "gazetteer.tsv");

    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    /** Names with the same Wikidata id are one entry, named by the first line that has the id. */
    private final Map<String, Entry> byWikidata = new HashMap<>();
    /** Names that lines of two types register ("Jordan" a place and a company): the list cannot say which is meant. */
    private final Set<String> contested = new HashSet<>();
    private final Map<String, EntityType> typeOfName = new HashMap<>();

    /** A name of an entry, which is looked up by its canonical name so that a later line can complete it. */
    private record Alias(List<String> tokens, String entryName, boolean anywhere) {
    }

    private static final class Holder {
        private static final Gazetteer BUNDLED = loadBundled();
    }

    /** The gazetteer shipped with Newsgraph (loaded once). */
    public static Gazetteer bundled() {
        return Holder.BUNDLED;
    }

    private static Gazetteer loadBundled() {
        Gazetteer gazetteer = new Gazetteer();
        for (String resource : BUNDLED_RESOURCES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in != null) {
                    gazetteer.load(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled gazetteer " + resource, e);
            }
        }
        return gazetteer;
    }

    /** Adds the entries of a gazetteer file. */
    public Gazetteer load(BufferedReader reader) throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                continue;
            }
            Entry entry = new Entry(cols[0].strip(), EntityType.fromLabel(cols[1].strip()),
                    cols.length > 2 && !cols[2].isBlank() ? cols[2].strip() : null);
            boolean anywhere = cols.length <= 4 || !"known".equals(cols[4].strip());
            List<String> names = new ArrayList<>();
            names.add(entry.name());
            if (cols.length > 3 && !cols[3].isBlank()) {
                for (String alias : cols[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        names.add(alias.strip());
                    }
                }
            }
            add(entry, names, anywhere);
        }
        return this;
    }

    /** Adds an entry under its names; a name already taken keeps its first entry. */
    public Gazetteer add(Entry given, List<String> names, boolean anywhere) {
        Entry entry = given.wikidata() == null ? given : byWikidata.getOrDefault(given.wikidata(), given);
        if (entry.type() != given.type()) {
            return this;
        }
        for (String name : names) {
            if (typeOfName.putIfAbsent(name, entry.type()) != null && typeOfName.get(name) != entry.type()) {
                contested.add(name);
            }
        }
        Entry known = byName.get(entry.name());
        if (known == null) {
            byName.put(entry.name(), entry);
        } else if (known.type() == entry.type() && known.wikidata() == null && entry.wikidata() != null) {
            byName.put(entry.name(), entry);
        } else if (known.type() != entry.type()) {
            return this;
        }
        if (entry.wikidata() != null) {
            byWikidata.putIfAbsent(entry.wikidata(), byName.get(entry.name()));
        }
        for (String name : names) {
            List<String> tokens = tokens(name);
            if (tokens.isEmpty()) {
                continue;
            }
            List<Alias> aliases = byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
            if (aliases.stream().noneMatch(a -> a.tokens().equals(tokens))) {
                aliases.add(new Alias(tokens, entry.name(), anywhere));
            }
        }
        return this;
    }

    /**
     * A one-word name opened by a small letter and capitalised inside ("easyJet", "eToro", "iHeartMedia") is written
     * like no word and no surname: the list's name counts where the NER, which misses such spellings, marks none,
     * unless a capitalised word goes on the name ("iTunes Music Store").
     */
    private static boolean smallCapped(List<String> tokens) {
        String word = tokens.get(0);
        return tokens.size() == 1 && word.length() > 3 && Character.isLowerCase(word.charAt(0))
                && word.chars().allMatch(Character::isLetterOrDigit) && CorporateNames.mixedCase(word);
    }

    /** Whether a capitalised word follows: "iTunes Music Store" is a longer name the list's "iTunes" only begins. */
    private static boolean nameGoesOn(List<String> words, int next) {
        return next < words.size() && Character.isUpperCase(words.get(next).charAt(0));
    }

    /**
     * The entries one of whose names begins with these words and goes on: "Apple Computer" begins "Apple Computer
     * Company", a name the list knows for Apple Inc.
     */
    public Set<Entry> entriesBeginningWith(String words) {
        List<String> tokens = tokens(words);
        Set<Entry> out = new LinkedHashSet<>();
        if (tokens.isEmpty()) {
            return out;
        }
        for (Alias alias : byFirstToken.getOrDefault(tokens.get(0), List.of())) {
            if (alias.tokens().size() > tokens.size() && alias.tokens().subList(0, tokens.size()).equals(tokens)
                    && byName.containsKey(alias.entryName())) {
                out.add(byName.get(alias.entryName()));
            }
        }
        return out;
    }

    /** Whether lines of two types register this name, so that the list alone cannot type it. */
    public boolean contested(String name) {
        return contested.contains(name);
    }

    /** The entry with this canonical name, if any. */
    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Longest non-overlapping matches, left to right, case-sensitive, on token boundaries. */
    public List<Match> find(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group());
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Alias best = null;
            for (Alias alias : byFirstToken.getOrDefault(words.get(i), List.of())) {
                int n = alias.tokens().size();
                if (i + n <= words.size() && words.subList(i, i + n).equals(alias.tokens())
                        && contiguous(text, spans, i, n) && (best == null || n > best.tokens().size())) {
                    best = alias;
                }
            }
            if (best == null || openedByTheBeforeName(text, spans, words, i, best.tokens().size())) {
                i++;
                continue;
            }
            int n = best.tokens().size();
            int end = spans.get(i + n - 1)[1];
            boolean glued = end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                    || spans.get(i)[0] > 0 && Character.isLetterOrDigit(text.charAt(spans.get(i)[0] - 1));
            if (!glued) {
                boolean anywhere = best.anywhere() || smallCapped(best.tokens()) && !nameGoesOn(words, i + n);
                matches.add(new Match(spans.get(i)[0], end, byName.get(best.entryName()), anywhere));
            }
            i += n;
        }
        return matches;
    }

    /**
     * An alias that opens with "The" ("The Met" of the Metropolitan Museum of Art, "The Royal" of a hospital) followed
     * by another capitalised word of the same run is the article of a longer name ("The Met Office", "The Royal
     * Mail"), not the alias: the words after "The" may still be a listed name of their own.
     */
    private static boolean openedByTheBeforeName(String text, List<int[]> spans, List<String> words, int from, int n) {
        if (!words.get(from).equals("The") || from + n >= words.size() || !contiguous(text, spans, from + n - 1, 2)) {
            return false;
        }
        String next = words.get(from + n);
        return Character.isUpperCase(next.charAt(0)) && next.chars().anyMatch(Character::isLowerCase);
    }

    /** Tokens of one name must be separated in the text as in the name: at most one space, no line break. */
    private static boolean contiguous(String text, List<int[]> spans, int from, int n) {
        for (int k = from + 1; k < from + n; k++) {
            String gap = text.substring(spans.get(k - 1)[1], spans.get(k)[0]);
            if (gap.length() > 1 || gap.contains("\n")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(name);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
