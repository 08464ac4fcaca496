package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.OfficeTitles;
import org.newsgraph.extract.Span;
import org.newsgraph.resolve.Resolver;

/**
 * Named entities against the MEANTIME corpus (NewsReader; Wikinews articles with entity mentions, their types and
 * cross-document instance ids; {@code ../shared/datasets/meantime/README.md} describes the JSON).
 *
 * <p>A gold mention counts when it is a name: its syntactic type is NAM or PRE.NAM, or, where the export left the
 * syntactic type empty, every word of it (after a leading "the") has a capital ("General Motors", "iPod"). It is found when one of our mentions
 * overlaps it and ends where its head ends (names are head-final: "the US automaker General Motors" is found by
 * "General Motors"; before a comma, the head is the first part: "Everett, Washington" is Everett; an office names its
 * holder, so the place after its "of" is not it: "Canada" does not find "Prime Minister of Canada", though it finds
 * "the government of Canada", which MEANTIME annotates as the country), or covers it. Its type is right when ours maps to it (ORG Organization, PER Person, LOC Place, PRO
 * Product); FIN (indices, currencies) has no type of ours and is reported apart. Cross-article merging is scored
 * pairwise over (article, instance) units that we found with the right type: two units of different articles are one
 * thing in gold when they share an instance id, and for us when their mentions got the same entity id.
 */
public final class MeantimeEvaluation {

    /** Counts for one gold type. */
    public record TypeRow(String goldType, int mentions, int found, int typedRight) {

        public double recall() {
            return mentions == 0 ? 1 : found / (double) mentions;
        }

        public double typeAccuracy() {
            return found == 0 ? 1 : typedRight / (double) found;
        }
    }

    /**
     * @param named   PER, ORG, LOC and PRO together (FIN is in {@code byType} only)
     * @param merging pairs of units of different articles put together
     */
    public record Result(int articles, Map<String, TypeRow> byType, TypeRow named, PrecisionRecall merging, int units,
                         List<String> missed, List<String> mergeErrors) {

        public Result(int articles, Map<String, TypeRow> byType, TypeRow named, PrecisionRecall merging, int units,
                      List<String> missed) {
            this(articles, byType, named, merging, units, missed, List.of());
        }
    }

    private static final Map<String, EntityType> TYPES = Map.of("ORG", EntityType.ORGANIZATION,
            "PER", EntityType.PERSON, "LOC", EntityType.PLACE, "PRO", EntityType.PRODUCT);
    private static final Set<String> NAMED = Set.of("NAM", "PRE.NAM");
    private static final Set<String> LOWER_IN_NAMES = Set.of("of", "and", "&", "de", "du", "la", "for", "on", "-", "the");
    private static final Set<String> PRONOUNS = Set.of("He", "She", "It", "They", "We", "I", "You", "This", "That",
            "These", "Those", "Its", "Their", "His", "Her", "Our", "Who", "Which");
    private static final Pattern LEADING = Pattern.compile("^(?:[Tt]he|[Aa]n?)\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?:['’]s|['’]|[\\s,.;:)(\"]+)+$");

    private final Extractor extractor;

    public MeantimeEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Whether names of this MEANTIME type have a Newsgraph type to compare (FIN has none). */
    public static boolean typed(String goldType) {
        return TYPES.containsKey(goldType) || goldType.equals("named");
    }

    record Gold(String text, int start, int end, String type, String instance) {
    }

    record Predicted(int start, int end, String entityId, EntityType type) {
    }

    /** Every article of the folder. */
    public Result evaluate(Path folder) throws IOException {
        return evaluate(folder, Halves.Half.ALL);
    }

