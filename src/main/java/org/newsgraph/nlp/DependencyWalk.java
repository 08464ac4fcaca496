package org.newsgraph.nlp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks over a sentence's dependency graph that always end. CoreNLP's enhanced++ graphs are not trees: a token can
 * have several governors and the graph can hold cycles ("... which isnt so impressive until you realise it can ..."
 * gave one), so every walk remembers where it has been and stops after a bounded number of steps.
 */
public final class DependencyWalk {

    /** More steps than any sentence's real depth; a walk this long has met a cycle or a broken parse. */
    public static final int MAX_STEPS = 64;

    private DependencyWalk() {
    }

    /** The governors of a token going up, nearest first, without the token itself; each token at most once. */
    public static List<Token> ancestors(AnnotatedSentence sentence, Token token) {
        List<Token> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        seen.add(token.index());
        Token current = sentence.head(token);
        while (current != null && out.size() < MAX_STEPS && seen.add(current.index())) {
            out.add(current);
            current = sentence.head(current);
        }
        return out;
    }

    /**
     * The relation of one edge: a token with several governors has one relation to each, where {@link
     * AnnotatedSentence#relationToHead} gives only the first.
     */
    public static String relation(AnnotatedSentence sentence, Token governor, Token dependent) {
        for (Dependency dependency : sentence.dependencies()) {
            if (dependency.governor() == governor.index() && dependency.dependent() == dependent.index()) {
                return dependency.relation();
            }
        }
        return "";
    }

    /** The token and everything below it, breadth first; each token once, whatever cycles the graph holds. */
    public static List<Token> subtree(AnnotatedSentence sentence, Token root) {
        List<Token> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Token> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Token token = todo.poll();
            if (seen.add(token.index())) {
                out.add(token);
                todo.addAll(sentence.children(token));
            }
        }
        return out;
    }
}
