package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.PersonCoreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Token;

/**
 * Coreference of people against MEANTIME's {@code entity_id} groups: every PER mention that is a third-person
 * singular pronoun ("he", "her"...) or a lower-case "the ..." description ("the chief executive") and whose
 * group has a named mention is resolved by {@link PersonCoreference}; it is right when the person it resolves to has
 * a mention overlapping one of the group's named mentions. Unresolved mentions count as wrong. A description is read
 * at its syntactic head ("the global head of product development": head), and one that holds a named mention of its
 * own group ("the co-founder of Acme, Jane Marlow") names the person rather than refers to it and is left out.
 * Apart from these, short names ("Marlow", "Mr Marlow", "Dr. Marlow") of a person the article named in full are
 * scored as {@link Result#names}: right when the extraction's entity at the short name also holds the full name (the
 * entity step joins them, not coreference).
 */
public final class PersonCoreferenceEvaluation {

    public record Result(int articles, Accuracy accuracy, Accuracy resolved, Accuracy precision, List<String> errors,
            List<CoreferenceEvaluation.Decision> decisions, Accuracy names) {
    }

    /** A surname alone or after an honorific: "Marlow", "Mr Marlow", "Dr. Marlow". */
    private static final java.util.regex.Pattern SHORT_NAME = java.util.regex.Pattern.compile(
            "(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.? )?(\\p{Lu}[\\p{L}'\\p{Pd}]+)");

    private final Supplier<? extends Annotator> nlp;
    private final Extractor extractor;

    public PersonCoreferenceEvaluation(Supplier<? extends Annotator> nlp, Extractor extractor) {
        this.nlp = nlp;
        this.extractor = extractor;
    }

    public Result evaluate(Path folder, Halves.Half half) throws IOException {
        List<Path> files = Halves.meantimeArticles(folder, half);
        Accuracy accuracy = Accuracy.NONE;
        Accuracy resolved = Accuracy.NONE;
        Accuracy precision = Accuracy.NONE;
        Accuracy names = Accuracy.NONE;
        List<String> errors = new ArrayList<>();
        List<CoreferenceEvaluation.Decision> decisions = new ArrayList<>();
        for (int rank = 0; rank < files.size(); rank++) {
            Path file = files.get(rank);
            MeantimeArticle article = MeantimeArticle.read(file, nlp, extractor);
            JsonNode doc = article.gold();
            AnnotatedText annotated = article.annotated();
            PersonCoreference people = new PersonCoreference(annotated, article.extraction().entities());
            Map<String, List<JsonNode>> named = new HashMap<>();
            for (JsonNode mention : doc.path("entities")) {
                if ("PER".equals(mention.path("type").asText()) && "NAM".equals(mention.path("syntactic_type").asText())
                        && !mention.path("entity_id").isNull()) {
                    named.computeIfAbsent(mention.path("entity_id").asText(), k -> new ArrayList<>()).add(mention);
                }
            }
            for (JsonNode mention : doc.path("entities")) {
                List<JsonNode> group = named.get(mention.path("entity_id").asText(""));
                JsonNode full = group == null || !"PER".equals(mention.path("type").asText()) ? null
                        : fullName(mention, group);
                if (full != null) {
                    boolean joined = article.extraction().entities().stream()
                            .anyMatch(e -> overlapsAny(e, mention) && overlapsAny(e, full));
                    names = names.plus(joined);
                    if (!joined) {
                        errors.add(file.getFileName() + ": short name '" + mention.path("text").asText() + "' at "
                                + mention.path("start").asInt() + " not joined to " + full.path("text").asText());
                    }
                    continue;
                }
                if (group != null && holdsName(mention, group)) {
                    continue;
                }
                Token referring = group == null || !"PER".equals(mention.path("type").asText()) ? null
                        : referring(annotated, mention);
                if (referring == null) {
                    continue;
                }
                AnnotatedSentence sentence = annotated.sentences().get(referring.sentence());
                java.util.Optional<Coreference.Resolution> resolution = people.resolve(sentence, referring);
                Entity person = resolution.map(Coreference.Resolution::entity).orElse(null);
                boolean right = person != null && person.mentions().stream().anyMatch(m -> group.stream()
                        .anyMatch(g -> m.start() < g.path("end").asInt() && g.path("start").asInt() < m.end()));
                accuracy = accuracy.plus(right);
                resolved = resolved.plus(person != null);
                if (person != null) {
                    precision = precision.plus(right);
                }
                decisions.add(new CoreferenceEvaluation.Decision(rank, file.getFileName().toString(),
                        kind(mention.path("text").asText()), resolution.map(Coreference.Resolution::reason)
                                .orElse("none"), person != null, right));
                if (!right) {
                    errors.add(file.getFileName() + ": '" + mention.path("text").asText() + "' at "
                            + mention.path("start").asInt() + " resolved to "
                            + (person == null ? "nothing" : person.name()) + ", gold "
                            + group.get(0).path("text").asText());
                }
            }
        }
        return new Result(files.size(), accuracy, resolved, precision, errors, decisions, names);
    }

