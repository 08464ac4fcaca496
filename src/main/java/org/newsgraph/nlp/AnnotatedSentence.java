package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/** A sentence with its tokens and its dependency parse. */
public record AnnotatedSentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {

    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** The token with this document index, which must belong to this sentence. */
    public Token token(int documentIndex) {
        return tokens.get(documentIndex - tokens.get(0).index());
    }

    /** The governor of a token, or null for the root. */
    public Token head(Token token) {
        for (Dependency dependency : dependencies) {
            if (dependency.dependent() == token.index() && dependency.governor() >= 0) {
                return token(dependency.governor());
            }
        }
        return null;
    }

    /** The sentence's root: the first token whose relation to its head is {@code root}; null without a parse. */
    public Token root() {
        for (Token token : tokens) {
            if (relationToHead(token).equals("root")) {
                return token;
            }
        }
        return null;
    }

    public String relationToHead(Token token) {
        for (Dependency dependency : dependencies) {
            if (dependency.dependent() == token.index()) {
                return dependency.relation();
            }
        }
        return "";
    }

    public List<Token> children(Token token) {
        List<Token> children = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            if (dependency.governor() == token.index()) {
                children.add(token(dependency.dependent()));
            }
        }
        return children;
    }

    /** The tokens overlapping a character span. */
    public List<Token> tokensIn(int begin, int finish) {
        return tokens.stream().filter(t -> t.end() > begin && t.start() < finish).toList();
    }
}
