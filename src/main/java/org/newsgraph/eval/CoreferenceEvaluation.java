package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * article. Every ORG mention that is a pronoun (it, its, they, their..., and "we"/"our", which MEANTIME marks as the
 * organisation when its spokesperson speaks) or a definite description ("the company",
 * "the US manufacturer", "the two companies") and whose group has a name is resolved by {@link Coreference}; it is
 * right when the entity it resolves to (for a plural, one of the organisations of its group) has a mention
 * overlapping one of the group's names. Unresolved mentions count as wrong. A description standing in apposition
 * beside a name of its group ("the record company, Acme", "the largest carmaker Acme") is the name's own step, not coreference, and is left out.
 * Scores are given per {@link MentionClass}.
 */
public final class CoreferenceEvaluation {

    /** The kinds of referring mention scored apart. */
    public enum MentionClass {
        IT("it/its"),
        THEY("they/their"),
        DEFINITE("the company/the automaker"),
        DESCRIPTIVE("described (the Cupertino firm, the world's largest chipmaker)"),
        PLURAL_NOUN("plural nouns (the companies, the two automakers)"),
        WE("we/our in quotes");

        private final String label;

        MentionClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One class's scores: right among all, resolved at all, right among resolved. */
    public record ClassScore(Accuracy accuracy, Accuracy resolved, Accuracy precision) {
        static final ClassScore NONE = new ClassScore(Accuracy.NONE, Accuracy.NONE, Accuracy.NONE);

        ClassScore plus(boolean right, boolean answered) {
            return new ClassScore(accuracy.plus(right), resolved.plus(answered),
                    answered ? precision.plus(right) : precision);
        }
    }

    private static final Pattern SINGULAR_PRONOUN = Pattern.compile("(?i)it|its|itself");
    private static final Pattern PLURAL_PRONOUN = Pattern.compile("(?i)they|their|them|theirs|themselves");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("(?i)we|our|us|ours|ourselves");
    private static final Pattern DESCRIPTION =
            Pattern.compile("(?i:the|this|that|these|those|both) [^,;()\"]*\\b\\p{Ll}[\\p{Ll}\\p{Pd}]*");
    private static final Pattern NAME_START = Pattern.compile("\\p{Lu}.*");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:It|Its|They|Their|Them|The|This|That)\\b.*");

    /**
     * @param decisions    the scored organisation mentions, one each
     * @param otherTyped   what coreference made of referring mentions MEANTIME links to a named entity that is no
     *                     organisation (an index, a product, a place, a person: "its range" of an aircraft): kept out of
     *                     the scores above, they are the mentions whose resolution to an organisation is wrong
     */
    public record Result(int articles, Accuracy accuracy, Accuracy resolved, Accuracy precision, List<String> errors,
            Map<MentionClass, ClassScore> byClass, List<Decision> decisions, List<Decision> otherTyped) {
    }

    /**
     * What coreference made of one scored mention: the step that answered or refused ({@code step}, "none" when no
     * step had a candidate), whether it answered and whether right. {@code article} is the article's rank in its half,
     * for telling steps that hold across articles from those that fire in one or two. {@code sentence} is the
     * mention's sentence (-1 when unknown), {@code figureSentence} whether the extraction found a figure in it (the
     * figure gold already counts such sentences for the subject groups: {@link ResolutionEvidence}), {@code goldType}
     * the MEANTIME type of the entity the mention stands for, {@code details} the resolved word's kind
     * ({@link org.newsgraph.extract.ResolvedWord}: "noun", "alone").
     */
    public record Decision(int article, String file, String kind, String step, boolean answered, boolean right,
            int sentence, boolean figureSentence, String goldType, String details) {

        public Decision(int article, String file, String kind, String step, boolean answered, boolean right) {
            this(article, file, kind, step, answered, right, -1, false, "ORG", "");
        }
    }

    /** What {@link #resolve} found: the organisations, the step that answered or refused, and a refusal's reason. */
    private record Answer(List<Entity> entities, String step, String refusal, int sentence, String details) {
        static final Answer NONE = new Answer(List.of(), "none", "", -1, "");
    }

    private final Supplier<? extends Annotator> nlp;
    private final Extractor extractor;

    public CoreferenceEvaluation(Supplier<? extends Annotator> nlp, Extractor extractor) {
        this.nlp = nlp;
        this.extractor = extractor;
    }

