package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.FigureContext.Found;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The noun phrases of a sentence that could be what a figure measures, each with the structural features the learned
 * measure ({@link LearnedMeasures}) scores: every common or proper noun within {@link #WINDOW} tokens of the figure
 * that is not a named entity, a company word, a time or another figure, written as the measure chain writes a
 * measure ({@link FigureMeasures#phraseOf}: the head with its left modifiers, at most four words), and beside it,
 * where it differs, the noun's wider phrase of up to {@link #WIDE_WORDS} words (feature {@code wide}: a longer line
 * item, a coordination of two); a noun with no clean phrase is no candidate. Nearest first; a phrase a nearer noun
 * already gave is not repeated.
 *
 * <p>The features are read from the parse, not from word lists: the dependency path from the figure's head to the
 * candidate's head (relations up to their lowest common ancestor and down from it, with and without the
 * relations' subtypes, and its length), what that ancestor is (its tag and, for a verb, its lemma), the candidate's
 * lemma, its class of meaning ({@link Lexicon#lexicalClass}, alone and with the figure's kind), tag, named-entity tag
 * and relation to its own head, on which side of the figure it stands and how far,
 * whether other figures, a verb or a comma stand between, whether it is one of the nouns the figure hangs on, the
 * figure's kind, where the candidate stands among the sentence's clauses (the subject of the root or of another
 * verb, a clause boundary on its path, its dependents, the sentence's first noun), and whether the measure chain's own
 * answer (asserted or proposed) is this phrase. Every walk is bounded ({@link #MAX_CLIMB}).
 */
final class MeasureCandidates {

    /**
     * How many tokens either side of the figure a candidate's head may stand. (Session 32 measured nouns beyond it
     * within two to four dependency relations of the figure: KPI-EDGAR train's candidates' ceiling rose from 998 to
     * 1,061-1,146 of 1,530 values, but the ranker grew less sure (grouped CV, what it adds at 0.95: 19-20 right, 3-4
     * wrong, precision 0.83-0.87): left out.)
     */
    static final int WINDOW = 15;
    /**
     * The most words of a noun's wider candidate, made beside its phrase in the chain's four words: a line item the
     * four-word bound cuts ("cumulative foreign currency translation loss") or a coordination it refuses ("deferred
     * rent and lease incentives"). Session 32: of KPI-EDGAR train's 432 values with no right candidate and no right
     * answer of the chain, 105 were such (valid 17 of 75); with the wider candidates the candidates' ceiling on train
     * rose from 998 to 1,034 (5 and 8 words measured after: 1,028 and 1,036, the ranker the same within 3 values).
     */
    static final int WIDE_WORDS = 6;
    /** How far up the dependency graph a path is looked for. */
    static final int MAX_CLIMB = 8;
    /** The relations that open a clause: a path through one leaves the figure's clause. */
    private static final Set<String> CLAUSES = Set.of("acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "conj");
    /** Paths longer than this are named "far", not spelled out. */
    private static final int MAX_PATH = 5;
    /** CoreNLP's tags of figures and times: a noun with one is no measure. */
    private static final Set<String> VALUE_TAGS = Set.of("MONEY", "PERCENT", "NUMBER", "ORDINAL", "DATE", "TIME",
            "DURATION", "SET", "QUANTITY");

    /** One candidate: its head noun, the measure it would give, and its features. */
    record Candidate(Token head, String phrase, List<String> features) {
    }

    private final DocumentContext context;
    private final FigureMeasures measures;

    MeasureCandidates(DocumentContext context, FigureMeasures measures) {
        this.context = context;
        this.measures = measures;
    }

    /**
     * The candidates of one figure.
     *
     * @param span  the figure's tokens
     * @param head  the figure's head ({@link FigureMeasures#headOf})
     * @param nouns the nouns the figure hangs on ({@link FigureMeasures#measuredNouns})
     * @param kind  the figure's kind
     * @param chain the measure chain's answer for it (asserted, proposed or none)
     */
    List<Candidate> of(AnnotatedSentence sentence, List<Token> span, Token head, List<Token> nouns, FigureKind kind,
                       Found chain) {
        int first = span.get(0).index();
        int last = span.get(span.size() - 1).index();
        List<Token> near = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            int distance = distance(token, first, last);
            if (distance > 0 && distance <= WINDOW && isCandidate(sentence, token)) {
                near.add(token);
            }
        }
        near.sort(Comparator.comparingInt((Token t) -> distance(t, first, last)).thenComparingInt(Token::index));
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int before = 0;
        int after = 0;
        for (Token noun : near) {
            String phrase = measures.phraseOf(sentence, noun, span);
            String wide = measures.phraseOf(sentence, noun, span, WIDE_WORDS);
            boolean left = noun.index() < first;
            int rank = left ? before : after;
            int distance = distance(noun, first, last);
            boolean added = false;
            if (phrase != null && seen.add(phrase.toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(noun, phrase, features(sentence, span, head, nouns, kind, chain, noun, phrase,
                        left, rank, distance, false)));
                added = true;
            }
            if (wide != null && !wide.equalsIgnoreCase(phrase) && seen.add(wide.toLowerCase(Locale.ROOT))) {
                out.add(new Candidate(noun, wide, features(sentence, span, head, nouns, kind, chain, noun, wide,
                        left, rank, distance, true)));
                added = true;
            }
            if (added && left) {
                before++;
            } else if (added) {
                after++;
            }
        }
        return out;
    }


    private boolean isCandidate(AnnotatedSentence sentence, Token token) {
        return token.pos().startsWith("NN") && !VALUE_TAGS.contains(token.ner()) && context.entityAt(token) == null
                && !context.isCompanyWord(sentence, token) && token.text().chars().anyMatch(Character::isLetter);
    }

    private static int distance(Token token, int first, int last) {
        return token.index() < first ? first - token.index() : token.index() > last ? token.index() - last : 0;
    }

    private static List<String> features(AnnotatedSentence sentence, List<Token> span, Token head, List<Token> nouns,
                                         FigureKind kind, Found chain, Token noun, String phrase, boolean left,
                                         int rank, int distance, boolean wide) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        if (wide) {
            // the noun's wider phrase, beyond the chain's four words
            f.add("wide");
        }
        String lemma = lemma(noun);
        f.add("lemma=" + lemma);
        // the noun's class of meaning (WordNet's lexicographer class) against the figure's kind: an amount measures
        // a possession ("revenue", "debt"), not a time or a document; a count counts people or artifacts
        String meaning = Lexicon.shared().lexicalClass(lemma);
        f.add("class=" + meaning);
        f.add("class|kind=" + meaning + "|" + kind.name());
        f.add("pos=" + noun.pos());
        f.add("ner=" + noun.ner());
        String relation = coarse(sentence.relationToHead(noun));
        f.add("rel=" + relation);
        f.add("rel|lemma=" + relation + "|" + lemma);
        f.add("side=" + (left ? "before" : "after"));
        f.add("rank=" + (left ? "before" : "after") + Math.min(rank, 2));
        f.add("dist=" + bucket(distance));
        f.add("words=" + phrase.split(" ").length);
        f.add("kind=" + kind.name());
        if (nouns.contains(noun)) {
            f.add("measured-noun");
        }
        int between = 0;
        boolean verb = false;
        boolean comma = false;
        int from = Math.min(noun.index(), span.get(0).index());
        int to = Math.max(noun.index(), span.get(span.size() - 1).index());
        for (Token token : sentence.tokens()) {
            if (token.index() > from && token.index() < to && !span.contains(token)) {
                between += token.ner().matches("MONEY|PERCENT") && token.pos().equals("CD") ? 1 : 0;
                verb |= token.pos().startsWith("VB");
                comma |= token.text().equals(",");
            }
        }
        f.add("figures-between=" + Math.min(between, 2));
        f.add("verb-between=" + verb);
        f.add("comma-between=" + comma);
        Path path = path(sentence, head, noun);
        if (path == null) {
            f.add("path=none");
        } else {
            f.add("plen=" + Math.min(path.up().size() + path.down().size(), MAX_PATH + 1));
            f.add("up=" + Math.min(path.up().size(), 3) + "|down=" + Math.min(path.down().size(), 3));
            if (path.up().size() + path.down().size() <= MAX_PATH) {
                f.add("path=" + spell(path, false));
                f.add("cpath=" + spell(path, true));
                f.add("cpath|kind=" + spell(path, true) + "|" + kind.name());
            } else {
                f.add("path=far");
            }
            Token top = path.top();
            String tag = top.pos().length() >= 2 ? top.pos().substring(0, 2) : top.pos();
            f.add("top=" + tag);
            if (top.pos().startsWith("VB")) {
                f.add("top-verb=" + lemma(top));
                f.add("top-verb|down=" + lemma(top) + "|" + (path.down().isEmpty() ? "-"
                        : coarse(path.down().get(path.down().size() - 1))));
            }
        }
        clauseFeatures(sentence, noun, path, f);
        String answered = chain.value() == null ? "none"
                : chain.value().equalsIgnoreCase(phrase) ? (chain.sure() ? "same" : "same?")
                : chain.sure() ? "other" : "other?";
        f.add("chain=" + answered);
        if (answered.startsWith("same")) {
            f.add("chain-step=" + chain.step() + (chain.sure() ? "" : "?"));
        }
        return List.copyOf(f);
    }

    /**
     * Where the candidate stands in the sentence's clauses: whether it is the subject of the root or of another verb,
     * whether a clause relation (a relative, adverbial or complement clause, a coordinated one) lies on its path from
     * the figure, whether that path's top is the root, how many dependents it has, and whether it is the sentence's
     * first noun.
     */
    private static void clauseFeatures(AnnotatedSentence sentence, Token noun, Path path, List<String> f) {
        Token head = sentence.head(noun);
        boolean subject = sentence.relationToHead(noun).startsWith("nsubj");
        f.add("subject=" + (!subject ? "no" : head != null && head.equals(sentence.root()) ? "root" : "other"));
        if (path != null) {
            boolean clause = path.up().stream().anyMatch(r -> CLAUSES.contains(coarse(r)))
                    || path.down().stream().anyMatch(r -> CLAUSES.contains(coarse(r)));
            f.add("clause-on-path=" + clause);
            f.add("top-is-root=" + path.top().equals(sentence.root()));
        }
        f.add("deps=" + Math.min(sentence.children(noun).size(), 3));
        boolean first = sentence.tokens().stream().takeWhile(t -> t.index() < noun.index())
                .noneMatch(t -> t.pos().startsWith("NN"));
        f.add("first-noun=" + first);
    }

    /** A path in the dependency graph: the relations climbed from the figure's head, its top, those gone down. */
    record Path(List<String> up, Token top, List<String> down) {
    }

    /** The path from {@code from} to {@code to} through their lowest common ancestor, or null within no bound. */
    static Path path(AnnotatedSentence sentence, Token from, Token to) {
        List<Token> fromUp = climb(sentence, from);
        List<Token> toUp = climb(sentence, to);
        for (int i = 0; i < fromUp.size(); i++) {
            int j = toUp.indexOf(fromUp.get(i));
            if (j >= 0) {
                List<String> up = new ArrayList<>();
                for (int k = 0; k < i; k++) {
                    up.add(sentence.relationToHead(fromUp.get(k)));
                }
                List<String> down = new ArrayList<>();
                for (int k = j - 1; k >= 0; k--) {
                    down.add(sentence.relationToHead(toUp.get(k)));
                }
                return new Path(up, fromUp.get(i), down);
            }
        }
        return null;
    }

    /** The token and its heads, at most {@link #MAX_CLIMB} up, stopping at a cycle. */
    private static List<Token> climb(AnnotatedSentence sentence, Token token) {
        List<Token> out = new ArrayList<>();
        Token current = token;
        while (current != null && out.size() <= MAX_CLIMB && !out.contains(current)) {
            out.add(current);
            current = sentence.head(current);
        }
        return out;
    }

    static String spell(Path path, boolean coarse) {
        StringBuilder out = new StringBuilder();
        path.up().forEach(r -> out.append('^').append(coarse ? coarse(r) : r));
        path.down().forEach(r -> out.append('v').append(coarse ? coarse(r) : r));
        return out.length() == 0 ? "=" : out.toString();
    }

    /** A relation without its subtype, except the possessive: "nmod:of" -> "nmod". */
    static String coarse(String relation) {
        if (relation == null || relation.isEmpty()) {
            return "root";
        }
        int colon = relation.indexOf(':');
        return colon < 0 || relation.startsWith("nmod:poss") ? relation : relation.substring(0, colon);
    }

    private static String bucket(int distance) {
        return distance <= 2 ? String.valueOf(distance) : distance <= 4 ? "3-4" : distance <= 8 ? "5-8" : "9+";
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? token.text().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
    }
}
