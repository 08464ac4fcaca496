package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/** What {@link FigureContext} says of a figure in the last of some hand-parsed sentences ({@link ParsedText}). */
final class HandParsedFigure {

    private HandParsedFigure() {
    }

    /**
     * @param sentences pairs of tokens and dependencies, in {@link ParsedText}'s notation
     * @param figure    the figure's words as the last sentence writes them
     */
    static FigureContext.About about(List<String[]> sentences, String figure, FigureKind kind, String unit) {
        return about(sentences, figure, kind, unit, SubjectCases.bundled());
    }

    /** The same for a rate: "$41 a share" has unit USD per "share". */
    static FigureContext.About about(List<String[]> sentences, String figure, FigureKind kind, String unit,
                                     String per) {
        return about(sentences, figure, kind, unit, per, SubjectCases.bundled());
    }

    /** The same, deciding which cases assert by the given table. */
    static FigureContext.About about(List<String[]> sentences, String figure, FigureKind kind, String unit,
                                     SubjectCases cases) {
        return about(sentences, figure, kind, unit, null, cases);
    }

    /** The same, with a learned promotion of proposed subjects ({@link LearnedSubjects}). */
    static FigureContext.About about(List<String[]> sentences, String figure, FigureKind kind, String unit,
                                     LearnedSubjects promotion) {
        return about(sentences, figure, kind, unit, null, SubjectCases.bundled(), promotion);
    }

    private static FigureContext.About about(List<String[]> sentences, String figure, FigureKind kind, String unit,
                                             String per, SubjectCases cases) {
        return about(sentences, figure, kind, unit, per, cases, LearnedSubjects.none());
    }

    private static FigureContext.About about(List<String[]> sentences, String figure, FigureKind kind, String unit,
                                             String per, SubjectCases cases, LearnedSubjects promotion) {
        ParsedText parsed = new ParsedText();
        sentences.forEach(s -> parsed.sentence(s[0], s[1]));
        AnnotatedText text = parsed.text();
        List<Entity> entities = parsed.entities();
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        AnnotatedSentence sentence = text.sentences().get(text.sentences().size() - 1);
        int start = text.text().indexOf(figure, sentence.start());
        FigureCandidate candidate = new FigureCandidate(0, figure.length(), kind, BigDecimal.ONE, null, null, unit,
                null, null, per, null, null, null);
        // the measure chain alone, as for news: the learned measure of filings is tested by LearnedMeasuresTest
        return new FigureContext(new DocumentContext(text, entities), byId, cases, LearnedMeasures.none(), promotion)
                .about(sentence, start, start + figure.length(), candidate);
    }

    /** A field as the tables write it: "-" for none. */
    static String dash(String value) {
        return value == null ? "-" : value;
    }

    /**
     * Asserts what the chain said of a hand-parsed figure: its subject (dash for none), whether it is asserted, and, unless
     * {@code detail} is a dash, that the case key names that detail.
     */
    static void assertSubject(FigureContext.About about, String subject, boolean sure, String detail) {
        String key = about.subject().key();
        assertEquals(subject, dash(about.subject().value()), "subject (" + key + ", measure "
                + about.measure().value() + ")");
        assertEquals(sure, about.subject().sure(), "asserted (" + key + ")");
        if (!detail.equals("-")) {
            assertEquals(true, List.of(key.split("/")).contains(detail), "case " + key + " has " + detail);
        }
    }
}