    /** The articles of the folder in one half ({@link Halves}: the folder's sorted order ranks them). */
    public Result evaluate(Path folder, Halves.Half half) throws IOException {
        List<Path> files = Halves.meantimeArticles(folder, half);
        ObjectMapper json = new ObjectMapper();
        List<List<Gold>> golds = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (Path file : files) {
            JsonNode doc = json.readTree(file.toFile());
            String text = doc.path("text").asText();
            extractions.add(extractor.extractWithinBudget(doc.path("id").asText(file.getFileName().toString()),
                    text,
                    Halves.meantimeDate(doc)));
            golds.add(namedMentions(doc.path("entities"), text));
        }
        List<Extraction> resolved = new Resolver().resolution(extractions).extractions();
        Map<String, int[]> counts = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        Map<List<Object>, Map<String, Integer>> units = new HashMap<>();
        for (int d = 0; d < files.size(); d++) {
            List<Predicted> predicted = predicted(resolved.get(d));
            for (Gold gold : golds.get(d)) {
                int[] row = counts.computeIfAbsent(gold.type(), k -> new int[3]);
                row[0]++;
                Predicted match = match(gold, predicted);
                if (match == null) {
                    missed.add(gold.text() + " [" + gold.type() + "] (" + files.get(d).getFileName() + ")");
                    continue;
                }
                row[1]++;
                if (TYPES.get(gold.type()) != match.type()) {
                    if (TYPES.containsKey(gold.type())) {
                        missed.add(gold.text() + " [" + gold.type() + "] typed " + match.type().label() + " ("
                                + files.get(d).getFileName() + ")");
                    }
                    continue;
                }
                row[2]++;
                if (gold.instance() != null) {
                    units.computeIfAbsent(List.of(d, gold.instance()), k -> new TreeMap<>())
                            .merge(unitMatch(gold, match, predicted).entityId(), 1, Integer::sum);
                }
            }
        }
        Map<String, TypeRow> byType = new TreeMap<>();
        int[] named = new int[3];
        counts.forEach((type, row) -> {
            byType.put(type, new TypeRow(type, row[0], row[1], row[2]));
            if (TYPES.containsKey(type)) {
                for (int i = 0; i < 3; i++) {
                    named[i] += row[i];
                }
            }
        });
        List<String> mergeErrors = new ArrayList<>();
        PrecisionRecall merging = merging(units, mergeErrors);
        return new Result(files.size(), byType, new TypeRow("named", named[0], named[1], named[2]), merging,
                units.size(), missed, mergeErrors);
    }

