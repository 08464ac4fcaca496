package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * How a word of a figure's measure is written: in lower case unless it is a name. A sentence starts with a capital
 * ("Pre-tax profit rose 4%", "Fees climbed"), so a measure taken from the start of a sentence would keep it on every
 * page and in the graph; "pre-tax profit" is the same measure wherever it stands. A word stays as written when CoreNLP
 * tags it as a name (a PERSON, ORGANIZATION, LOCATION, MISC... tag), when it is a proper noun (NNP, NNPS) anywhere but
 * the sentence's first word (where a capital says nothing), when it has a capital after its first letter
 * ("EBITDA", "iPhone", "GigaWatt"), or a digit: a model code ("six more A350s", "24 A320s").
 */
final class MeasureCase {

    /** CoreNLP's tags of numbers, dates and times: values, not names. */
    private static final Set<String> VALUE_TAGS = Set.of("O", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "DATE", "TIME",
            "DURATION", "SET");

    private MeasureCase() {
    }

    /** The word as the measure writes it. */
    static String written(AnnotatedSentence sentence, Token word) {
        String text = word.text();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || hasInnerCapital(text)
                || text.chars().anyMatch(Character::isDigit)) {
            return text;
        }
        boolean name = !VALUE_TAGS.contains(word.ner())
                || word.pos().startsWith("NNP") && !word.equals(firstWord(sentence));
        return name ? text : text.toLowerCase(Locale.ROOT);
    }

    private static boolean hasInnerCapital(String text) {
        return text.codePoints().skip(1).anyMatch(Character::isUpperCase);
    }

    /** The sentence's first token with a letter or digit (an opening quote or dash comes before it). */
    private static Token firstWord(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return token;
            }
        }
        return null;
    }
}