    /**
     * For a short name ("Marlow", "Mr Marlow") of a group, the group's longer named mention that ends with that
     * surname; null when the mention is no short name or the group has no such longer name.
     */
    static JsonNode fullName(JsonNode mention, List<JsonNode> group) {
        java.util.regex.Matcher shortName = SHORT_NAME.matcher(mention.path("text").asText());
        if (!shortName.matches()) {
            return null;
        }
        String surname = shortName.group(1);
        for (JsonNode name : group) {
            String[] words = name.path("text").asText().trim().split("\\s+");
            if (words.length > 1 && words[words.length - 1].equals(surname)
                    && !SHORT_NAME.matcher(name.path("text").asText()).matches()) {
                return name;
            }
        }
        return null;
    }

    /** Whether a description holds one of its group's named mentions inside it. */
    private static boolean holdsName(JsonNode mention, List<JsonNode> group) {
        int start = mention.path("start").asInt();
        int end = mention.path("end").asInt();
        return group.stream().anyMatch(g -> g != mention && g.path("start").asInt() >= start
                && g.path("end").asInt() <= end && !(g.path("start").asInt() == start && g.path("end").asInt() == end));
    }

    private static boolean overlapsAny(Entity entity, JsonNode mention) {
        int start = mention.path("start").asInt();
        int end = mention.path("end").asInt();
        return entity.mentions().stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** The class a referring mention is scored in: "he/she" (subject, object, reflexive), "his/her", or "the title". */
    static String kind(String mention) {
        String lower = mention.toLowerCase(Locale.ROOT);
        if (!PersonCoreference.isPersonPronoun(lower)) {
            return "the title";
        }
        return lower.equals("his") || lower.equals("her") || lower.equals("hers") ? "his/her" : "he/she";
    }

    /**
     * The token to resolve: the pronoun itself, or the syntactic head of a "the ..." description (its word whose head
     * lies outside the mention; the last word when the parse gives none); else null.
     */
    private static Token referring(AnnotatedText annotated, JsonNode mention) {
        String text = mention.path("text").asText();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean pronoun = PersonCoreference.isPersonPronoun(lower);
        if (!pronoun && !(lower.startsWith("the ") && Character.isLowerCase(text.charAt(text.length() - 1)))) {
            return null;
        }
        for (AnnotatedSentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokensIn(mention.path("start").asInt(), mention.path("end").asInt());
            if (!tokens.isEmpty()) {
                return pronoun ? tokens.get(0) : head(sentence, tokens);
            }
        }
        return null;
    }

    /** The first token of a span whose head is outside it (the span's syntactic head), else its last token. */
    static Token head(AnnotatedSentence sentence, List<Token> tokens) {
        for (Token token : tokens) {
            Token head = sentence.head(token);
            if (head == null || !tokens.contains(head)) {
                return token;
            }
        }
        return tokens.get(tokens.size() - 1);
    }
}
