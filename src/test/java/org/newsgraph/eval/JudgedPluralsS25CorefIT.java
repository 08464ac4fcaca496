package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.AnnotatedSentence;
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

    @Test
    void pluralOrganisationNounsStayAsJudged() throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV), "MEANTIME is not in ../shared/datasets; nothing to score");
        List<JudgedQuotesS23CorefIT.Judged> rows = JudgedQuotesS23CorefIT.rows(TABLE);
        JudgedQuotesS23CorefIT.TuningArticles articles = new JudgedQuotesS23CorefIT.TuningArticles();
        int right = 0;
        int wrong = 0;
        StringBuilder report = new StringBuilder();
        for (JudgedQuotesS23CorefIT.Judged row : rows) {
            MeantimeArticle article = articles.get(row.article());
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
}
