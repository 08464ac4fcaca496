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
import java.util.Map;
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
 * Session 25's (task coref) hand-judged sample of real text: every plural organisation noun (and "they") of the
 * MEANTIME dev tuning half that organisation coreference gives a group ({@code
 * eval/judged-s25-coref/meantime-tuning-plurals.tsv}), read through {@link Coreference#group}. Right when the group
 * holds exactly the judged organisations; wrong when it holds others; refused when empty. Holds the floor measured when
 * the sample was judged: 8 right, 0 wrong of 8, on main's code and with session 25's changes alike (its deal-parties
 * step and town fence fire on none of these). Parses come from the folder {@code judged.annotations} names (default
 * {@code /tmp/ann}, the evaluation's cache; CoreNLP fills what is missing).
 */
class JudgedPluralsS25CorefIT {

    private static final String TABLE = "/eval/judged-s25-coref/meantime-tuning-plurals.tsv";
    private static final int RIGHT_FLOOR = 8;
    private static final int WRONG_CEILING = 0;

    /** One judged word: article id, sentence, word, its occurrence in the sentence, the judged organisation or "-". */
    record Judged(String article, int sentence, String word, int occurrence, String answer) {
    }

    @Test
    void pluralOrganisationNounsStayAsJudged() throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV), "MEANTIME is not in ../shared/datasets; nothing to score");
        List<Judged> rows = rows();
        Path folder = Path.of(System.getProperty("judged.annotations", "/tmp/ann"));
        Supplier<Annotator> nlp = () -> new StoredAnnotator(NlpPipeline::shared, folder);
        Extractor extractor = new Extractor();
        Map<String, Path> files = new HashMap<>();
        for (Path file : Halves.meantimeArticles(Halves.MEANTIME_DEV, Halves.Half.TUNING)) {
            files.put(file.getFileName().toString().replaceAll("_.*", ""), file);
        }
        Map<String, MeantimeArticle> articles = new HashMap<>();
        int right = 0;
        int wrong = 0;
        StringBuilder report = new StringBuilder();
        for (Judged row : rows) {
            MeantimeArticle article = articles.get(row.article());
            if (article == null) {
                article = MeantimeArticle.read(files.get(row.article()), nlp, extractor);
                articles.put(row.article(), article);
            }
            Coreference coreference = new Coreference(article.annotated(), article.extraction().entities());
            AnnotatedSentence sentence = article.annotated().sentences().get(row.sentence());
            Token token = JudgedQuotesS23CorefIT.occurrence(sentence, row.word(), row.occurrence());
            List<Entity> group = token == null ? List.of() : coreference.group(sentence, token);
            List<String> judged = row.answer().equals("-") ? List.of() : List.of(row.answer().split("\\+"));
            boolean isRight = group.size() == judged.size() && judged.stream()
                    .allMatch(name -> group.stream().anyMatch(e -> JudgedQuotesS23CorefIT.names(e, name)));
            boolean isWrong = !group.isEmpty() && !isRight;
            right += isRight ? 1 : 0;
            wrong += isWrong ? 1 : 0;
            report.append(String.join("\t", row.article(), String.valueOf(row.sentence()), row.word(),
                    row.answer(), group.isEmpty() ? "-" : String.join("+", group.stream().map(Entity::name).toList()),
                    isRight ? "right" : isWrong ? "wrong" : "refused")).append('\n');
        }
        report.append("right ").append(right).append(", wrong ").append(wrong).append(" of ").append(rows.size());
        System.out.println(report);
        assertTrue(right >= RIGHT_FLOOR, "right " + right + " below " + RIGHT_FLOOR + "\n" + report);
        assertTrue(wrong <= WRONG_CEILING, "wrong " + wrong + " above " + WRONG_CEILING + "\n" + report);
    }

    private static List<Judged> rows() throws IOException {
        List<Judged> rows = new ArrayList<>();
        try (InputStream in = JudgedPluralsS25CorefIT.class.getResourceAsStream(TABLE)) {
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
