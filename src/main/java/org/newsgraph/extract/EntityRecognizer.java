package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.article.Slugs;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Finds the entities of an article: gazetteer names first, then CoreNLP's named entities, then one type per name by
 * document-level vote, and one entity per thing (Microsoft = Microsoft Corp.; Nadella = Satya Nadella).
 */
public final class EntityRecognizer {

    private static final Set<String> CORPORATE_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation",
            "Ltd", "Ltd.", "plc", "PLC", "AG", "SA", "S.A.", "NV", "N.V.", "SE", "GmbH", "LLC", "Co.", "Limited");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern NAME_LIKE = Pattern.compile(".*\\p{Lu}.*|.*\\p{N}.*");
    private static final int GAZETTEER_VOTE = 3;

    private final Gazetteer gazetteer;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Found(int start, int end, String text, int sentence, EntityType type, Gazetteer.Entry entry) {
    }

    public List<Entity> recognize(AnnotatedText doc, Set<Integer> skippedSentences) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (skippedSentences.contains(sentence.index())) {
                continue;
            }
            String text = doc.text().substring(sentence.start(), sentence.end());
            List<Found> fromGazetteer = new ArrayList<>();
            for (Gazetteer.Match match : gazetteer.find(text)) {
                int start = sentence.start() + match.start();
                int end = sentence.start() + match.end();
                if (match.anywhere() || taggedAsName(sentence, start, end)) {
                    fromGazetteer.add(new Found(start, end, doc.text().substring(start, end), sentence.index(),
                            match.entry().type(), match.entry()));
                }
            }
            found.addAll(fromGazetteer);
            for (Found span : nerSpans(doc.text(), sentence)) {
                boolean overlaps = fromGazetteer.stream().anyMatch(g -> g.start() < span.end() && span.start() < g.end());
                if (!overlaps) {
                    found.add(span);
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return resolve(found);
    }

    private static boolean taggedAsName(AnnotatedSentence sentence, int start, int end) {
        return sentence.tokensIn(start, end).stream().anyMatch(t -> nerType(t.ner()) != null);
    }

    private static EntityType nerType(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            default -> null;
        };
    }

    /** Runs of tokens with the same entity tag; a corporate suffix after an organisation belongs to it. */
    private static List<Found> nerSpans(String text, AnnotatedSentence sentence) {
        List<Found> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = nerType(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(tokens.get(i).ner())
                    && tokens.get(j).start() - tokens.get(j - 1).end() <= 1) {
                j++;
            }
            while (j > i && POSSESSIVE.matcher(tokens.get(j - 1).text()).matches() && tokens.get(j - 1).text().length() <= 2) {
                j--;
            }
            if (j < tokens.size() && CORPORATE_SUFFIXES.contains(tokens.get(j).text())) {
                type = EntityType.ORGANIZATION;
                j++;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(Math.max(i, j - 1)).end();
            String surface = text.substring(start, end);
            if (j > i && NAME_LIKE.matcher(surface).matches()) {
                spans.add(new Found(start, end, surface, sentence.index(), type, null));
            }
            i = Math.max(j, i + 1);
        }
        return spans;
    }

    private List<Entity> resolve(List<Found> found) {
        Map<String, List<Found>> byKey = new LinkedHashMap<>();
        for (Found f : found) {
            byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        mergeShortForms(byKey);
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (List<Found> group : byKey.values()) {
            Gazetteer.Entry entry = group.stream().map(Found::entry).filter(e -> e != null).findFirst().orElse(null);
            EntityType type = vote(group);
            String name = entry != null ? entry.name() : canonicalName(group);
            String id = Slugs.of(name);
            int n = ids.merge(id, 1, Integer::sum);
            if (n > 1) {
                id = id + "-" + n;
            }
            TreeSet<String> aliases = new TreeSet<>();
            List<Span> mentions = new ArrayList<>();
            for (Found f : group) {
                if (!f.text().equals(name)) {
                    aliases.add(f.text());
                }
                mentions.add(new Span(f.start(), f.end(), f.text(), f.sentence()));
            }
            entities.add(new Entity(id, name, type, List.copyOf(aliases), entry == null ? null : entry.wikidata(),
                    mentions));
        }
        return entities;
    }

    /** The same thing under one key: gazetteer entries by name; others by their text without suffix. */
    private static String key(Found f) {
        if (f.entry() != null) {
            return "g:" + f.entry().name();
        }
        return "n:" + bareName(f.text());
    }

    static String bareName(String text) {
        String name = POSSESSIVE.matcher(text.strip()).replaceFirst("");
        String[] words = name.split("\\s+");
        int n = words.length;
        while (n > 1 && CORPORATE_SUFFIXES.contains(words[n - 1].replaceAll(",$", ""))) {
            n--;
        }
        String bare = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll(",$", "");
        return bare.startsWith("the ") || bare.startsWith("The ") ? bare.substring(4) : bare;
    }

    /**
     * A name that is the first or last word(s) of exactly one longer name of a compatible type is that thing:
     * "Nadella" -> "Satya Nadella", "Albion" -> "Albion Skyways".
     */
    private static void mergeShortForms(Map<String, List<Found>> byKey) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        for (String shortKey : keys) {
            if (!shortKey.startsWith("n:")) {
                continue;
            }
            String shortName = shortKey.substring(2);
            List<String> longer = new ArrayList<>();
            for (String other : keys) {
                String otherName = other.substring(2);
                if (!other.equals(shortKey) && byKey.containsKey(other) && otherName.length() > shortName.length()
                        && (otherName.startsWith(shortName + " ") || otherName.endsWith(" " + shortName))) {
                    longer.add(other);
                }
            }
            if (longer.size() == 1 && byKey.containsKey(shortKey)) {
                EntityType shortType = vote(byKey.get(shortKey));
                EntityType longType = vote(byKey.get(longer.get(0)));
                boolean person = longType == EntityType.PERSON;
                String longName = longer.get(0).substring(2);
                boolean compatible = person ? longName.endsWith(" " + shortName)
                        : longType == EntityType.ORGANIZATION && longName.startsWith(shortName + " ")
                        && shortType != EntityType.PERSON;
                if (compatible) {
                    byKey.get(longer.get(0)).addAll(byKey.remove(shortKey));
                    byKey.get(longer.get(0)).sort(Comparator.comparingInt(Found::start));
                }
            }
        }
    }

    private static EntityType vote(List<Found> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Found f : group) {
            votes.merge(f.type(), f.entry() != null ? GAZETTEER_VOTE : 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
    }

    /** The longest form without corporate suffix or possessive. */
    private static String canonicalName(List<Found> group) {
        return group.stream().map(f -> bareName(f.text()))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }
}
