package org.newsgraph.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * A percentage offered or awarded to people is a pay rise, not a share of anything: "The health board has offered
 * junior doctors 6%", "Ministers offered train drivers a 5% rise over two years". Decided from the parse: the
 * percentage (or the change noun it names) is the object of a verb of offering whose indirect object is people, a
 * noun WordNet calls a person or a body of workers ({@code pay-recipients.tsv}), never those offered a return, a
 * discount or a stake ("offered savers 4%", "offered shareholders 30% of the company": a share with a whole stays
 * one). Such a share becomes an increase; its measure is the pay rise (step {@code pay-offer}).
 */
public final class PayOffers {

    public static final String STEP = "pay-offer";
    public static final String MEASURE = "pay rise";
    private static final Set<String> OFFERING = Set.of("offer", "award");
    /** How the offer hangs on the verb: its object, or a bare noun phrase after people taken as the object. */
    private static final Set<String> OFFERED_RELATIONS = Set.of("obj", "obl:npmod");
    /** The nouns of a rise a pay offer is written with: "a 5% rise", "a 4% raise" (change-words.tsv's increases). */
    private static final Set<String> RISES = Stream.concat(ChangeWords.nouns().stream()
            .filter(n -> ChangeWords.direction(n) == Direction.INCREASE && !n.equals("premium")), Stream.of("raise"))
            .collect(Collectors.toUnmodifiableSet());
    /** "6% spread over two years": participles of phasing the tagger reads as the percentage's noun. */
    private static final Set<String> PHASING = ResourceTable.words("/org/newsgraph/extract/pay-offer-phasing.txt");
    private static final Map<String, Boolean> RECIPIENTS = ResourceTable.rows(
            "/org/newsgraph/extract/pay-recipients.tsv", 2, "noun lemma <TAB> + or -").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT),
                    row -> row.columns()[1].strip().equals("+")));

    private PayOffers() {
    }

    /** The candidates of a sentence, each percentage share offered to people read as an increase. */
    public static List<FigureCandidate> read(AnnotatedSentence sentence, List<FigureCandidate> candidates) {
        return candidates.stream().map(c -> isOfferedShare(sentence, c) ? increase(c) : c).toList();
    }

    /**
     * Whether the token (a figure's head) is what a verb of offering gives to people: the percentage itself, or the
     * rise it is written before ("a 4% rise"), or the word of phasing the parser took for its noun ("6% spread over
     * two years", {@code pay-offer-phasing.txt}), taken by the verb as its object (or, after people written as a
     * second object, as a bare noun phrase: "offered its cabin crew a 4% rise" as obl:npmod). The people are the
     * indirect object, or an object written before the offer ("offered its drivers 6% spread over two years" with
     * drivers and "spread" both objects). Never a noun of another kind the percentage names ("a 10% discount", "a 5%
     * stake").
     */
    public static boolean isPayOffer(AnnotatedSentence sentence, Token head) {
        Token offered = offered(sentence, head);
        Token verb = offered == null ? null : sentence.head(offered);
        if (verb == null || verb.lemma() == null || !verb.pos().startsWith("VB")
                || !OFFERING.contains(verb.lemma().toLowerCase(Locale.ROOT))
                || !OFFERED_RELATIONS.contains(sentence.relationToHead(offered))) {
            return false;
        }
        return sentence.children(verb).stream().anyMatch(c -> {
            String relation = DependencyWalk.relation(sentence, verb, c);
            return (relation.equals("iobj") || relation.equals("obj") && c.index() < offered.index()) && isWorker(c);
        });
    }

    /** The word the verb of offering takes for the figure: the percentage, its rise, or its misread word of phasing. */
    private static Token offered(AnnotatedSentence sentence, Token head) {
        if (isRise(head)) {
            return head;
        }
        if (!"PERCENT".equals(head.ner())) {
            return null;
        }
        Token noun = sentence.head(head);
        if (noun != null && sentence.relationToHead(head).equals("compound") && noun.pos().startsWith("NN")
                && (isRise(noun) || PHASING.contains(noun.text().toLowerCase(Locale.ROOT)))) {
            return noun;
        }
        return head;
    }

    private static boolean isRise(Token token) {
        return token.pos().startsWith("NN") && RISES.contains(token.text().toLowerCase(Locale.ROOT));
    }

    private static boolean isOfferedShare(AnnotatedSentence sentence, FigureCandidate candidate) {
        if (candidate.kind() != FigureKind.SHARE || !"percent".equals(candidate.unit()) || candidate.of() != null
                || candidate.direction() != null) {
            return false;
        }
        List<Token> tokens = sentence.tokensIn(sentence.start() + candidate.start(),
                sentence.start() + candidate.end());
        return tokens.stream().filter(t -> !tokens.contains(sentence.head(t))).findFirst()
                .filter(head -> isPayOffer(sentence, head) && !hasWhole(sentence, head)).isPresent();
    }

    /** "30% of the company": a share with its whole is a stake or a part, whoever it is offered to. */
    private static boolean hasWhole(AnnotatedSentence sentence, Token head) {
        return sentence.children(head).stream().anyMatch(c -> DependencyWalk.relation(sentence, head, c)
                .equals("nmod:of"));
    }

    private static boolean isWorker(Token noun) {
        if (noun.lemma() == null || !noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")) {
            return false;
        }
        String lemma = noun.lemma().toLowerCase(Locale.ROOT);
        Boolean listed = RECIPIENTS.get(lemma);
        return listed != null ? listed : Lexicon.shared().isPerson(lemma);
    }

    private static FigureCandidate increase(FigureCandidate share) {
        return new FigureCandidate(share.start(), share.end(), FigureKind.CHANGE, share.value(), share.min(),
                share.max(), share.unit(), share.qualifier(), share.period(), share.per(), "increase", share.vague(),
                share.of(), share.convertedFrom());
    }
}
