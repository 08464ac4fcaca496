package org.newsgraph.extract;

import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The subject of a "was/were" that the parse of a long sentence left without one: in a 10-K's "For fiscal 2021, 2020
 * and 2019, depreciation and amortization expense related to property, equipment and technology was $721 million,
 * $687 million and $596 million, respectively" the parser hangs "was" on a year of the opening phrase, or on a heading
 * ("Restricted Stock and Restricted Stock Units The total fair value of restricted stock ... vested in 2020, 2019 and
 * 2018 was"), and the amount on "was" by a bare dep; the noun phrase written before "was" keeps its own structure.
 * So too a "totaled" left without a subject ("As of September 30, 2026 and 2025 cash flow hedges in a liability
 * position totaled $39 million and $31 million", the subject swallowed by the date phrase without its comma).
 * Its head is reached from the word right before "was" by climbing that phrase's own edges (modifiers, prepositional
 * phrases, conjuncts, and the participles and relative clauses that modify a noun), never through a verb with a
 * subject of its own. The head must be a common noun that sits in no prepositional phrase itself and is no verb's
 * object. Bounded: at most {@link #MAX_CLIMB} steps.
 */
final class SubjectlessCopulas {

    /** The step of a subject read back from a subjectless "was". */
    static final String STEP = "copula-before";
    /** Relations by which the amount of "costs were $5 million" may hang on a misparsed "were". */
    private static final Set<String> AMOUNT_RELATIONS = Set.of("dep", "obl:tmod", "obl:npmod");
    /** "Cash dividends declared in 2021 totaled $12.98 per share" with the subject taken by the participle: a verb
     *  that links its subject to an amount as "was" does, the amount its object. */
    private static final String TOTAL = "total";
    /** Relations inside a noun phrase, climbed from a word to the noun it modifies. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nummod", "appos", "det",
            "nmod:poss", "flat");
    /** Steps of the climb: "technology" -> "property" -> "related" -> "expense" takes three. */
    private static final int MAX_CLIMB = 8;

    private SubjectlessCopulas() {
    }

    /**
     * The head of the noun phrase written right before the form of "be" (or the "totaled") that {@code last} (the
     * amount's top word) hangs on, where that verb has no subject of its own; null for any other shape.
     *
     * @param measureNoun whether a noun can name a measure (no name, company word, change noun or other figure)
     */
    static Token subject(AnnotatedSentence sentence, Token last, Predicate<Token> measureNoun) {
        Token be = sentence.head(last);
        String hung = sentence.relationToHead(last);
        boolean linked = be != null && be.lemma() != null && (be.lemma().equals("be") && AMOUNT_RELATIONS.contains(hung)
                || be.lemma().equals(TOTAL) && hung.equals("obj") && be.pos().matches("VBD|VBZ|VBP"));
        if (!linked || !be.pos().startsWith("VB") || be.index() > last.index() || hasSubject(sentence, be)) {
            return null;
        }
        int first = sentence.tokens().get(0).index();
        int at = be.index() - 1;
        if (at >= first && sentence.token(at).pos().equals(",")) {
            // "receivables from transactions with customers, net, were": a comma closing the phrase
            at--;
        }
        if (at < first) {
            return null;
        }
        Token current = sentence.token(at);
        Token top = isNoun(current) ? current : null;
        boolean rejoined = false;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Token head = sentence.head(current);
            String relation = sentence.relationToHead(current);
            boolean into = head != null && head.index() < be.index() && climbs(current, relation, head)
                    && !(relation.startsWith("conj") && !sameClause(sentence, current, head))
                    && !(isDate(head) && !isDate(current));
            Token before = into || rejoined ? null : writtenBefore(sentence, current);
            if (before != null) {
                rejoined = true;
                current = before;
                top = current;
                continue;
            }
            if (!into) {
                break;
            }
            current = head;
            if (isNoun(current) && !isDate(current)) {
                top = current;
            }
        }
        if (top == null || !top.pos().matches("NNS?") || !top.ner().equals("O") || !measureNoun.test(top)
                || inPrepositionalPhrase(sentence, top)
                || sentence.relationToHead(top).matches("obj|iobj|nsubj.*")) {
            return null;
        }
        return top;
    }

    /**
     * Where the parser cut the phrase off from the noun it belongs to, the noun written before the cut: before a
     * participle ("expense related to property, equipment and technology" with "related" hung on a year of the
     * opening phrase), or before the "and" of a later conjunct the parser joined to nothing ("the total fair value of
     * restricted stock and restricted stock units vested in 2020" with "units" hung on a heading). Null elsewhere.
     */
    private static Token writtenBefore(AnnotatedSentence sentence, Token word) {
        int first = sentence.tokens().get(0).index();
        int at = -1;
        if (word.pos().matches("VBN|VBG")) {
            at = word.index() - 1;
        } else if (word.pos().matches("NNS?") && !sentence.relationToHead(word).startsWith("conj")) {
            for (Token child : sentence.children(word)) {
                if (sentence.relationToHead(child).equals("cc") && child.index() < word.index()
                        && word.equals(sentence.head(child))) {
                    at = child.index() - 1;
                }
            }
        }
        return at >= first && sentence.token(at).pos().matches("NNS?") ? sentence.token(at) : null;
    }

    /** Whether a word's edge to its head is one inside the noun phrase: a modifier, a preposition's object, a
     *  conjunct, or a participle or relative clause that modifies a noun. */
    private static boolean climbs(Token word, String relation, Token head) {
        if (isNoun(head)) {
            return PHRASE_RELATIONS.contains(relation) || relation.startsWith("nmod:") || relation.startsWith("conj")
                    || relation.startsWith("acl") && word.pos().matches("VBN|VBG|VBD");
        }
        // "related to property, equipment and technology", "vested in 2020": a participle's prepositional phrase
        return head.pos().matches("VBN|VBG") && relation.startsWith("obl") && isNoun(word)
                || word.pos().matches("CD") && relation.startsWith("conj") && head.pos().equals("CD");
    }

    /** Whether a conjunct's edge stays inside one phrase: no verb written between the two conjuncts ("the gross amount
     *  ... was $27.8 billion ..., and accumulated amortization was" joins two clauses, not two nouns). */
    private static boolean sameClause(AnnotatedSentence sentence, Token word, Token head) {
        for (int i = Math.min(word.index(), head.index()) + 1; i < Math.max(word.index(), head.index()); i++) {
            if (sentence.token(i).pos().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a noun sits in a prepositional phrase: its own "case" word or an enhanced obl:X / nmod:X relation, or
     * those of the noun it is a later conjunct of, unless that is a date (a year of the opening phrase the parser
     * joined the subject to: "For fiscal 2021, 2020 and 2019, depreciation and amortization expense").
     */
    private static boolean inPrepositionalPhrase(AnnotatedSentence sentence, Token noun) {
        boolean ownCase = sentence.children(noun).stream()
                .anyMatch(c -> sentence.relationToHead(c).equals("case") && c.index() < noun.index());
        if (!ownCase && conjunctOfDate(sentence, noun)) {
            // the enhanced parse gives every conjunct the date's "obl:for": the subject's own phrase has no preposition
            return false;
        }
        return WrittenMeasures.inPrepositionalPhrase(sentence, noun, 2, SubjectlessCopulas::isDate);
    }

    /** Whether the parser made a noun a conjunct of a date ("For fiscal 2021, 2020 and 2019, depreciation ..."). */
    private static boolean conjunctOfDate(AnnotatedSentence sentence, Token noun) {
        for (Dependency edge : sentence.dependencies()) {
            if (edge.governor() >= 0 && edge.dependent() == noun.index() && edge.relation().startsWith("conj")
                    && isDate(sentence.token(edge.governor()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(Token token) {
        return token.ner().equals("DATE") || token.ner().equals("TIME");
    }

    private static boolean isNoun(Token token) {
        return token.pos().startsWith("NN") || token.pos().equals("CD") && token.ner().equals("DATE");
    }

    private static boolean hasSubject(AnnotatedSentence sentence, Token verb) {
        return sentence.children(verb).stream().anyMatch(c -> {
            String relation = DependencyWalk.relation(sentence, verb, c);
            return relation.startsWith("nsubj") || relation.equals("expl") || relation.startsWith("csubj");
        });
    }
}
