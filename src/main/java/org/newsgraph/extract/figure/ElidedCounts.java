package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The counted noun of a number whose noun is elided, by the parse: "raised the number of orders to 230", "orders rose
 * to 230", "expected sales to exceed the 250 required", "visitors rose by 3,000" (a change in the count). The number must be an argument of a verb ({@code obj} or an
 * {@code obl}), and that verb, or the verb it completes ({@code xcomp}, one step), must have a plural common noun
 * named before the number as its subject or object, or "the number / total of" such a noun; the subject only when
 * the number is no object, or the object of a verb of reaching ({@code reaching-verbs.txt}: "sales will exceed 700";
 * "shareholders received 0.8708 of a share" counts no shareholders). A noun whose number is a
 * level or a price ("prices rose to 230", {@code level-nouns.txt}) is never borrowed. Everything else stays bare.
 * More shapes the parse makes plain: the complement of a copula counts its subject ("Arrivals were 900"); a tally
 * noun counts the noun compounded before it ("the vote count rose to 900": votes; in the plural too: "passenger
 * numbers reached 9.6 million"); a singular subject of
 * {@code count-nouns.tsv} counts what that list says ("turnout reached 2.1 million": people, "unemployment fell by
 * 90,000"); and the object or passive subject of a victims verb ({@code victim-verbs.txt}: "killed 19", "40 were
 * injured") counts people.
 *
 * <p>The walk is bounded: the number's verb and at most one verb above it.
 */
final class ElidedCounts {

    private static final Set<String> LEVEL_NOUNS = Set.copyOf(WordList.words("level-nouns.txt"));
    private static final Set<String> TALLY_NOUNS = Set.copyOf(WordList.words("tally-nouns.txt"));
    private static final Set<String> VICTIM_VERBS = Set.copyOf(WordList.words("victim-verbs.txt"));
    /** Verbs whose subject a number they take as object counts ("sales will exceed 700"). */
    private static final Set<String> REACHING_VERBS = Set.copyOf(WordList.words("reaching-verbs.txt"));
    /** Nouns for a person: the number a copula gives them is an age ("the suspects were 19"), not a count. */
    private static final Set<String> PERSON_NOUNS = Set.copyOf(WordList.words("person-nouns.txt"));
    private static final String PERSON = Nouns.singular("people");
    /**
     * How a number hangs from the verb it completes: its object, or a prepositional argument ("to 230", "at 230",
     * "from 120"), or
     * the size of a move ("visitors rose by 3,000": {@link #isMove}).
     */
    private static final Set<String> NUMBER_RELATIONS = Set.of("obj", "obl", "obl:to", "obl:at", "obl:of", "obl:by",
            "obl:from", // "admissions rose from 120 a day to 180": the level a move starts from counts the same
            // "190,000 people had waited more than a year, compared with 205,000 a month earlier": what a count is
            // compared with counts the same things
            "obl:compared_with", "obl:compared_to", "advcl:compared_with", "advcl:compared_to", "obl:against");

    /** How a number set against another hangs from the verb: "against 250", "compared with 205,000". */
    private static final Set<String> COMPARISONS = Set.of("obl:compared_with", "obl:compared_to",
            "advcl:compared_with", "advcl:compared_to", "obl:against");

    /** The numerators of a fraction a move is by: "by a third", "by two fifths". */
    private static final Set<String> FRACTION_COUNTS = Set.of("a", "one", "two", "three", "four");

    private ElidedCounts() {
    }

    /**
     * What a forecast number counts: "added 9.1 million subscribers, far more than the 6 million analysts had
     * forecast" (the parser hangs the number on "analysts"): the count the sentence gave before it, the last plural
     * noun before the number with a number of its own; null when there is none.
     */
    private static String forecastCount(AnnotatedSentence sentence, Token number) {
        Token counted = null;
        for (Token token : sentence.tokens()) {
            if (token.index() >= number.index()) {
                break;
            }
            if (token.pos().equals("NNS") && sentence.children(token).stream().anyMatch(c -> c.pos().equals("CD")
                    && sentence.relationToHead(c).equals("nummod"))) {
                counted = token;
            }
        }
        return counted == null ? null : unit(counted);
    }

    /** What a number counts (a singular unit: "order", "person"), or null when the parse ties it to nothing. */
    static String countedBefore(AnnotatedSentence sentence, Token number) {
        Token forecaster = sentence.head(number);
        if (forecaster != null && sentence.relationToHead(number).equals("nummod")
                && CountedNouns.forecasterOfNumber(sentence, forecaster)) {
            return forecastCount(sentence, number);
        }
        if (isVictims(sentence, number)) {
            return PERSON;
        }
        if (sentence.children(number).stream().anyMatch(c -> sentence.relationToHead(c).equals("cop"))) {
            if (sentence.children(number).stream().anyMatch(c -> c.pos().equals("CD")
                    && DependencyWalk.relation(sentence, number, c).startsWith("nsubj"))) {
                return null; // "of whom 30 are under 30": the number subject counts them, the complement is a bound
            }
            Token subject = argumentNoun(sentence, number, number, true); // "Attendance was 41,000"
            String unit = unit(subject != null ? subject : nounClausalSubject(sentence, number));
            return unit == null || PERSON_NOUNS.contains(unit) ? null : unit;
        }
        Token moved = fractionMove(sentence, number);
        if (moved == null && !NUMBER_RELATIONS.contains(sentence.relationToHead(number))) {
            return null;
        }
        Token verb = moved != null ? moved : sentence.head(number);
        // "shareholders received 0.8708 of a share", "officials want to cut 6 million": the subject of a verb that
        // takes the number as its object acts on it, unless the verb is one of reaching ("sales will exceed 700")
        boolean subjectCounts = moved != null || !sentence.relationToHead(number).equals("obj") || reaching(verb);
        if (COMPARISONS.contains(sentence.relationToHead(number)) && countsObject(sentence, verb, number)) {
            // "Inspectors checked 300 restaurants this year, against 250 last year": what a number is set against
            // is the count the clause gave, its object's; the subject who acts is never compared. Where the object
            // lists several counts ("12 Conservatives and 9 Liberals, against 10 and 11"), which one is unsure
            if (listsCounts(sentence, verb, number)) {
                return null;
            }
            subjectCounts = false;
        }
        for (int step = 0; step < 2 && verb != null && verb.pos().startsWith("VB"); step++) {
            Token noun = argumentNoun(sentence, verb, number, subjectCounts);
            if (noun != null) {
                return unit(noun);
            }
            if (!sentence.relationToHead(verb).equals("xcomp")) {
                return null;
            }
            verb = sentence.head(verb);
        }
        return null;
    }

    /**
     * The verb of a move by a fraction written right before the number: "jumped by a third to 6,300 last year". The
     * parser reads "a third to 6,300 last year" as one noun phrase and hangs the number on the fraction or on "year"
     * (obl:to(third, 6,300), or nummod(year, 8,400)), so the words decide: "VERB by a|one|two.. FRACTION to NUMBER",
     * the verb tagged as one. Null when the words are not so.
     */
    private static Token fractionMove(AnnotatedSentence sentence, Token number) {
        List<Token> tokens = sentence.tokens();
        int at = tokens.indexOf(number);
        if (at < 5 || !word(tokens.get(at - 1)).equals("to")
                || !WordedShares.isDenominator(word(tokens.get(at - 2)).replaceFirst("s$", ""))
                || !FRACTION_COUNTS.contains(word(tokens.get(at - 3))) || !word(tokens.get(at - 4)).equals("by")) {
            return null;
        }
        Token verb = tokens.get(at - 5);
        return verb.pos().startsWith("VB") ? verb : null;
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static boolean reaching(Token verb) {
        return verb != null && verb.lemma() != null && REACHING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /** "killed 19", "40 were injured": a number a victims verb takes as its object or passive subject. */
    private static boolean isVictims(AnnotatedSentence sentence, Token number) {
        String relation = sentence.relationToHead(number);
        Token verb = sentence.head(number);
        return (relation.equals("obj") || relation.equals("nsubj:pass")) && verb != null && verb.pos().startsWith("VB")
                && verb.lemma() != null && VICTIM_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    private static String unit(Token noun) {
        if (noun == null) {
            return null;
        }
        String word = noun.text().toLowerCase(Locale.ROOT);
        String counted = noun.pos().equals("NN") ? CountedNouns.countedBy(word) : null;
        return counted != null ? counted : Nouns.singular(word);
    }

    /** Whether {@code verb} has an object before the number that a number of its own counts ("300 restaurants"). */
    private static boolean countsObject(AnnotatedSentence sentence, Token verb, Token number) {
        return verb != null && sentence.children(verb).stream().anyMatch(o -> o.index() < number.index()
                && sentence.relationToHead(o).equals("obj") && sentence.children(o).stream()
                .anyMatch(c -> c.pos().equals("CD") && sentence.relationToHead(c).equals("nummod")));
    }

    /**
     * Whether {@code verb} has several objects before the number (the enhanced graph gives each conjunct the
     * relation), or one with a conjunct: several counts.
     */
    private static boolean listsCounts(AnnotatedSentence sentence, Token verb, Token number) {
        List<Token> objects = sentence.children(verb).stream().filter(o -> o.index() < number.index()
                && DependencyWalk.relation(sentence, verb, o).equals("obj")).toList();
        return objects.size() > 1 || objects.stream().anyMatch(o -> sentence.children(o).stream()
                .anyMatch(c -> c.index() < number.index() && sentence.relationToHead(c).startsWith("conj")));
    }

    /** Whether the number is the size of its verb's move ("rose by 3,000"), not a level it reached. */
    static boolean isMove(AnnotatedSentence sentence, Token number) {
        return sentence.relationToHead(number).equals("obl:by");
    }

    /** The subject or object of {@code verb} before {@code number} that names what the number counts. */
    private static Token argumentNoun(AnnotatedSentence sentence, Token verb, Token number, boolean subjects) {
        for (Token child : sentence.children(verb)) {
            String relation = sentence.relationToHead(child);
            if (child.index() >= number.index() || child.index() == number.index()
                    || !(subjects && relation.startsWith("nsubj") || relation.equals("obj"))) {
                continue;
            }
            String word = child.text().toLowerCase(Locale.ROOT);
            // "Passenger numbers reached 9.6 million": a tally noun in the plural counts what it does in the singular
            if (TALLY_NOUNS.contains(word) || child.pos().equals("NNS") && TALLY_NOUNS.contains(Nouns.singular(word))) {
                Token counted = ofNoun(sentence, child, number);
                if (counted != null) {
                    return counted;
                }
            } else if (isCountedPlural(child)
                    || child.pos().equals("NN") && CountedNouns.countedBy(word) != null && relation.startsWith("nsubj")) {
                return child;
            }
        }
        return null;
    }

    /**
     * "Tickets sold out and average attendance this season was 61,500": after a clause joined by "and", the parser
     * makes the whole of "Tickets sold out and average attendance" the clausal subject ({@code csubj}) of the number
     * and the noun a conjunct of the first verb; a noun heads no clause, so a noun the number's copula takes as
     * {@code csubj} (its own edge in the enhanced graph) is the subject it counts, read as a subject is (a plural
     * noun, or a noun of {@code count-nouns.tsv}). Null when there is none.
     */
    private static Token nounClausalSubject(AnnotatedSentence sentence, Token number) {
        for (Token child : sentence.children(number)) {
            if (child.index() < number.index() && child.pos().startsWith("NN") && !child.pos().startsWith("NNP")
                    && DependencyWalk.relation(sentence, number, child).startsWith("csubj")) {
                String word = child.text().toLowerCase(Locale.ROOT);
                boolean counts = isCountedPlural(child)
                        || child.pos().equals("NN") && CountedNouns.countedBy(word) != null;
                return counts ? child : null;
            }
        }
        return null;
    }

    /** "the number of outstanding orders": the plural noun after "of"; "the death toll": the noun before. */
    private static Token ofNoun(AnnotatedSentence sentence, Token tally, Token number) {
        List<Token> children = sentence.children(tally);
        for (Token child : children) {
            if (child.index() < number.index() && sentence.relationToHead(child).equals("nmod:of")
                    && isCountedPlural(child)) {
                return child;
            }
        }
        for (Token child : children) {
            if (child.index() < tally.index() && sentence.relationToHead(child).equals("compound")
                    && child.pos().startsWith("NN") && !child.pos().startsWith("NNP") && !child.isEntity()
                    && child.text().chars().allMatch(Character::isLetter)
                    && !LEVEL_NOUNS.contains(child.text().toLowerCase(Locale.ROOT))) {
                return child;
            }
        }
        return null;
    }

    private static boolean isCountedPlural(Token noun) {
        String word = noun.text().toLowerCase(Locale.ROOT);
        return noun.pos().equals("NNS") && !noun.isEntity() && noun.text().chars().allMatch(Character::isLetter)
                && !LEVEL_NOUNS.contains(word) && Nouns.countsInPlural(word);
    }
}
