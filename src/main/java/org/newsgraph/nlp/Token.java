package org.newsgraph.nlp;

/**
 * One token as CoreNLP saw it, without CoreNLP types.
 *
 * @param index      position in the whole document, from 0
 * @param start      character offset of the token in the document text
 * @param ner        coarse named-entity tag (ORGANIZATION, PERSON, LOCATION, MONEY, DATE, ... or "O")
 * @param normalized normalized value of numeric and temporal entities ("~$2.0E7", "2022-03"), or null
 */
public record Token(int index, int sentence, int start, int end, String text, String lemma, String pos,
                    String ner, String normalized) {

    public boolean isEntity() {
        return !"O".equals(ner);
    }
}
