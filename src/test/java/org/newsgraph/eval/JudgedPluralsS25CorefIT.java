package org.newsgraph.eval;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.coref.Coreference;

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
        JudgedQuotesS23CorefIT.score(TABLE, RIGHT_FLOOR, WRONG_CEILING, (article, sentence, token, row) -> {
            Coreference coreference = new Coreference(article.annotated(), article.extraction().entities());
            List<Entity> group = token == null ? List.of() : coreference.group(sentence, token);
            List<String> judged = row.answer().equals("-") ? List.of() : List.of(row.answer().split("\\+"));
            boolean isRight = group.size() == judged.size() && judged.stream()
                    .allMatch(name -> group.stream().anyMatch(e -> JudgedQuotesS23CorefIT.names(e, name)));
            return new JudgedQuotesS23CorefIT.Verdict(
                    group.isEmpty() ? "-" : String.join("+", group.stream().map(Entity::name).toList()), isRight,
                    !group.isEmpty() && !isRight);
        });
    }
}
