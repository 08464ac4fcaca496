package org.newsgraph.nlp;

/** A typed dependency between two tokens of one sentence, by document token index; governor -1 is the root. */
public record Dependency(int governor, int dependent, String relation) {
}
