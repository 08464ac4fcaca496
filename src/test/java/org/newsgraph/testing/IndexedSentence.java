package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * One sentence with a parse written by hand by token number, for tests of one reader of the parse: tokens
 * {@code word/TAG[/lemma]} separated by spaces (a token written {@code ~word/TAG} follows the one before it with no
 * space: "8 ~-400/CD" is "8-400"), dependencies {@code relation governor dependent} separated by ";" (1-based, 0 the
 * root). Every token's NER is "O", or with {@link #withNumbers} "NUMBER" for a CD. {@link ParsedText} writes the same
 * by word, for whole texts with entities.
 */
public final class IndexedSentence {

    private IndexedSentence() {
    }

    /** The sentence, every token's NER "O". */
    public static AnnotatedSentence of(String words, String dependencies) {
        return build(words, dependencies, false);
    }

    /** The sentence, a token tagged CD named "NUMBER" by the NER, as CoreNLP's would be. */
    public static AnnotatedSentence withNumbers(String words, String dependencies) {
        return build(words, dependencies, true);
    }

    private static AnnotatedSentence build(String words, String dependencies, boolean numbers) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String part : words.split(" ")) {
            if (part.length() > 1 && part.startsWith("~")) {
                at--;
                part = part.substring(1);
            }
            String[] p = part.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(Locale.ROOT);
            String ner = numbers && p[1].equals("CD") ? "NUMBER" : "O";
            tokens.add(new Token(tokens.size(), 0, at, at + p[0].length(), p[0], lemma, p[1], ner, null));
            at += p[0].length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        for (String dependency : dependencies.split(";")) {
            String[] d = dependency.trim().split(" ");
            int governor = Integer.parseInt(d[1]);
            deps.add(new Dependency(governor == 0 ? -1 : governor - 1, Integer.parseInt(d[2]) - 1, d[0]));
        }
        return new AnnotatedSentence(0, 0, at, tokens, deps);
    }
}
