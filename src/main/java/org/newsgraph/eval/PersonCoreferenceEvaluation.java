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
 * a mention overlapping one of the group's named mentions. Unresolved mentions count as wrong.
 */
public final class PersonCoreferenceEvaluation {

    public record Result(int articles, Accuracy accuracy, Accuracy resolved, Accuracy precision, List<String> errors,
            List<CoreferenceEvaluation.Decision> decisions) {
    }

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
        return new Result(files.size(), accuracy, resolved, precision, errors, decisions);
    }

    /** The class a referring mention is scored in: "he/she" (subject, object, reflexive), "his/her", or "the title". */
    static String kind(String mention) {
        String lower = mention.toLowerCase(Locale.ROOT);
        if (!PersonCoreference.isPersonPronoun(lower)) {
            return "the title";
        }
        return lower.equals("his") || lower.equals("her") || lower.equals("hers") ? "his/her" : "he/she";
    }

    /** The token to resolve: the pronoun itself, or the head (last word) of a "the ..." description; else null. */
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
                return pronoun ? tokens.get(0) : tokens.get(tokens.size() - 1);
            }
        }
        return null;
    }
}
