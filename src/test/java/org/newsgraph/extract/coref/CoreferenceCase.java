package org.newsgraph.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.newsgraph.extract.Entity;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;
import org.newsgraph.testing.ParsedText;

/**
 * A short text parsed by hand (pairs of tagged sentence and dependencies, {@link ParsedText}'s notation) and what a
 * coreference step should make of {@code word} in its last sentence: the entity's id and the reason, or "-" for none.
 */
record CoreferenceCase(String name, String word, String entity, String reason, String... sentences) {

    /** A coreference step: organisations ({@link Coreference}) or people ({@link PersonCoreference}). */
    interface Step {
        Optional<Coreference.Resolution> resolve(AnnotatedSentence sentence, Token token);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Parses the text, makes the step over it and checks its answer for the word. */
    void check(BiFunction<AnnotatedText, List<Entity>, Step> step) {
        ParsedText parsed = new ParsedText();
        for (int i = 0; i < sentences.length; i += 2) {
            parsed.sentence(sentences[i], sentences[i + 1]);
        }
        AnnotatedText text = parsed.text();
        AnnotatedSentence last = text.sentences().get(text.sentences().size() - 1);
        Token token = last.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
        Optional<Coreference.Resolution> resolution = step.apply(text, parsed.entities()).resolve(last, token);
        assertEquals(entity, resolution.map(r -> r.entity().id()).orElse("-"), "entity");
        assertEquals(reason, resolution.map(Coreference.Resolution::reason).orElse("-"), "reason");
    }
}
