package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Sentences with a dependency parse written by hand, as CoreNLP's enhanced++ graph would give them, for tests of
 * what reads the parse. A token is {@code word/POS[/NER[/lemma[/normalized]]]} ({@code _} keeps the default: NER
 * "O", the lower-cased word, no value); a dependency is {@code relation(governor, dependent)} naming tokens by their
 * word, or {@code word#2} for its second occurrence in the sentence (a comma too: {@code dep(,, $#2)}), and
 * {@code ROOT} for the root. A token written {@code ~word/POS} follows the one before it with no space ("short
 * ~-/HYPH ~term" is "short-term"). Consecutive tokens tagged ORGANIZATION, PERSON, PRODUCT or a place (LOCATION,
 * CITY, COUNTRY, STATE_OR_PROVINCE) make one entity each, with the id of their words ("acme-corp"). The slash itself
 * is written {@code //SYM}.
 */
public final class ParsedText {

    private static final Pattern DEPENDENCY = Pattern.compile(
            "([\\w:]+)\\((,(?:#\\d+)?|[^,\\s]+),\\s*([^)\\s]+)\\)");
    private static final Map<String, EntityType> TYPES = Map.of("ORGANIZATION", EntityType.ORGANIZATION,
            "PERSON", EntityType.PERSON, "LOCATION", EntityType.PLACE, "PRODUCT", EntityType.PRODUCT,
            "CITY", EntityType.PLACE, "COUNTRY", EntityType.PLACE, "STATE_OR_PROVINCE", EntityType.PLACE);

    private final StringBuilder text = new StringBuilder();
    private final List<AnnotatedSentence> sentences = new ArrayList<>();
    private final List<Token> all = new ArrayList<>();

    /** Adds a sentence: its tokens separated by spaces, and its dependencies. */
    public ParsedText sentence(String tokens, String dependencies) {
        List<Token> sentenceTokens = new ArrayList<>();
        for (String item : tokens.trim().split("\\s+")) {
            boolean glued = item.length() > 1 && item.startsWith("~");
            String written = glued ? item.substring(1) : item;
            String[] parts = written.split("/", -1);
            if (written.startsWith("//")) { // the slash itself: "~//SYM" in "gains ~//SYM ~losses"
                String[] rest = written.substring(2).split("/", -1);
                parts = new String[rest.length + 1];
                parts[0] = "/";
                System.arraycopy(rest, 0, parts, 1, rest.length);
            }
            if (parts.length < 2) {
                throw new IllegalArgumentException("token needs word/POS: " + item);
            }
            if (!text.isEmpty() && !(glued && !sentenceTokens.isEmpty())) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            String ner = part(parts, 2, "O");
            String lemma = part(parts, 3, parts[0].toLowerCase(Locale.ROOT));
            String normalized = part(parts, 4, null);
            Token token = new Token(all.size(), sentences.size(), start, text.length(), parts[0], lemma, parts[1],
                    ner, normalized);
            sentenceTokens.add(token);
            all.add(token);
        }
        List<Dependency> edges = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            int governor = m.group(2).equals("ROOT") ? -1 : find(sentenceTokens, m.group(2)).index();
            edges.add(new Dependency(governor, find(sentenceTokens, m.group(3)).index(), m.group(1)));
        }
        sentences.add(new AnnotatedSentence(sentences.size(), sentenceTokens.get(0).start(),
                sentenceTokens.get(sentenceTokens.size() - 1).end(), sentenceTokens, edges));
        return this;
    }

    public AnnotatedText text() {
        return new AnnotatedText(text.toString(), sentences);
    }

    /** The entity of {@link #entities} whose mention holds the token, or null: the lookup the extract steps take. */
    public Function<Token, Entity> entityAt() {
        List<Entity> entities = entities();
        return token -> entities.stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.start() <= token.start() && token.end() <= m.end()))
                .findFirst().orElse(null);
    }

    /** The entities the NER tags make, in order of first mention; one entity per distinct name. */
    public List<Entity> entities() {
        Map<String, List<Span>> mentions = new LinkedHashMap<>();
        Map<String, Object[]> names = new LinkedHashMap<>();
        int i = 0;
        while (i < all.size()) {
            Token first = all.get(i);
            EntityType type = TYPES.get(first.ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < all.size() && all.get(j + 1).ner().equals(first.ner())
                    && all.get(j + 1).sentence() == first.sentence()) {
                j++;
            }
            Token last = all.get(j);
            String name = text.substring(first.start(), last.end());
            String id = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
            mentions.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Span(first.start(), last.end(), name, first.sentence()));
            names.putIfAbsent(id, new Object[] {name, type});
            i = j + 1;
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((id, spans) -> entities.add(new Entity(id, (String) names.get(id)[0],
                (EntityType) names.get(id)[1], List.of(), null, spans)));
        return entities;
    }

    private static String part(String[] parts, int index, String fallback) {
        return parts.length > index && !parts[index].equals("_") ? parts[index] : fallback;
    }

    private static Token find(List<Token> tokens, String name) {
        int hash = name.lastIndexOf('#');
        String word = hash > 0 ? name.substring(0, hash) : name;
        int occurrence = hash > 0 ? Integer.parseInt(name.substring(hash + 1)) : 1;
        for (Token token : tokens) {
            if (token.text().equals(word) && --occurrence == 0) {
                return token;
            }
        }
        throw new IllegalArgumentException("no token " + name + " in the sentence");
    }
}
