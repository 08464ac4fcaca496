package org.newsgraph.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.figure.IndexNames;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What a market report's figures measure: "fell 89.68 points", "closed at 10,431.8" and "lost 1.16%" said of an index
 * are its level ({@code index level}); "shares in Acme fell 5%", "Acme, which dropped 14% to $3.93" are a company's
 * stock price. Read from structure: the figure's verb is a verb markets move with (its lemma
 * in {@code market-words.tsv}), and what moved is its subject, or the noun a participle describes ("shares in Acme
 * falling 4%"). What moved is an index when its phrase holds an index noun ("the FTSE 100 index", "the industrial
 * average") or when the article moves it in points anywhere ("the Nasdaq lost 82 points") or to a bare level ("the
 * FTSE 100 ended 0.4% lower at 8,912.4"), or when it is one of the listed indices or an index's name with "the" ("the
 * DAX", "the Nasdaq": {@link #isIndex}); shares, stock, and any other organisation are a stock. A move in points
 * without anything that moved is an index's. Basis points move yields and rates, never an index, and the adjective
 * "average" ("average hourly earnings") names none.
 */
final class MarketMoves {

    static final String INDEX_LEVEL = "index-level";
    static final String STOCK_PRICE = "stock-price";
    /** The measure of an index's level or move. */
    static final String INDEX_LEVEL_NAME = "index level";
    /** Tags of a finite verb: "slumped", "falls", "fall". */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** The one name of a share's price, whichever step finds it ("Shares of Acme fell 5%", "Acme shares fell 5%",
     *  "fell to $2.51 a share"): the MEANTIME gold's word (16 "stock price", no "share price"). */
    static final String STOCK_PRICE_NAME = "stock price";

    private static final String RESOURCE = "/org/newsgraph/extract/market-words.tsv";
    private static final Map<String, Set<String>> WORDS = words();
    private static final Set<String> INDEX_NOUNS = WORDS.get("index-noun");
    private static final Set<String> SHARE_NOUNS = WORDS.get("share-noun");
    private static final Set<String> MOVE_VERBS = WORDS.get("move-verb");
    private static final Set<String> SCORE_VERBS = WORDS.get("score-verb");
    /** Relations by which the words of one name hang together: "the FTSE 100 index", "Nasdaq Composite". */
    private static final Set<String> NAME_PARTS = Set.of("compound", "appos", "dep", "amod", "nummod");
    /** How far up from a figure its mover is looked for. */
    private static final int MAX_CLIMB = 6;
    /**
     * A level written as a bare number with a thousands separator: "8,912.4", "14,620.33" (a price in money has its
     * currency; a bare decimal such as "41.30" may be a price written without one, so it proves nothing).
     */
    private static final Pattern BARE_LEVEL = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private enum Mover { INDEX, STOCK }

    private final AnnotatedText doc;
    private final DocumentContext context;
    private final Map<String, Boolean> indexes = new HashMap<>();
    private Boolean reportsIndexes;
    private Boolean namesIndex;

    MarketMoves(DocumentContext context) {
        this.context = context;
        this.doc = context.doc();
    }

    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String role : List.of("index-noun", "share-noun", "move-verb", "commodity-noun", "score-verb",
                "move-noun")) {
            out.put(role, new HashSet<>());
        }
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 2,
                "word <TAB> index-noun|share-noun|move-verb|commodity-noun|score-verb|move-noun")) {
            Set<String> words = out.get(row.columns()[1].strip());
            if (words == null) {
                throw row.problem("a role of index-noun, share-noun, move-verb, commodity-noun, score-verb or move-noun");
            }
            words.add(row.columns()[0].strip().toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(out);
    }

    /**
     * Whether a name the NER did not type is a stock index by the words around it: a name of an index ("the FTSE 100
     * index", "the Nasdaq Composite", "the index, the FTSE 100") or the subject of a move in points ("the DAX gained
     * 71 points"). Read by {@link TypeCues} so that such an index is an entity a figure can be credited to.
     */
    static boolean namesMarketIndex(AnnotatedSentence sentence, Token token) {
        if (!token.pos().startsWith("NNP") || !(token.ner().equals("MISC") || token.ner().equals("O"))) {
            return false;
        }
        Token governor = sentence.head(token);
        boolean apposed = governor != null && sentence.relationToHead(token).equals("appos")
                && INDEX_NOUNS.contains(governor.text().toLowerCase(Locale.ROOT));
        return apposed || namesIndex(sentence, token) || movedInPoints(sentence, token);
    }

    /** Whether a lower-case word names a company's traded shares ("shares", "stock"). */
    /** Whether a verb moves a price or level ("rise", "fall", "close"...: market-words.tsv). */
    static boolean isMoveVerb(Token verb) {
        return MOVE_VERBS.contains(lemma(verb));
    }

    /** Whether a noun's lemma names a move a market report writes ("with a fall of 17.38%": market-words.tsv). */
    static boolean isMoveNoun(String lemma) {
        return WORDS.get("move-noun").contains(lemma);
    }

    /** Whether a noun names a traded good ("crude", "gold"), whose move in money is its price. */
    static boolean isCommodityNoun(String word) {
        return WORDS.get("commodity-noun").contains(word);
    }

    static boolean isShareNoun(String word) {
        return SHARE_NOUNS.contains(word);
    }

    /**
     * "Its share of the tablet market fell to 9%", "the chain's share of grocery spending": a share in the singular
     * whose "of" names a common noun, no company and no stock, is a part of that whole (a market share), not a
     * company's traded shares ("shares of Acme", "its share price" stay a stock).
     */
    private boolean isShareOfAWhole(AnnotatedSentence sentence, Token mover) {
        if (!mover.pos().equals("NN") || !mover.text().equalsIgnoreCase("share")) {
            return false;
        }
        return sentence.children(mover).stream().anyMatch(c -> DependencyWalk.relation(sentence, mover, c)
                .equals("nmod:of") && c.pos().matches("NNS?") && c.ner().equals("O") && context.entityAt(c) == null
                && !SHARE_NOUNS.contains(c.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * The measure of a figure that moves an index or a stock, or null when it is not one.
     *
     * @param start the noun or number the climb to the figure's verb starts from
     */
    FigureContext.Found measure(AnnotatedSentence sentence, List<Token> span, Token start, String unit) {
        boolean points = "point".equals(unit);
        Token current = start;
        Token verb = null;
        Token mover = null;
        String relation = null;
        for (int step = 0; step < MAX_CLIMB && mover == null; step++) {
            Token governor = sentence.head(current);
            if (governor == null || governor == current) {
                break;
            }
            if (governor.pos().startsWith("VB")) {
                if (verb != null && FINITE.contains(current.pos())
                        && sentence.relationToHead(current).equals("xcomp")) {
                    // "the average price the company captured slumped 22%" parsed as xcomp(captured, slumped): a
                    // finite verb is no open complement, the parser has hung a clause's own verb on a relative
                    // clause before it (also "The new hardware, revealed at the conference drew attention", MEANTIME
                    // 127576); the subject of the verb above is not what moved, and what did is not named
                    break;
                }
                if (verb == null) {
                    verb = governor;
                    relation = sentence.relationToHead(current);
                }
                mover = subjectOf(sentence, governor, span);
                if (mover != null && RelativePronouns.isRelativePronoun(mover)) {
                    // "Citigroup, which fell 13.8%" with the clause hung elsewhere: the pronoun's noun moved
                    Token noun = RelativePronouns.antecedent(sentence, mover);
                    mover = noun != null ? noun : mover;
                }
                if (mover == null && sentence.relationToHead(governor).startsWith("acl")
                        && sentence.head(governor) != null && sentence.head(governor).pos().startsWith("NN")) {
                    mover = sentence.head(governor);
                }
            }
            current = governor;
        }
        Token leftOut = mover == null ? null : PossessiveFirmNames.leftOutNoun(sentence, mover);
        if (leftOut != null && !SHARE_NOUNS.contains(leftOut.text().toLowerCase(Locale.ROOT))) {
            // "Toyota's sales dropped 32%, while Honda's slipped 25%": Honda's sales moved, not its stock ("Shares of
            // Talbeck rose, while Corvane's fell": Corvane's shares did)
            return null;
        }
        if (mover != null && isShareOfAWhole(sentence, mover)) {
            // "Pellmont Bank's share of new mortgages rose to 18%": a part of a market or of spending, no stock
            return null;
        }
        boolean shares = mover != null && SHARE_NOUNS.contains(mover.text().toLowerCase(Locale.ROOT));
        // a move in points is an index's unless what moved is named as shares: "shares in Acme fell 40%, to end
        // the day on 94 points" (a company or "it" moved in points stays an index: coreference is not sure enough)
        // points scored, won or conceded are no index level: "she scored 31 points"
        boolean scored = verb != null && SCORE_VERBS.contains(lemma(verb));
        Mover moved = mover == null ? null : shares ? Mover.STOCK
                : !scored && movesInPoints(sentence, verb) ? Mover.INDEX : classify(sentence, mover, verb);
        if (moved == null && "percent".equals(unit) && namesIndex()) {
            // "YRC Worldwide was the biggest faller in this index, with its loss of 27.30%": the "with" phrase moves
            // the clause's subject (in an article that names an index: elsewhere "ended the year with a loss of 3%"
            // may be anything)
            Token absolute = MoveAbsolutes.mover(sentence, span);
            Mover absoluteMoved = absolute == null ? null : classify(sentence, absolute, null);
            if (absoluteMoved != null) {
                return found(absoluteMoved);
            }
        }
        if (points && !namesIndex()) {
            // points in an article that names no index are a game's, a league's or a poll's ("sit four points clear",
            // "support fell five points in the latest poll"), no index level (s18-genres)
            return null;
        }
        if (points) {
            return scored && moved != Mover.INDEX ? null : found(moved == Mover.STOCK ? Mover.STOCK : Mover.INDEX);
        }
        if (moved == null || verb == null || !MOVE_VERBS.contains(lemma(verb))) {
            return null;
        }
        if ("percent".equals(unit)) {
            return wholeNamed(sentence, span) ? null : found(moved);
        }
        boolean level = relation != null && (relation.equals("obl:at") || relation.equals("obl:to")
                || relation.equals("obl:on") || relation.equals("nmod:to") || relation.equals("nmod:at"));
        boolean currency = unit != null && unit.matches("[A-Z]{3}");
        if (currency && moved == Mover.STOCK && level) {
            return found(Mover.STOCK);
        }
        if (unit == null && moved == Mover.INDEX && level) {
            return found(Mover.INDEX);
        }
        return null;
    }

    /**
     * "Acme lost nearly a third of its customers", "the Alps have lost a third of their glacier ice": a share that names
     * the whole it is part of by "of" is that whole's, not a move of the mover's stock or index (the share-of step
     * reads it); a whole that is the stock itself or its value ("a third of its value", "of its shares") stays a move.
     */
    private static boolean wholeNamed(AnnotatedSentence sentence, List<Token> span) {
        for (Token token : span) {
            for (Token child : sentence.children(token)) {
                if (!span.contains(child) && child.pos().startsWith("NN")
                        && DependencyWalk.relation(sentence, token, child).equals("nmod:of")
                        && !SHARE_NOUNS.contains(child.text().toLowerCase(Locale.ROOT))
                        && !STOCK_WHOLES.contains(lemma(child))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The wholes a share of which is still a move of the stock: "lost a third of its value". */
    private static final Set<String> STOCK_WHOLES = Set.of("value", "capitalisation", "capitalization", "worth",
            "price");

    /**
     * Whether a figure's measure is an index's level, whichever step found it: this class's own, or a step that took
     * it from a figure beside it ("up by 0.16% (16.03 points)", "fell 2.6% to 9,694.73").
     */
    static boolean movesAnIndex(FigureContext.Found measure) {
        return measure.sure() && (INDEX_LEVEL.equals(measure.step()) || INDEX_LEVEL_NAME.equals(measure.value()));
    }

    /** The same for a company's stock price. */
    static boolean movesAStock(FigureContext.Found measure) {
        return measure.sure() && (STOCK_PRICE.equals(measure.step()) || STOCK_PRICE_NAME.equals(measure.value()));
    }

    private static FigureContext.Found found(Mover mover) {
        return mover == Mover.INDEX ? new FigureContext.Found(INDEX_LEVEL_NAME, INDEX_LEVEL, true)
                : new FigureContext.Found(STOCK_PRICE_NAME, STOCK_PRICE, true);
    }

    private static Token subjectOf(AnnotatedSentence sentence, Token verb, List<Token> span) {
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && !span.contains(child)) {
                return child;
            }
        }
        return null;
    }

    private Mover classify(AnnotatedSentence sentence, Token mover, Token verb) {
        String word = mover.text().toLowerCase(Locale.ROOT);
        if (SHARE_NOUNS.contains(word)) {
            return Mover.STOCK;
        }
        if (INDEX_NOUNS.contains(word) || namesIndex(sentence, mover)) {
            return Mover.INDEX;
        }
        Entity entity = context.entityAt(mover);
        if (entity != null && "MISC".equals(mover.ner()) && reportsIndexes()) {
            // CoreNLP names it but not as an organisation: in a report on indexes, an index ("the Nasdaq rose 2%")
            return Mover.INDEX;
        }
        if (entity == null) {
            entity = context.coreference().resolve(sentence, mover).map(r -> r.entity()).orElse(null);
        }
        if (entity == null || entity.type() == EntityType.PERSON || entity.type() == EntityType.PLACE) {
            return null;
        }
        return isIndex(entity) || reachesBareLevel(sentence, verb) ? Mover.INDEX : Mover.STOCK;
    }

    /**
     * "The FTSE 100 ended 0.4% lower at 8,912.4", "the Nasdaq composite slid 0.8% to 14,620.33": a name moved to or
     * at a bare number, with no currency or unit, moved as an index does; a company's stock closes at a price.
     */
    private static boolean reachesBareLevel(AnnotatedSentence sentence, Token verb) {
        if (verb == null) {
            return false;
        }
        for (Token child : sentence.children(verb)) {
            String relation = DependencyWalk.relation(sentence, verb, child);
            if ((relation.equals("obl:at") || relation.equals("obl:to")) && child.pos().equals("CD")
                    && BARE_LEVEL.matcher(child.text()).matches()
                    && sentence.children(child).stream().noneMatch(c -> !c.pos().equals("IN") && !c.pos().equals("TO")
                            && !c.pos().equals(",") && !c.pos().equals("RB"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words around a name make it an index: "the FTSE 100 index", "the Nasdaq Composite", "the Dow Jones
     * Industrial Average" (from "Dow", up the words of the name).
     */
    private static boolean namesIndex(AnnotatedSentence sentence, Token token) {
        Token current = token;
        for (int step = 0; step < 4 && current != null; step++) {
            for (Token child : sentence.children(current)) {
                if (NAME_PARTS.contains(DependencyWalk.relation(sentence, current, child)) && isIndexNoun(child)) {
                    return true;
                }
            }
            if (isIndexNoun(current)) {
                return true;
            }
            Token governor = sentence.head(current);
            current = governor != null && NAME_PARTS.contains(sentence.relationToHead(current)) ? governor : null;
        }
        return false;
    }

    /** Whether the article speaks of indexes at all: an index noun, or a move in points. */
    private boolean namesIndex() {
        if (namesIndex == null) {
            namesIndex = doc.sentences().stream().anyMatch(s -> IndexNames.named(s.tokens().stream()
                    .map(Token::text).collect(java.util.stream.Collectors.joining(" "))));
        }
        return namesIndex;
    }

    private boolean reportsIndexes() {
        if (reportsIndexes == null) {
            reportsIndexes = doc.sentences().stream().anyMatch(s -> s.tokens().stream().anyMatch(t ->
                    isIndexNoun(t) || isPoints(s, t)));
        }
        return reportsIndexes;
    }

    /**
     * "fell 9.48 points": a number of points. Basis points move a yield or a rate ("the 10-year yield fell 14 basis
     * points", "dropped 16 basis points to 4.71%"), never an index.
     */
    private static boolean isPoints(AnnotatedSentence sentence, Token token) {
        return token.text().toLowerCase(Locale.ROOT).matches("points?")
                && sentence.children(token).stream().anyMatch(n -> n.pos().equals("CD"))
                && sentence.children(token).stream().noneMatch(n -> n.text().equalsIgnoreCase("basis"));
    }

    /**
     * An index noun used as a noun: "the industrial average", "the Dow Jones Industrial Average", "the benchmark
     * Nikkei"; the adjective of "average hourly earnings" or "the average workweek" names no index.
     */
    static boolean isIndexNoun(Token token) {
        return token.pos().startsWith("NN") && INDEX_NOUNS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** "fell 1.2%, or 9.48 points", "went up by 0.16% (16.03 points)": the verb moves something in points. */
    private static boolean movesInPoints(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (isPoints(sentence, child) || sentence.children(child).stream().anyMatch(g -> isPoints(sentence, g)
                    && !DependencyWalk.relation(sentence, child, g).startsWith("nmod"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article names this entity as an index or moves it in points anywhere, or the entity is one of the
     * listed indices ("the S&P 500 slid 1.1%", "the DAX lost 1.2%") or a name of one written with "the" ("the Nasdaq
     * fell 2.1%": a company's name takes no article, and "Nasdaq" and "Dow" are also companies).
     */
    boolean isIndex(Entity entity) {
        return indexes.computeIfAbsent(entity.id(), id -> {
            if (ListedIndices.listed(entity.name()) || entity.aliases().stream().anyMatch(ListedIndices::listed)) {
                return true;
            }
            for (Span mention : entity.mentions()) {
                if (mention.sentence() < 0 || mention.sentence() >= doc.sentences().size()) {
                    continue;
                }
                AnnotatedSentence sentence = doc.sentences().get(mention.sentence());
                for (Token token : sentence.tokensIn(mention.start(), mention.end())) {
                    if (isIndexNoun(token) || namesIndex(sentence, token)
                            || movedInPoints(sentence, token) || theIndexName(sentence, token)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** "the Nasdaq", "the Dow": a proper noun that names an index, with "the" of its own. */
    private static boolean theIndexName(AnnotatedSentence sentence, Token token) {
        return token.pos().startsWith("NNP") && IndexNames.named(token.text())
                && sentence.children(token).stream().anyMatch(child -> child.text().equalsIgnoreCase("the")
                        && DependencyWalk.relation(sentence, token, child).equals("det"));
    }

    /** "The Nasdaq lost 82.65 points": the name (or the phrase it is part of) is the subject of a move in points. */
    private static boolean movedInPoints(AnnotatedSentence sentence, Token token) {
        Token current = token;
        for (int step = 0; step < 4 && current != null; step++) {
            Token governor = sentence.head(current);
            String relation = sentence.relationToHead(current);
            if (governor != null && relation.startsWith("nsubj") && governor.pos().startsWith("VB")) {
                return movesInPoints(sentence, governor);
            }
            current = governor != null && NAME_PARTS.contains(relation) ? governor : null;
        }
        return false;
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    }
}
