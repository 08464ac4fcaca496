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
 * <p>
 * The same for dependency relations (session 26): each plain {@code >rel} or {@code <rel} every match must have
 * (written as a name or as an expression, {@code >/nmod:(in|of)/}) needs an edge of such a relation in the sentence's
 * graph. Semgrex matches a relation's name or expression against the whole name of an edge, and so does this fence.
 * Alternatives in brackets require one of what each alternative requires ({@code [ == {lemma:take} ... | ==
 * {lemma:snap} ... ]}: take or snap), and patterns joined with {@code :} require what each of them requires. This
 * fences the rules that name no word ("X's Y", "Y from X", "X, based in Y").
 *
 * @param anyOf     for each such node, the lemmas one of which it must have
 * @param relations for each such edge, the relation names or expressions one of which an edge of the graph must have
 */
public record RequiredLemmas(List<Set<String>> anyOf, List<Set<String>> relations) {

    /** No constraint: the rule runs on every sentence. */
    static final RequiredLemmas NONE = new RequiredLemmas(List.of(), List.of());

    /** Compiled relation expressions, shared by every rule (a few dozen distinct ones). */
    private static final java.util.Map<String, Pattern> RELATIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A lemma class as {@link RuleFile} writes it, or a regular expression of listed words written the same way. */
    private static final Pattern WORD_LIST = Pattern.compile("\\^\\(\\?:((?:[a-z0-9%&'-]|\\\\\\.)+"
            + "(?:\\|(?:[a-z0-9%&'-]|\\\\\\.)+)*)\\)\\$");
    /** A lemma written as it is: Semgrex compares it with equals. */
    private static final Pattern WORD = Pattern.compile("[a-z0-9%&'-]+");

    public RequiredLemmas {
        anyOf = List.copyOf(anyOf);
        relations = List.copyOf(relations);
    }

    /** Lemmas only, no relation required. */
    public RequiredLemmas(List<Set<String>> anyOf) {
        this(anyOf, List.of());
    }

    /** What the expanded Semgrex pattern requires; {@link #NONE} for a pattern this reading does not follow. */
    static RequiredLemmas of(String semgrex) {
        try {
            Reader reader = new Reader(semgrex);
            reader.pattern(true);
            reader.space();
            while (reader.at < semgrex.length() && semgrex.charAt(reader.at) == ':') {
                reader.at++; // "A : B": both patterns match, sharing named nodes
                reader.pattern(true);
                reader.space();
            }
            if (reader.at < semgrex.length()) {
                return NONE;
            }
            return new RequiredLemmas(reader.required, reader.requiredRelations);
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

    /**
     * Whether a sentence whose words have these lemmas and whose graph has edges of these relations may match: each
     * required node has one of its lemmas there, each required edge one of its relations.
     */
    boolean mayMatch(Set<String> lemmas, Set<String> relationNames) {
        if (!mayMatch(lemmas)) {
            return false;
        }
        for (Set<String> any : relations) {
            if (!anyRelation(any, relationNames)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the graph's relation names is one that one of the expressions matches whole (as Semgrex does). */
    private static boolean anyRelation(Set<String> expressions, Set<String> names) {
        for (String expression : expressions) {
            if (names.contains(expression)) {
                return true;
            }
            Pattern pattern = RELATIONS.computeIfAbsent(expression, Pattern::compile);
            for (String name : names) {
                if (pattern.matcher(name).matches()) {
                    return true;
                }
            }
        }
        return false;
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
        private final List<Set<String>> requiredRelations = new ArrayList<>();

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
                if (at >= text.length() || peek() == ')' || peek() == ']' || peek() == '|' || peek() == ':') {
                    return;
                }
                if (peek() == '[') {
                    at++;
                    bracket(mandatory);
                } else {
                    relation(mandatory);
                }
            }
        }

        /**
         * {@code [ relations | relations ... ]}: alternatives, or one group. Where the bracket itself is required, a
         * group requires what its relations require, and alternatives one of the first lemma set (and the first
         * relation set) each alternative requires, when every alternative requires one; else nothing.
         */
        private void bracket(boolean mandatory) {
            List<List<Set<String>>> lemmaSets = new ArrayList<>();
            List<List<Set<String>>> relationSets = new ArrayList<>();
            while (true) {
                int lemmasBefore = required.size();
                int relationsBefore = requiredRelations.size();
                relations(mandatory);
                lemmaSets.add(takeFrom(required, lemmasBefore));
                relationSets.add(takeFrom(requiredRelations, relationsBefore));
                space();
                if (at >= text.length()) {
                    throw new Unread();
                }
                char c = text.charAt(at++);
                if (c == ']') {
                    break;
                }
                if (c != '|') {
                    throw new Unread();
                }
            }
            required.addAll(oneOfEach(lemmaSets));
            requiredRelations.addAll(oneOfEach(relationSets));
        }

        /** The sets added to a list since it had {@code size} of them, taken off it. */
        private static List<Set<String>> takeFrom(List<Set<String>> list, int size) {
            List<Set<String>> taken = new ArrayList<>(list.subList(size, list.size()));
            list.subList(size, list.size()).clear();
            return taken;
        }

        /** What a bracket requires, given what each of its alternatives requires. */
        private static List<Set<String>> oneOfEach(List<List<Set<String>>> alternatives) {
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> union = new LinkedHashSet<>();
            for (List<Set<String>> alternative : alternatives) {
                if (alternative.isEmpty()) {
                    return List.of();
                }
                union.addAll(alternative.get(0));
            }
            return List.of(union);
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
            String operator = text.substring(symbol, at);
            String relation;
            if (peek() == '/') {
                relation = regex();
            } else {
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at))
                        || text.charAt(at) == ':' || text.charAt(at) == '_')) {
                    at++;
                }
                relation = text.substring(start, at);
            }
            if (required && (operator.equals(">") || operator.equals("<")) && !relation.isEmpty()) {
                requiredRelations.add(Set.of(relation)); // a direct edge of that relation, in one direction or the other
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
