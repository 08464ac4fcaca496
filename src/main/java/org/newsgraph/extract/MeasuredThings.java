package org.newsgraph.extract;

import static org.newsgraph.extract.FigureContext.HEAD_NOUN;
import static org.newsgraph.extract.FigureContext.SUBJECT_NOUN;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.FigureContext.Found;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A physical measurement measures something of a thing (its range, wingspan, thickness, weight, the rain that fell),
 * never the thing itself: "a 10-gallon water cooler", "the 16-bit 8088 chip", "a new 7.62mm barrel" (the noun the
 * measurement modifies, {@code head-noun}), "The engine delivers ... at 4,000 rpm", "The car weighs 1,450 kg" (the
 * verb's subject, {@code subject-noun}) name what is measured. When such a step's answer for a measurement is a noun
 * for a kind of product ({@link NounKinds#product}: the type cues' product nouns, and WordNet nouns whose first sense
 * is a device, vehicle, appliance or equipment), the answer is kept only as a candidate (an empty measure beats the
 * thing's name); a noun of what is measured ("wingspan", "thickness", "range", "oil production", "temperature")
 * stays. WordNet's person and place kinds are not asked: for measure nouns they answer from rare senses ("range" a
 * region, "angle" an angler, "model" a person). The noun a measurement is "of" ("310 pound-feet of torque", "twenty
 * tonnes of test equipment") is left as the chain found it. The subject of a verb of measuring ({@code
 * measuring-verbs.txt}: "The probe weighs 1,350 kilograms", "The mirror measures 6.5 metres across") is the thing
 * measured whatever WordNet's first sense of its noun ("probe" an inquiry, "mirror" a reflector): only a candidate.
 * A distance brought in by "within" ("hit the approach shot to within six feet of the cup") says how near something
 * came, and no step's answer is sure of what it measures.
 */
final class MeasuredThings {

    private static final Set<String> MEASURING_VERBS =
            ResourceTable.words("/org/newsgraph/extract/measuring-verbs.txt");
    /** How far up from the figure's head a verb of measuring is looked for: the unit's noun, then its verb. */
    private static final int CLIMB = 2;

    private MeasuredThings() {
    }

    /** The measure, or the same answer as a candidate when it names the thing a measurement measures. */
    static Found fenced(FigureKind kind, Found measure, AnnotatedSentence sentence, Token head) {
        if (kind == FigureKind.MEASUREMENT && measure.sure() && measure.value() != null && within(sentence, head)) {
            return new Found(measure.value(), measure.step(), false);
        }
        if (kind != FigureKind.MEASUREMENT || !measure.sure() || measure.value() == null
                || !HEAD_NOUN.equals(measure.step()) && !SUBJECT_NOUN.equals(measure.step())) {
            return measure;
        }
        if (SUBJECT_NOUN.equals(measure.step()) && onAVerbOfMeasuring(sentence, head)) {
            return new Found(measure.value(), measure.step(), false);
        }
        String[] words = measure.value().toLowerCase(Locale.ROOT).split(" ");
        String noun = words[words.length - 1];
        if (!noun.chars().allMatch(Character::isLetter)) {
            return measure;
        }
        String lemma = Lexicon.shared().lemma(noun);
        String word = lemma == null ? noun : lemma;
        return NounKinds.product(word) ? new Found(measure.value(), measure.step(), false) : measure;
    }

    private static boolean onAVerbOfMeasuring(AnnotatedSentence sentence, Token head) {
        Token token = head;
        for (int climb = 0; climb < CLIMB && token != null; climb++) {
            token = sentence.head(token);
            if (token != null && token.pos().startsWith("VB")) {
                return MEASURING_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static boolean within(AnnotatedSentence sentence, Token head) {
        return sentence.children(head).stream().anyMatch(c -> sentence.relationToHead(c).equals("case")
                && c.text().toLowerCase(Locale.ROOT).equals("within"));
    }
}
