package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A product named by its maker's or its line's name and a model code ("the Tessaro T7", "the Vantor EV-6") or a
 * line's word and a number ("the Quillpad Pro 2"), which the NER leaves untyped: its shape alone says product, as a
 * company's or a person's name never ends in a code. Words of {@code model-name-words.tsv}.
 */
final class ModelNames {

    /** The rule of a name shaped like a maker and a model: its cue's reason. */
    static final String RULE = "maker-and-model-code";

    /** The rule of a name the NER typed and a model's number after it, which the words around make a product. */
    static final String NUMBERED = "product-name-and-number";

    private static final Map<String, String> WORDS = ResourceTable.rows(
                    "/org/newsgraph/extract/model-name-words.tsv", 2, "word <TAB> line|not-a-maker|not-a-kind").stream()
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
        // a code the tokenizer split at its hyphen ("EV", "-", "6" of "Vantor EV-6") is one code
        int codeWords = hyphenedCode(run) ? 3 : 1;
        if (run.size() < 1 + codeWords || run.size() > 3 + codeWords
                || "not-a-maker".equals(WORDS.get(run.get(0).text()))) {
            return false;
        }
        List<Token> words = run.subList(0, run.size() - codeWords);
        String last = codeWords == 3 ? run.get(run.size() - 3).text() + "-" + run.get(run.size() - 1).text()
                : run.get(run.size() - 1).text();
        String before = words.get(words.size() - 1).text();
        boolean coded = last.matches(CODE) && last.chars().anyMatch(Character::isDigit);
        boolean lined = codeWords == 1 && last.matches(NUMBER) && "line".equals(WORDS.get(before)) && run.size() >= 3;
        return (coded || lined) && words.stream()
                .allMatch(t -> t.text().matches("\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}") && t.ner().matches("O|MISC"));
    }

    /** Whether a word is a line's word that follows a model's name: "Max", "Pro" ("Velo Max", "Quillpad Pro"). */
    static boolean lineWord(String word) {
        return "line".equals(WORDS.get(word));
    }

    /** Whether a run ends in capitals, a hyphen and digits written together: "EV", "-", "6". */
    private static boolean hyphenedCode(List<Token> run) {
        int n = run.size();
        return n >= 4 && run.get(n - 2).text().equals("-") && run.get(n - 3).text().matches("\\p{Lu}{1,3}")
                && run.get(n - 1).text().matches("\\d{1,4}[A-Za-z]{0,2}")
                && run.get(n - 2).start() == run.get(n - 3).end() && run.get(n - 1).start() == run.get(n - 2).end();
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

    /** The rule of a model's code on its own before its kind noun: "the KT-9 drone", "12 AV-310 aircraft". */
    static final String CODE_BEFORE_KIND = "model-code-before-kind";

    /** A code of capitals, a hyphen and digits, maybe a variant's letters: "KT-9", "AV-310", "DX-70", "M-240B". */
    private static final String HYPHENED_CODE = "\\p{Lu}{1,3}-\\d{1,4}[A-Za-z]{0,2}";

    /** How many words may stand between a code and its kind noun: "the M-240 regional jet", "RX-40 robot vacuum". */
    private static final int KIND_WITHIN = 3;

    /**
     * Whether a run the NER left untyped (or "miscellaneous") is a model's code standing alone before the noun of its
     * kind: capitals, a hyphen and digits written together ("the KT-9 drone", "the first SA-200 turboprop", "12 AV-310
     * aircraft", "its M-240 regional jet"). A company's, a person's or a place's name is never so written, and a code
     * is no count, so the noun may be singular or plural. The kind noun is a product's ({@link NounKinds}), within a
     * few lower-case words; "COVID-19" (five capitals), "G-20 summit", "K-12 schools" (no product's kind) stay out.
     */
    static boolean codeBeforeKind(List<Token> tokens, int from, int to) {
        if (to <= from || to >= tokens.size() || to - from > 3
                || !tokens.subList(from, to).stream().allMatch(t -> t.ner().matches("O|MISC|NUMBER"))) {
            return false;
        }
        StringBuilder written = new StringBuilder(tokens.get(from).text());
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).start() != tokens.get(k - 1).end()) {
                return false;
            }
            written.append(tokens.get(k).text());
        }
        if (!written.toString().matches(HYPHENED_CODE) || "not-a-maker".equals(WORDS.get(tokens.get(from).text()))) {
            return false;
        }
        for (int k = to; k < Math.min(tokens.size(), to + KIND_WITHIN); k++) {
            Token word = tokens.get(k);
            if (!word.text().matches("\\p{Ll}[\\p{Ll}-]*") || !word.ner().equals("O")) {
                return false;
            }
            String lemma = (word.lemma() == null ? word.text() : word.lemma()).toLowerCase(Locale.ROOT);
            if (NounKinds.product(lemma) || NounKinds.product(word.text()) || TypeCues.APPOSED_PRODUCT_NOUNS.contains(lemma)) {
                return true;
            }
            if (!word.pos().matches("JJ|NN|VBN|VBG")) {
                return false; // only a describing word or a noun of the compound may stand before the kind noun
            }
        }
        return false;
    }

    /** A small model number after a name: "4", "12" (not a year, a flight's or a route's three digits). */
    private static final String SMALL_NUMBER = "\\d{1,2}";

    /**
     * The product cue of a name the NER typed as an organisation or a person and the model number right after it,
     * which the NER left out ("the Brenna 4 drone", "recalled the Oriel 6", "production of the Sella 9"): the words
     * around say product, either of the name alone (the cue the caller found for it) or of the name with the number,
     * or the number and the name modify a product's kind noun ("Ferro 12 e-bikes"). Null when the number counts
     * something ("Ferro 12 times", "Chelsea 2 goals"), is a score ("Chelsea 2 Arsenal 1" has no product cue; "2-1"
     * is no small number), or follows a word that names no maker ("Section 8", "Flight 37", "Highway 61").
     *
     * @param nameCue the cue of the name's words alone, or null
     */
    static TypeCues.Cue numbered(AnnotatedSentence sentence, List<Token> tokens, int from, int to, TypeCues.Cue nameCue) {
        if (to <= from || to >= tokens.size() || to - from > 3) {
            return null;
        }
        Token number = tokens.get(to);
        Token last = tokens.get(to - 1);
        if (!number.text().matches(SMALL_NUMBER) || number.start() - last.end() != 1
                || "not-a-maker".equals(WORDS.get(tokens.get(from).text()))
                || !tokens.subList(from, to).stream().allMatch(t -> t.text().matches("\\p{Lu}\\p{Ll}+|\\p{Lu}{2,}"))
                || CorporateNames.byLastWord(tokens, from, to)) {
            return null; // (nor after a firm's name by its last word: "Vantor Labs 3 times")
        }
        Token after = to + 1 < tokens.size() ? tokens.get(to + 1) : null;
        // the kind noun right after the number, whatever the tagger made of it ("the Brenna 4 drone/VB can fly"), or
        // a price verb the tagger took for a plural noun counted by the number ("the Oriel 6 costs/NNS $500")
        // "500 Tolvo 3 forklifts": a count before the name counts the kind noun, so the number after it is the model's
        boolean countedBefore = from > 0 && tokens.get(from - 1).pos().equals("CD");
        boolean kindAfter = after != null && (kindNoun(after, countedBefore) || pricedAfter(tokens, to + 1) || uncountable(number, after));
        // "Marwick's new Strider 3 sneakers", "its Solstice 3": a name and number an organisation owns is its model
        boolean owned = owned(sentence, tokens.subList(from, to + 1));
        if (after != null && !kindAfter && !owned && (after.pos().startsWith("NN")
                && Character.isLowerCase(after.text().charAt(0)) || after.pos().equals("CD") || after.text().matches("-|–|:|%"))) {
            return null; // "12 times", "2 goals", "2 - 1", "3:1"
        }
        if (kindAfter || owned && (after == null || !after.pos().equals("CD") && !after.text().matches("-|–|:|%"))) {
            return new TypeCues.Cue(EntityType.PRODUCT, NUMBERED);
        }
        TypeCues.Cue withNumber = TypeCues.cue(sentence, tokens.get(from).index(), number.index() + 1);
        if (withNumber != null && withNumber.type() == EntityType.PRODUCT
                || nameCue != null && nameCue.type() == EntityType.PRODUCT || madeOrSold(sentence, tokens.subList(from, to + 1))
                || fromMaker(sentence, tokens.subList(from, to + 1))) {
            return new TypeCues.Cue(EntityType.PRODUCT, NUMBERED);
        }
        return null;
    }

    /**
     * Whether the name and number come "from" an organisation the NER names ("the Skimmer 6 from Pellory Robotics is
     * its closest rival"): a name with a model's number that a firm's name is the source of is the firm's model, as
     * reviews and trade stories write it; a place after "from" ("the Vantor 4 from Oslo") is no maker, and the number
     * must be the name's own (its nummod), not a count before a noun.
     */
    private static boolean fromMaker(AnnotatedSentence sentence, List<Token> span) {
        Token number = span.get(span.size() - 1);
        Token name = sentence.head(number);
        if (name == null || !span.contains(name) || !sentence.relationToHead(number).equals("nummod")) {
            return false;
        }
        for (Token child : sentence.children(name)) {
            if (sentence.relationToHead(child).equals("nmod:from") && child.ner().equals("ORGANIZATION")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nouns whose "of" takes what is made and sold: the type cue's output nouns ("production of the Sella 9") and, for
     * a name and number the NER already found, the nouns of selling ("the price of the Ferro 12").
     */
    private static final Set<String> OUTPUT_NOUNS = Stream.concat(TypeCues.OUTPUT_NOUNS.stream(),
            Stream.of("price", "sale", "launch", "release")).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the name and number are what a maker makes, launches, recalls or sells: the object (or passive
     * subject) of such a verb, or what an output noun is "of". The NER's type of the word does not matter here (the
     * cues of {@link TypeCues} ask for an untyped name): the number after it is what says model.
     */
    static boolean madeOrSold(AnnotatedSentence sentence, List<Token> span) {
        for (Token token : span) {
            Token governor = sentence.head(token);
            if (governor == null || span.contains(governor)) {
                continue;
            }
            String relation = sentence.relationToHead(token);
            String lemma = (governor.lemma() == null ? governor.text() : governor.lemma()).toLowerCase(Locale.ROOT);
            boolean verb = governor.pos().startsWith("VB") && (relation.equals("obj") || relation.equals("nsubj:pass"))
                    && (TypeCues.PRODUCT_VERBS.contains(lemma) || TypeCues.MADE_VERBS.contains(lemma) || lemma.equals("sell"));
            boolean output = relation.equals("nmod:of") && governor.pos().startsWith("NN") && OUTPUT_NOUNS.contains(lemma);
            if (verb || output) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word after the number is a singular common noun the number cannot count ("the Tamsin 9 drone", "a
     * Gale 14 turbine": nine of a drone would be "drones"), so the number is the model's and the noun its kind, whatever
     * the noun ("a Ferro 12 e-bike" without e-bike in a list). Not after "1" ("Formula 1 team", one of a thing is
     * singular), nor a noun of {@code model-name-words.tsv} that follows a name's number in other senses ("the Stoxx 50
     * index", "Apple 3 percent").
     */
    private static boolean uncountable(Token number, Token after) {
        String lemma = (after.lemma() == null ? after.text() : after.lemma()).toLowerCase(Locale.ROOT);
        return !number.text().equals("1") && after.pos().equals("NN") && after.text().matches("\\p{Ll}[\\p{Ll}-]+")
                && after.ner().equals("O") && !"not-a-kind".equals(WORDS.get(lemma));
    }

    /**
     * Whether a name and its number are owned: a possessive ("its", "Marwick Footwear's") on one of their words. A
     * person's or a place's name does not take a model's number after an owner ("its Solstice 3", "Dorrance Mobile's
     * new Pell 6"); words that name no maker ("its Phase 3") are refused before.
     */
    private static boolean owned(AnnotatedSentence sentence, List<Token> span) {
        for (Token token : span) {
            for (Token child : sentence.children(token)) {
                String relation = sentence.relationToHead(child);
                if (!span.contains(child) && relation.equals("nmod:poss")
                        && (child.pos().equals("PRP$") || child.pos().startsWith("NNP"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs of a price in the third person, which the tagger reads as plural nouns after a number ("6 costs"). */
    private static final Set<String> PRICE_WORDS = Set.of("costs", "retails", "sells");

    /**
     * Whether the word at {@code at} is a price verb in the third person followed by an amount of money, straight or
     * after "for" or "at" ("costs $500", "sells for 300 euros"): however the tagger read it, the words before it are
     * what is priced.
     */
    private static boolean pricedAfter(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !PRICE_WORDS.contains(tokens.get(at).text())) {
            return false;
        }
        Token next = tokens.get(at + 1);
        boolean preposition = next.text().equals("for") || next.text().equals("at");
        return next.ner().equals("MONEY") || preposition && at + 2 < tokens.size() && tokens.get(at + 2).ner().equals("MONEY");
    }

    /**
     * Whether a word names a product's kind: "drone", "e-bikes", "phone" (not a capitalised name's word). A noun only
     * WordNet knows counts in the singular, or in the plural after a count before the name: "the Tamsin 9 turbine" and
     * "24 Lintra 3 trams" are models, "the Tamsin 9 turbines" may be nine of them.
     */
    private static boolean kindNoun(Token token, boolean countedBefore) {
        String lemma = (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
        String word = token.text().toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(token.text().charAt(0))) {
            return false;
        }
        return TypeCues.PRODUCT_NOUNS.contains(lemma) || TypeCues.PRODUCT_NOUNS.contains(word)
                || TypeCues.APPOSED_PRODUCT_NOUNS.contains(lemma) || (token.pos().equals("NN") || countedBefore && token.pos().equals("NNS")) && NounKinds.product(lemma);
    }
}