    public Result evaluate(Path folder, Halves.Half half) throws IOException {
        List<Path> files = Halves.meantimeArticles(folder, half);
        Map<MentionClass, ClassScore> byClass = new EnumMap<>(MentionClass.class);
        List<String> errors = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<Decision> otherTyped = new ArrayList<>();
        for (int rank = 0; rank < files.size(); rank++) {
            Path file = files.get(rank);
            MeantimeArticle article = MeantimeArticle.read(file, nlp, extractor);
            JsonNode doc = article.gold();
            String text = doc.path("text").asText();
            AnnotatedText annotated = article.annotated();
            Coreference coreference = new Coreference(annotated, article.extraction().entities());
            java.util.Set<Integer> figureSentences = new java.util.HashSet<>();
            article.extraction().figures().forEach(f -> f.mentions().forEach(m -> figureSentences.add(m.sentence())));
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
                int start = mention.path("start").asInt();
                int end = mention.path("end").asInt();
                if (group == null || besideName(text, start, end, group)) {
                    continue;
                }
                MentionClass kind = classify(mentionText);
                if (kind == null) {
                    continue;
                }
                Answer answer = resolve(annotated, coreference, start, end, kind, article.extraction().entities());
                List<Entity> found = answer.entities();
                boolean right = found.stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> overlaps(m, group)));
                String goldType = mention.path("type").asText("");
                if (!"ORG".equals(goldType)) {
                    if (!found.isEmpty()) {
                        otherTyped.add(new Decision(rank, file.getFileName().toString(),
                                kind.name().toLowerCase(Locale.ROOT), answer.step(), true, right, answer.sentence(),
                                figureSentences.contains(answer.sentence()), goldType, answer.details()));
                    }
                    continue;
                }
                byClass.merge(kind, ClassScore.NONE.plus(right, !found.isEmpty()),
                        (a, b) -> a.plus(right, !found.isEmpty()));
                decisions.add(new Decision(rank, file.getFileName().toString(), kind.name().toLowerCase(Locale.ROOT),
                        answer.step(), !found.isEmpty(), right, answer.sentence(),
                        figureSentences.contains(answer.sentence()), goldType, answer.details()));
                if (!right) {
                    errors.add(file.getFileName() + ": [" + kind.name().toLowerCase(Locale.ROOT) + "] '" + mentionText
                            + "' at " + start + " resolved to "
                            + (found.isEmpty() ? "nothing" + answer.refusal() : found.stream().map(Entity::name).toList())
                            + ", gold "
                            + text.substring(group.get(0)[0], group.get(0)[1]));
                }
            }
        }
        Accuracy accuracy = Accuracy.NONE;
        Accuracy resolved = Accuracy.NONE;
        Accuracy precision = Accuracy.NONE;
        for (ClassScore score : byClass.values()) {
            accuracy = accuracy.plus(score.accuracy());
            resolved = resolved.plus(score.resolved());
            precision = precision.plus(score.precision());
        }
        return new Result(files.size(), accuracy, resolved, precision, errors, byClass, decisions, otherTyped);
    }

    /** The class of a referring mention, or null when it is none that coreference reads (a name, "a company"). */
    static MentionClass classify(String mention) {
        if (SINGULAR_PRONOUN.matcher(mention).matches()) {
            return MentionClass.IT;
        }
        if (PLURAL_PRONOUN.matcher(mention).matches()) {
            return MentionClass.THEY;
        }
        if (FIRST_PERSON_PLURAL.matcher(mention).matches()) {
            return MentionClass.WE;
        }
        if (!DESCRIPTION.matcher(mention).matches()) {
            return null;
        }
        String[] words = mention.split("\\s+");
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
                : head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        if (!singular.equals(head) && Coreference.isOrganisationNoun(singular)
                || words[0].equalsIgnoreCase("these") || words[0].equalsIgnoreCase("those")
                || words[0].equalsIgnoreCase("both")) {
            return MentionClass.PLURAL_NOUN;
        }
        return words.length == 2 ? MentionClass.DEFINITE : MentionClass.DESCRIPTIVE;
    }

    /** "the record company, Acme" or "Acme, the record company": a name of the group right beside the mention. */
    private static boolean besideName(String text, int start, int end, List<int[]> group) {
        return group.stream().anyMatch(name -> name[0] >= end && text.substring(end, name[0]).matches("\\s*,?\\s*")
                || name[1] <= start && text.substring(name[1], start).matches("\\s*,?\\s*"));
    }

    /**
     * The pronoun itself, or a description's syntactic head ("the largest carmaker in the world": carmaker, not its
     * last word); a plural gives its whole group.
     */
    private static Answer resolve(AnnotatedText annotated, Coreference coreference, int start, int end,
            MentionClass kind, List<Entity> entities) {
        for (AnnotatedSentence sentence : annotated.sentences()) {
            List<Token> tokens = sentence.tokensIn(start, end);
            if (tokens.isEmpty()) {
                continue;
            }
            Token token = kind == MentionClass.IT || kind == MentionClass.THEY || kind == MentionClass.WE
                    ? tokens.get(0)
                    : PersonCoreferenceEvaluation.head(sentence, tokens);
            java.util.Optional<Coreference.Resolution> resolution = coreference.resolve(sentence, token);
            String details = org.newsgraph.extract.ResolvedWord.details(token, sentence.index(), entities);
            String step = resolution.map(Coreference.Resolution::reason).orElse("none");
            List<Entity> group = coreference.group(sentence, token);
            if (!group.isEmpty()) {
                return new Answer(group, step, "", sentence.index(), sole(details, group, sentence.index(), entities));
            }
            java.util.Optional<String> refusal = coreference.refusal(sentence, token);
            if (refusal.isPresent()) {
                return new Answer(List.of(), "refused", " (refused, " + refusal.get() + ")", sentence.index(),
                        details);
            }
            List<Entity> answer = resolution.map(Coreference.Resolution::entity).map(List::of).orElse(List.of());
            return new Answer(answer, step, "", sentence.index(),
                    answer.isEmpty() ? details : sole(details, answer, sentence.index(), entities));
        }
        return Answer.NONE;
    }

    /**
     * The details with "sole" added when the sentence names no organisation besides the answer: the figure's case
     * keys have the same detail ({@code RivalOrganisations}), so the resolution evidence of a sentence that names
     * several organisations counts for the groups of such sentences, not for those of sentences naming one.
     */
    private static String sole(String details, List<Entity> answer, int sentence, List<Entity> entities) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        answer.forEach(e -> ids.add(e.id()));
        boolean others = entities.stream().filter(e -> e.type() == org.newsgraph.extract.EntityType.ORGANIZATION)
                .filter(e -> !ids.contains(e.id()))
                .anyMatch(e -> e.mentions().stream().anyMatch(m -> m.sentence() == sentence));
        return others ? details : details.isEmpty() ? "sole" : details + "/sole";
    }

    private static boolean overlaps(Span mention, List<int[]> spans) {
        return spans.stream().anyMatch(s -> mention.start() < s[1] && s[0] < mention.end());
    }
}