    private static List<Gold> namedMentions(JsonNode entities, String text) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode e : entities) {
            String type = e.path("type").isNull() ? null : e.path("type").asText(null);
            String syntactic = e.path("syntactic_type").asText("");
            String surface = e.path("text").asText();
            int start = e.path("start").asInt();
            boolean name = NAMED.contains(syntactic) || syntactic.isEmpty() && looksLikeName(surface)
                    && !(start == 0 || text.charAt(Math.max(0, start - 2)) == '.' || text.charAt(start - 1) == '\n');
            if (type != null && name) {
                String instance = e.path("instance_id").isNull() ? null : e.path("instance_id").asText(null);
                out.add(new Gold(surface, start, e.path("end").asInt(), type, instance));
            }
        }
        return out;
    }

    /** Every word capitalised ("General Motors", "iPod"), a digit or a small joining word, after a leading article. */
    static boolean looksLikeName(String mention) {
        String bare = LEADING.matcher(mention.strip()).replaceFirst("");
        bare = TRAILING.matcher(bare).replaceFirst("");
        if (bare.isEmpty() || PRONOUNS.contains(bare)) {
            return false;
        }
        for (String word : bare.split("\\s+")) {
            boolean capital = word.chars().anyMatch(Character::isUpperCase) || Character.isDigit(word.charAt(0));
            if (!capital && !LOWER_IN_NAMES.contains(word)) {
                return false;
            }
        }
        return bare.chars().anyMatch(Character::isUpperCase);
    }

    private static List<Predicted> predicted(Extraction extraction) {
        List<Predicted> out = new ArrayList<>();
        for (Entity entity : extraction.entities()) {
            for (Span mention : entity.mentions()) {
                out.add(new Predicted(mention.start(), mention.end(), entity.id(), entity.type()));
            }
        }
        return out;
    }

    /** Ours that ends where the gold name ends (its head), the tightest if nested, else ours that covers it. */
    static Predicted match(Gold gold, List<Predicted> predicted) {
        String surface = gold.text();
        int comma = surface.indexOf(", ");
        String head = comma > 0 ? surface.substring(0, comma) : surface;
        int end = gold.start() + TRAILING.matcher(head).replaceFirst("").length();
        int start = gold.start() + (surface.length() - LEADING.matcher(surface).replaceFirst("").length());
        // "Prime Minister of Canada": an office names its holder (MEANTIME types it PER), so the place after its "of"
        // ("Canada") is another thing, not a mention of it; "the government of Canada" stays the place nested in it,
        // as MEANTIME annotates it (LOC, the country)
        int of = head.indexOf(" of ");
        boolean office = of > 0 && OfficeTitles.isOffice(LEADING.matcher(head).replaceFirst(""));
        int complement = office ? gold.start() + of + " of ".length() : Integer.MAX_VALUE;
        Predicted covering = null;
        Predicted atHead = null;
        Predicted ending = null;
        for (Predicted p : predicted) {
            boolean inComplement = p.start() >= complement && p.start() < end;
            boolean overlaps = p.start() < gold.end() && gold.start() < p.end() && !inComplement;
            // Of nested mentions ending there ("Ontario" in "government of Ontario"), the tightest; first, one that is
            // the whole head before a comma: "Everett, Washington" is Everett, "Stephen Harper, Prime Minister of
            // Canada" the person (but "the Prime Minister of Singapore, Mr. Lee" is Mr. Lee, as no name spans its head).
            if (comma > 0 && p.start() == start && p.end() == end) {
                atHead = p;
            }
            if (overlaps && (p.end() == end || p.end() == gold.end()) && (ending == null || p.start() > ending.start())) {
                ending = p;
            }
            if (p.start() <= start && p.end() >= end) {
                covering = p;
            }
        }
        Predicted chosen = atHead != null ? atHead : ending != null ? ending : covering;
        // "US government" annotated as the country (LOC), as "the government of Canada" is: the place nested in the
        // body's name, not the body
        Predicted place = chosen == null || !gold.type().equals("LOC") ? null : nestedPlace(gold, chosen, predicted);
        return place != null ? place : chosen;
    }

    /**
     * Our mention that stands for a gold mention's instance across articles: MEANTIME makes a government the instance
     * of its country ("the US Government", typed ORG, is the United States' instance, as "US" is elsewhere), where we
     * keep the body ("Government of the United States") and the place named in it apart; for such an instance the
     * place's mention inside the body's name is ours.
     */
    static Predicted unitMatch(Gold gold, Predicted match, List<Predicted> predicted) {
        Predicted place = gold.instance() != null && gold.instance().startsWith("LOC")
                ? nestedPlace(gold, match, predicted) : null;
        return place != null ? place : match;
    }

    /** Our place mentioned inside a government body's name that we matched to a gold mention with that word. */
    private static Predicted nestedPlace(Gold gold, Predicted chosen, List<Predicted> predicted) {
        if (chosen.type() != EntityType.ORGANIZATION
                || !gold.text().toLowerCase(java.util.Locale.ROOT).contains("government")) {
            return null;
        }
        for (Predicted p : predicted) {
            if (p != chosen && p.type() == EntityType.PLACE && p.start() >= Math.max(gold.start(), chosen.start())
                    && p.end() <= Math.min(gold.end(), chosen.end())) {
                return p;
            }
        }
        return null;
    }

    /** Pairwise: every two units of different articles, together in gold (same instance) and for us (same id). */
    private static PrecisionRecall merging(Map<List<Object>, Map<String, Integer>> units, List<String> errors) {
        List<List<Object>> keys = new ArrayList<>(units.keySet());
        keys.sort((a, b) -> a.toString().compareTo(b.toString()));
        List<String> ours = new ArrayList<>();
        for (List<Object> key : keys) {
            ours.add(units.get(key).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (keys.get(i).get(0).equals(keys.get(j).get(0))) {
                    continue;
                }
                boolean gold = keys.get(i).get(1).equals(keys.get(j).get(1));
                boolean predicted = ours.get(i).equals(ours.get(j));
                if (gold && predicted) {
                    tp++;
                } else if (predicted) {
                    fp++;
                    errors.add("merged apart things: " + keys.get(i) + " " + keys.get(j) + " as " + ours.get(i));
                } else if (gold) {
                    fn++;
                    errors.add("not merged: " + keys.get(i) + " as " + ours.get(i) + ", " + keys.get(j) + " as " + ours.get(j));
                }
            }
        }
        return new PrecisionRecall(tp, fp, fn);
    }
}
