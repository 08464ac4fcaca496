package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.PersonCoreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Session 26's (task coref) hand-judged sample of real text: every "he", "she", "his", "her", "him" and title noun
 * ("the chief executive", "Apple's senior vice president") that person coreference answered in the MEANTIME dev tuning
 * half on main's code or with session 26's changes ({@code eval/judged-s26-coref/meantime-tuning-people.tsv}), read
 * through {@link PersonCoreference}. Right when the answer is the judged person, or no answer where the judgement says
 * none ("-"); wrong when another person is answered; refused otherwise. Holds the floor of right answers and the
 * ceiling of wrong ones measured when the sample was judged: main's code 53 right, 3 wrong of 60; with session 26's
 * changes 58 right, 1 wrong (titles beside a name, a quotation's speaker and whom it names). Parses come from
 * the folder {@code judged.annotations} names (default {@code /tmp/ann}, the evaluation's cache; CoreNLP fills what is
 * missing).
 */
class JudgedPeopleS26CorefIT {

    private static final String TABLE = "/eval/judged-s26-coref/meantime-tuning-people.tsv";
    private static final int RIGHT_FLOOR = 58;
    private static final int WRONG_CEILING = 1;

    @Test
    void personPronounsAndTitlesStayAsJudged() throws IOException {
        assumeTrue(Files.isDirectory(Halves.MEANTIME_DEV), "MEANTIME is not in ../shared/datasets; nothing to score");
        List<JudgedQuotesS23CorefIT.Judged> rows = JudgedQuotesS23CorefIT.rows(TABLE);
        JudgedQuotesS23CorefIT.TuningArticles articles = new JudgedQuotesS23CorefIT.TuningArticles();
        int right = 0;
        int wrong = 0;
        StringBuilder report = new StringBuilder();
        for (JudgedQuotesS23CorefIT.Judged row : rows) {
            MeantimeArticle article = articles.get(row.article());
            PersonCoreference people = new PersonCoreference(article.annotated(), article.extraction().entities());
            AnnotatedSentence sentence = article.annotated().sentences().get(row.sentence());
            Token token = JudgedQuotesS23CorefIT.occurrence(sentence, row.word(), row.occurrence());
            Optional<Coreference.Resolution> resolution = token == null ? Optional.empty()
                    : people.resolve(sentence, token);
            boolean isRight = resolution.map(r -> JudgedQuotesS23CorefIT.names(r.entity(), row.answer()))
                    .orElse(row.answer().equals("-"));
            boolean isWrong = resolution.isPresent() && !isRight;
            right += isRight ? 1 : 0;
            wrong += isWrong ? 1 : 0;
            report.append(String.join("\t", row.article(), String.valueOf(row.sentence()), row.word(),
                    row.answer(), resolution.map(r -> r.entity().name() + " (" + r.reason() + ")").orElse("-"),
                    isRight ? "right" : isWrong ? "wrong" : "refused")).append('\n');
        }
        report.append("right ").append(right).append(", wrong ").append(wrong).append(" of ").append(rows.size());
        System.out.println(report);
        assertTrue(right >= RIGHT_FLOOR, "right " + right + " below " + RIGHT_FLOOR + "\n" + report);
        assertTrue(wrong <= WRONG_CEILING, "wrong " + wrong + " above " + WRONG_CEILING + "\n" + report);
    }
}
