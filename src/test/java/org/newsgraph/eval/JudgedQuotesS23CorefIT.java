package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;
import org.newsgraph.nlp.Token;

/**
 * Session 23's (task coref) hand-judged sample of real text: every "we/our/us" inside a quotation of the MEANTIME dev
 * tuning half, and each "it" inside a quotation where an organisation speaks as "we"
 * ({@code eval/judged-s23-coref/meantime-tuning-quotes.tsv}), read through organisation coreference. Holds the floor
 * of right answers (an organisation named right, or no answer where the judgement says none) and the ceiling of wrong
 * ones measured when the sample was judged: 43 right, 0 wrong of 52 with session 23's changes (38 right, 1 wrong
 * on main's code before them: Apple's "it has been painful" taken as Apple); 45 right, 0 wrong with session 26's
 * (a speaker beside a role held in an organisation: "said Neil Aspinall, manager of Apple Corps"); 49 right, 0 wrong with
 * session 30's (task coref) reading of a misparsed attribution ({@code QuoteAttribution}): 108294's "Our"/"us" (the
 * name after an inverted "said" parsed as its object) and 71426's "We"/"we" (", saying," hung on a noun), refused
 * before, now the judged organisation. Parses come from the folder
 * {@code judged.annotations} names (default {@code /tmp/ann}, the evaluation's cache; CoreNLP fills what is missing).
 */
class JudgedQuotesS23CorefIT {

    private static final String TABLE = "/eval/judged-s23-coref/meantime-tuning-quotes.tsv";
    private static final int RIGHT_FLOOR = 49; // 45 before session 30 (task coref), see above
    private static final int WRONG_CEILING = 0;

    /** One judged word: article id, sentence, word, its occurrence in the sentence, the judged organisation or "-". */
    record Judged(String article, int sentence, String word, int occurrence, String answer) {
    }

    @Test
    void quotedFirstPersonPluralsStayAsJudged() throws IOException {
        score(TABLE, RIGHT_FLOOR, WRONG_CEILING, (article, sentence, token, row) -> {
            Coreference coreference = new Coreference(article.annotated(), article.extraction().entities());
            Optional<Coreference.Resolution> resolution = token == null ? Optional.empty()
                    : coreference.resolve(sentence, token);
            boolean isRight = resolution.map(r -> names(r.entity(), row.answer())).orElse(row.answer().equals("-"));
            return new Verdict(resolution.map(r -> r.entity().name() + " (" + r.reason() + ")").orElse("-"), isRight,
                    resolution.isPresent() && !isRight);
        });
    }

    /** What one judged word got: the answer as printed, and whether it is right or wrong (neither: refused). */
    record Verdict(String answer, boolean right, boolean wrong) {
    }

    /** How a judged table's answers are found and judged: {@code token} is null when the sentence lacks the word. */
    interface Judge {
        Verdict judge(MeantimeArticle article, AnnotatedSentence sentence, Token token, Judged row);
    }

    /**
     * Scores a judged table of MEANTIME tuning articles (skipped without ../shared): prints every row's answer and
     * holds the floor of right answers and the ceiling of wrong ones.
     */
    static void score(String table, int rightFloor, int wrongCeiling, Judge judge) throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV), "MEANTIME is not in ../shared/datasets; nothing to score");
        List<Judged> rows = rows(table);
        TuningArticles articles = new TuningArticles();
        int right = 0;
        int wrong = 0;
        StringBuilder report = new StringBuilder();
        for (Judged row : rows) {
            MeantimeArticle article = articles.get(row.article());
            AnnotatedSentence sentence = article.annotated().sentences().get(row.sentence());
            Verdict verdict = judge.judge(article, sentence, occurrence(sentence, row.word(), row.occurrence()), row);
            right += verdict.right() ? 1 : 0;
            wrong += verdict.wrong() ? 1 : 0;
            report.append(String.join("\t", row.article(), String.valueOf(row.sentence()), row.word(),
                    row.answer(), verdict.answer(), verdict.right() ? "right" : verdict.wrong() ? "wrong" : "refused"))
                    .append('\n');
        }
        report.append("right ").append(right).append(", wrong ").append(wrong).append(" of ").append(rows.size());
        System.out.println(report);
        assertTrue(right >= rightFloor, "right " + right + " below " + rightFloor + "\n" + report);
        assertTrue(wrong <= wrongCeiling, "wrong " + wrong + " above " + wrongCeiling + "\n" + report);
    }

    /** Whether the entity is the judged organisation: its name or an alias holds the judged name, or the reverse. */
    static boolean names(Entity entity, String judged) {
        if (judged.equals("-")) {
            return false;
        }
        String wanted = judged.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>(entity.aliases());
        names.add(entity.name());
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT))
                .anyMatch(n -> n.contains(wanted) || wanted.contains(n));
    }

    /** The occurrence-th token (1-based) of the sentence whose text is the word, ignoring case; else null. */
    static Token occurrence(AnnotatedSentence sentence, String word, int occurrence) {
        int seen = 0;
        for (Token token : sentence.tokens()) {
            if (token.text().equalsIgnoreCase(word) && ++seen == occurrence) {
                return token;
            }
        }
        return null;
    }

    /**
     * The MEANTIME tuning half's articles by id, each extracted once, parsed from the folder {@code judged.annotations}
     * names (default {@code /tmp/ann}; CoreNLP fills what is missing).
     */
    static final class TuningArticles {

        private final Path folder = Path.of(System.getProperty("judged.annotations", "/tmp/ann"));
        private final Supplier<Annotator> nlp = () -> new StoredAnnotator(NlpPipeline::shared, folder);
        private final Extractor extractor = new Extractor();
        private final Map<String, Path> files = new HashMap<>();
        private final Map<String, MeantimeArticle> read = new HashMap<>();

        TuningArticles() throws IOException {
            for (Path file : Halves.meantimeArticles(Halves.MEANTIME_DEV, Halves.Half.TUNING)) {
                files.put(file.getFileName().toString().replaceAll("_.*", ""), file);
            }
        }

        MeantimeArticle get(String id) throws IOException {
            MeantimeArticle article = read.get(id);
            if (article == null) {
                article = MeantimeArticle.read(files.get(id), nlp, extractor);
                read.put(id, article);
            }
            return article;
        }
    }

    /** A judged table's rows: article id, sentence, word, occurrence, answer, tab-separated; "#" lines are comments. */
    static List<Judged> rows(String table) throws IOException {
        List<Judged> rows = new ArrayList<>();
        try (InputStream in = JudgedQuotesS23CorefIT.class.getResourceAsStream(table)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Judged(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), f[4]));
            }
        }
        return rows;
    }
}
