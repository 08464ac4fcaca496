package org.newsgraph.nlp;

import java.util.Objects;

/**
 * One relation CoreNLP's KBP extractor (TAC KBP slot filling, trained on real news) read in a text: its subject and
 * object as character offsets into the text, the slot ({@code org:parents}, {@code per:title}, ...) and its score.
 *
 * @param relation   the KBP slot name as CoreNLP writes it ("org:city_of_headquarters", "per:employee_or_member_of")
 * @param confidence the extractor's own score, 0 to 1 (its rules score 1)
 * @param sentence   the index of the sentence it was read in
 */
public record KbpTriple(int subjectStart, int subjectEnd, String subject, String relation, int objectStart,
                        int objectEnd, String object, double confidence, int sentence) {

    public KbpTriple {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        if (subjectStart < 0 || subjectEnd < subjectStart || objectStart < 0 || objectEnd < objectStart) {
            throw new IllegalArgumentException("bad spans " + subjectStart + ".." + subjectEnd + ", " + objectStart
                    + ".." + objectEnd);
        }
    }
}
