package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lemmas a rule's Semgrex pattern cannot match without: for each node every match must have (the root, and each
 * node reached by a plain relation, not under {@code !}, {@code ?} or inside {@code [ ... ]}) whose {@code lemma} is one
 * word or a lemma class ({@code /^(?:acquire|buy|purchase)$/}), the words one of which the sentence must hold. A
 * sentence with no such word gets no match from the rule, so the rule is not run on it: Semgrex spent most of the
 * rules' time trying each rule's root on every word of every sentence (session 25). Only a constraint this reading
 * is sure of is kept; a pattern it cannot read keeps none (the rule runs on every sentence, as before).
 *
 * @param anyOf for each such node, the lemmas one of which it must have
 */
public record RequiredLemmas(List<Set<String>> anyOf) {

    /** No constraint: the rule runs on every sentence. */
    static final RequiredLemmas NONE = new RequiredLemmas(List.of());

    /** A lemma class as {@link RuleFile} writes it, or a regular expression of listed words written the same way. */
    private static final Pattern WORD_LIST = Pattern.compile("\\^\\(\\?:((?:[a-z0-9%&'-]|\\\\\\.)+"
            + "(?:\\|(?:[a-z0-9%&'-]|\\\\\\.)+)*)\\)\\$");
    /** A lemma written as it is: Semgrex compares it with equals. */
    private static final Pattern WORD = Pattern.compile("[a-z0-9%&'-]+");

    public RequiredLemmas {
        anyOf = List.copyOf(anyOf);
    }

    /** What the expanded Semgrex pattern requires; {@link #NONE} for a pattern this reading does not follow. */
    static RequiredLemmas of(String semgrex) {
        try {
            Reader reader = new Reader(semgrex);
            reader.pattern(true);
            reader.space();
            if (reader.at < semgrex.length()) {
                return NONE;
            }
            return new RequiredLemmas(reader.required);
        } catch (Unread e) {
            return NONE;
        }
    }

    /** Whether a sentence whose words have these lemmas may match: each required node has one of its lemmas there. */
    boolean mayMatch(Set<String> lemmas) {
        for (Set<String> any : anyOf) {
            if (!anyIn(any, lemmas)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the two sets share a word: the smaller one walked, each of its words looked up in the other. */
    private static boolean anyIn(Set<String> words, Set<String> lemmas) {
        Set<String> walked = words.size() <= lemmas.size() ? words : lemmas;
        Set<String> other = walked == words ? lemmas : words;
        for (String word : walked) {
            if (other.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A pattern this reading does not follow. */
    private static final class Unread extends RuntimeException {
        Unread() {
            super(null, null, false, false);
        }
    }

    /** A recursive reading of Semgrex's syntax as the rules file uses it: nodes, relations, groups, brackets. */
    private static final class Reader {

        private final String text;
        private int at;
        private final List<Set<String>> required = new ArrayList<>();

        Reader(String text) {
            this.text = text;
        }

        /** A node and its relations; {@code mandatory}: every match has this node. */
        void pattern(boolean mandatory) {
            node(mandatory);
            relations(mandatory);
        }

        private void relations(boolean mandatory) {
            while (true) {
                space();
                if (at >= text.length() || peek() == ')' || peek() == ']' || peek() == '|') {
                    return;
                }
                if (peek() == '[') {
                    at++;
                    bracket();
                } else {
                    relation(mandatory);
                }
            }
        }

        /** {@code [ relations | relations ... ]}: an alternative or a group, none of it required. */
        private void bracket() {
            while (true) {
                relations(false);
                space();
                if (at >= text.length()) {
                    throw new Unread();
                }
                char c = text.charAt(at++);
                if (c == ']') {
                    return;
                }
                if (c != '|') {
                    throw new Unread();
                }
            }
        }

        private void relation(boolean mandatory) {
            boolean required = mandatory;
            if (peek() == '!' || peek() == '?') {
                required = false;
                at++;
            }
            int symbol = at;
            while (at < text.length() && "<>=$.+-".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (at == symbol) {
                throw new Unread();
            }
            if (peek() == '/') {
                regex();
            } else {
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at))
                        || text.charAt(at) == ':' || text.charAt(at) == '_')) {
                    at++;
                }
            }
            name();
            space();
            node(required);
        }

        private void node(boolean mandatory) {
            space();
            char c = peek();
            if (c == '(') {
                at++;
                pattern(mandatory);
                space();
                if (peek() != ')') {
                    throw new Unread();
                }
                at++;
                return;
            }
            boolean required = mandatory;
            if (c == '!') {
                required = false;
                at++;
                c = peek();
            }
            if (c != '{') {
                throw new Unread();
            }
            at++;
            Set<String> lemmas = attributes();
            if (required && lemmas != null) {
                this.required.add(lemmas);
            }
            name();
        }

        /** The attributes up to the closing brace; the lemmas a plain {@code lemma:} attribute allows, else null. */
        private Set<String> attributes() {
            Set<String> lemmas = null;
            while (true) {
                space();
                if (peek() == '}') {
                    at++;
                    return lemmas;
                }
                int key = at;
                while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
                    at++;
                }
                String name = text.substring(key, at);
                boolean negated = false;
                if (peek() == '!') {
                    negated = true;
                    at++;
                }
                if (peek() != ':' || name.isEmpty()) {
                    throw new Unread();
                }
                at++;
                String value;
                boolean regex = peek() == '/';
                if (regex) {
                    value = regex();
                } else {
                    int start = at;
                    while (at < text.length() && text.charAt(at) != ';' && text.charAt(at) != '}') {
                        at++;
                    }
                    value = text.substring(start, at).strip();
                }
                if (name.equals("lemma") && !negated && lemmas == null) {
                    lemmas = regex ? listed(value) : WORD.matcher(value).matches() ? Set.of(value) : null;
                }
                space();
                if (peek() == ';') {
                    at++;
                } else if (peek() != '}') {
                    throw new Unread();
                }
            }
        }

        /** The words of {@code ^(?:a|b|c)$}, or null for any other expression. */
        private static Set<String> listed(String regex) {
            Matcher list = WORD_LIST.matcher(regex);
            if (!list.matches()) {
                return null;
            }
            Set<String> words = new LinkedHashSet<>();
            for (String word : list.group(1).split("\\|")) {
                words.add(word.replace("\\.", "."));
            }
            return words;
        }

        /** A {@code /regex/}, its text returned without the slashes. */
        private String regex() {
            at++; // the opening slash
            StringBuilder regex = new StringBuilder();
            while (at < text.length() && text.charAt(at) != '/') {
                if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                    regex.append(text.charAt(at++));
                }
                regex.append(text.charAt(at++));
            }
            if (at >= text.length()) {
                throw new Unread();
            }
            at++;
            return regex.toString();
        }

        /** An optional {@code =name}. */
        private void name() {
            if (peek() == '=' && at + 1 < text.length() && Character.isLetter(text.charAt(at + 1))) {
                at++;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
            }
        }

        void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }
    }
}
