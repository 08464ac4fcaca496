package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.Token;

/**
 * A product named by its maker's or its line's name and a model code ("the Tessaro T7", "the Vantor EV-6") or a
 * line's word and a number ("the Quillpad Pro 2"), which the NER leaves untyped: its shape alone says product, as a
 * company's or a person's name never ends in a code. Words of {@code model-name-words.tsv}.
 */
final class ModelNames {

    /** The rule of a name shaped like a maker and a model: its cue's reason. */
    static final String RULE = "maker-and-model-code";

    private static final Map<String, String> WORDS = ResourceTable.rows(
                    "/org/newsgraph/extract/model-name-words.tsv", 2, "word <TAB> line|not-a-maker").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.columns()[0].strip(), r -> r.columns()[1].strip()));

    /** A model code: capitals then digits, maybe a hyphen and a variant's letters ("T7", "X5", "EV-6", "GT3", "A220"). */
    private static final String CODE = "\\p{Lu}{1,3}-?\\d{1,4}[A-Za-z]{0,2}";

    /** A model's number after a line's word: "2", "15", "3.5". */
    private static final String NUMBER = "\\d{1,2}(?:\\.\\d)?";

    private ModelNames() {
    }

    /**
     * Whether a run of words the NER left untyped is a maker's or line's name and a model: one or two capitalised
     * words, then a code ("Tessaro T7"), or a line's word and a number ("Quillpad Pro 2"); never after a word that
     * names no maker ("Form S-1", "Flight MH17").
     */
    static boolean named(List<Token> run) {
        if (run.size() < 2 || run.size() > 4 || "not-a-maker".equals(WORDS.get(run.get(0).text()))) {
            return false;
        }
        String last = run.get(run.size() - 1).text();
        String before = run.get(run.size() - 2).text();
        boolean coded = last.matches(CODE) && last.chars().anyMatch(Character::isDigit);
        boolean lined = last.matches(NUMBER) && "line".equals(WORDS.get(before)) && run.size() >= 3;
        return (coded || lined) && run.subList(0, run.size() - 1).stream()
                .allMatch(t -> t.text().matches("\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}") && t.ner().matches("O|MISC"));
    }

    /**
     * Whether a name the NER called an organisation is a model's name without its number: it ends in a line's word
     * and the number follows ("Vantor Max" before "3"), as "Vantor Max 3" is a phone, not a firm. The name has one
     * or two capitalised words before the line's word.
     */
    static boolean lineBeforeNumber(List<Token> name, Token next) {
        Token line = name.get(name.size() - 1);
        if (name.size() < 2 || name.size() > 3 || !next.text().matches(NUMBER) || next.start() - line.end() != 1
                || !"line".equals(WORDS.get(line.text()))) {
            return false;
        }
        return name.subList(0, name.size() - 1).stream().allMatch(t -> t.text().matches("\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}"))
                && !"not-a-maker".equals(WORDS.get(name.get(0).text()));
    }
}
