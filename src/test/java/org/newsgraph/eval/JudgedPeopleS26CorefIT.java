package org.newsgraph.eval;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.PersonCoreference;

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
        JudgedQuotesS23CorefIT.score(TABLE, RIGHT_FLOOR, WRONG_CEILING, (article, sentence, token, row) -> {
            PersonCoreference people = new PersonCoreference(article.annotated(), article.extraction().entities());
            Optional<Coreference.Resolution> resolution = token == null ? Optional.empty()
                    : people.resolve(sentence, token);
            boolean isRight = resolution.map(r -> JudgedQuotesS23CorefIT.names(r.entity(), row.answer()))
                    .orElse(row.answer().equals("-"));
            return new JudgedQuotesS23CorefIT.Verdict(
                    resolution.map(r -> r.entity().name() + " (" + r.reason() + ")").orElse("-"), isRight,
                    resolution.isPresent() && !isRight);
        });
    }
}
