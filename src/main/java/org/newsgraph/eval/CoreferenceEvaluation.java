package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Token;

/**
 * Coreference of organisations against MEANTIME, whose {@code entity_id} groups the mentions of one entity within an
 * article. Every ORG mention that is a pronoun (it, its, they, their...) or a lower-case description ("the company",
 * "the US manufacturer") and whose group has a name is resolved by {@link Coreference}; it is right when the entity
 * it resolves to has a mention overlapping one of the group's names. Unresolved mentions count as wrong.
 */
public final class CoreferenceEvaluation {

    private static final Pattern PRONOUN = Pattern.compile("(?i)it|its|itself|they|their|them|theirs|themselves");
    private static final Pattern DESCRIPTION = Pattern.compile("(?:[Tt]he|[Tt]his|[Tt]hat) [\\p{Ll}][\\p{Ll}\\p{Pd} .]*");
    private static final Pattern NAME_START = Pattern.compile("\\p{Lu}.*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:It|Its|They|Their|Them|The|This|That)\\b.*");

    public record Result(int articles, Accuracy accuracy, Accuracy resolved, Accuracy precision, List<String> errors) {
    }

    private final Supplier<? extends Annotator> nlp;
    private final Extractor extractor;

    public CoreferenceEvaluation(Supplier<? extends Annotator> nlp, Extractor extractor) {
        this.nlp = nlp;
        this.extractor = extractor;
    }

    public Result evaluate(Path folder, Halves.Half half) throws IOException {
        List<Path> files = Halves.meantimeArticles(folder, half);
        Accuracy accuracy = Accuracy.NONE;
        Accuracy resolved = Accuracy.NONE;
        Accuracy precision = Accuracy.NONE;
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            MeantimeArticle article = MeantimeArticle.read(file, nlp, extractor);
            JsonNode doc = article.gold();
            AnnotatedText annotated = article.annotated();
            Coreference coreference = new Coreference(annotated, article.extraction().entities());
            Map<String, List<int[]>> names = new HashMap<>();
            for (JsonNode mention : doc.path("entities")) {
                String mentionText = mention.path("text").asText();
                if (!mention.path("entity_id").isNull() && NAME_START.matcher(mentionText).matches()
                        && !NOT_A_NAME.matcher(mentionText).matches()) {
                    names.computeIfAbsent(mention.path("entity_id").asText(), k -> new ArrayList<>())
                            .add(new int[] {mention.path("start").asInt(), mention.path("end").asInt()});
                }
            }
            for (JsonNode mention : doc.path("entities")) {
                String mentionText = mention.path("text").asText();
                List<int[]> group = names.get(mention.path("entity_id").asText(""));
                boolean pronoun = PRONOUN.matcher(mentionText).matches();
                if (!"ORG".equals(mention.path("type").asText()) || group == null
                        || !pronoun && !DESCRIPTION.matcher(mentionText).matches()) {
                    continue;
                }
                int start = mention.path("start").asInt();
                int end = mention.path("end").asInt();
                Entity entity = resolve(annotated, coreference, start, end, pronoun);
                boolean right = entity != null && entity.mentions().stream().anyMatch(m -> overlaps(m, group));
                accuracy = accuracy.plus(right);
                resolved = resolved.plus(entity != null);
                if (entity != null) {
                    precision = precision.plus(right);
                }
                if (!right) {
                    errors.add(file.getFileName() + ": '" + mentionText + "' at " + start + " resolved to "
                            + (entity == null ? "nothing" : entity.name()) + ", gold "
                            + doc.path("text").asText().substring(group.get(0)[0], group.get(0)[1]));
                }
            }
        }
        return new Result(files.size(), accuracy, resolved, precision, errors);
    }

    /** The pronoun itself, or the last word of a description (its head). */
    private static Entity resolve(AnnotatedText annotated, Coreference coreference, int start, int end, boolean pronoun) {
        for (AnnotatedSentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokensIn(start, end);
            if (tokens.isEmpty()) {
                continue;
            }
            Token token = pronoun ? tokens.get(0) : tokens.get(tokens.size() - 1);
            return coreference.resolve(sentence, token).map(Coreference.Resolution::entity).orElse(null);
        }
        return null;
    }

    private static boolean overlaps(Span mention, List<int[]> spans) {
        return spans.stream().anyMatch(s -> mention.start() < s[1] && s[0] < mention.end());
    }
}
