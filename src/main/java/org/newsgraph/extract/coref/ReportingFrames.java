package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The closing speech frame of a news sentence, "X did Y, the carmaker said", whose speaker is a description: the
 * organisation the description stands for is the reported clause's subject ("Aldous Motors will recall 20,000 vans,
 * the carmaker said": Aldous Motors), or, when the clause reports funding, the funded firm ("Rothay Partners joined
 * a funding round in Keswick Sensors, the start-up said": {@link FundedFirms}), whichever the describing noun agrees
 * with first; a noun that names the other's kind gives the other ("Kinross Bank lent $12m to Ashdown Foods, the bank
 * said": Kinross Bank). The frame is found by its words, a description right before a verb of saying that follows a
 * comma, because the parser often hangs it as an apposition on the clause's last noun ("... supply Delmont Rail, the
 * software maker said": appos(Rail, maker)); the reported clause is read from the parse (the root, or the clause the
 * speech root reports).
 */
final class ReportingFrames {

    /** How far before the describing noun its phrase's "the" may be ("the Oslo-based software maker"). */
    private static final int PHRASE_WORDS = 6;
    /** How a speech root holds the clause it reports ("has lent ..., the bank said": advcl as often as ccomp). */
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "advcl");
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "HYPH", "VBN", "CD");

    private final Function<Token, Entity> entityAt;
    private final Agreement agreement;
    private final FundedFirms funding;

    ReportingFrames(Function<Token, Entity> entityAt, Agreement agreement, FundedFirms funding) {
        this.entityAt = entityAt;
        this.agreement = agreement;
        this.funding = funding;
    }

    /**
     * The organisation a frame's describing noun stands for, or null when the noun is no closing frame's speaker, the
     * clause names no organisation it agrees with, or another organisation of the clause is known by the noun and
     * the one found is not ("Acme Holdings sued Beta Airlines, the airline said": left to the other steps).
     */
    Entity speaker(AnnotatedSentence sentence, Token noun, String word) {
        Token comma = frameComma(sentence, noun);
        if (comma == null) {
            return null;
        }
        List<Entity> candidates = new ArrayList<>();
        FundedFirms.Funding funds = funding.funding(sentence);
        if (funds != null && funds.funded().size() == 1) {
            candidates.add(funds.funded().get(0));
        }
        Entity subject = reportedSubject(sentence, comma);
        if (subject != null && !candidates.contains(subject)) {
            candidates.add(subject);
        }
        Entity chosen = candidates.stream().filter(e -> agreement.agrees(e, word, sentence.index())).findFirst()
                .orElse(null);
        if (chosen == null || Agreement.knownAs(chosen, word)) {
            return chosen;
        }
        Entity apposed = apposedTo(sentence, noun);
        if (apposed != null && !apposed.equals(chosen) && !namedByModifier(sentence, noun, chosen)) {
            // "Tollund Transit has ordered 140 buses from Brevik Motors, the Norwegian maker said": the parser's
            // apposition to the seller is as good a reading; only a modifier the name shares ("the software maker"
            // for "Corvath Software") tells the reported clause's subject
            return null;
        }
        List<Entity> known = candidates.stream().filter(e -> Agreement.knownAs(e, word)).toList();
        if (known.size() == 1) {
            return known.get(0); // "Kinross Bank lent $12m to Ashdown Foods, the bank said"
        }
        for (Token token : sentence.tokens()) {
            Entity other = token.index() < comma.index() ? entityAt.apply(token) : null;
            if (Coreference.isOrganisation(other) && !other.equals(chosen) && Agreement.knownAs(other, word)) {
                return null;
            }
        }
        return chosen;
    }

    /**
     * The organisation a sentence's closing frame ", the company said" stands for when its root is the verb of
     * saying and has no named subject (the article goes on about it), or null.
     */
    Entity framedSubject(AnnotatedSentence sentence, Function<Token, String> wordOf) {
        Token root = sentence.root();
        if (root == null || !CoreferenceWords.isSpeechVerb(root)) {
            return null;
        }
        for (Token child : sentence.children(root)) {
            if (DependencyWalk.relation(sentence, root, child).startsWith("nsubj") && child.pos().startsWith("NN")
                    && entityAt.apply(child) == null) {
                String word = wordOf.apply(child);
                return word == null ? null : speaker(sentence, child, word);
            }
        }
        return null;
    }

    /** The organisation the parser hung the describing noun on as an apposition ("Brevik Motors, the maker"), or null. */
    private Entity apposedTo(AnnotatedSentence sentence, Token noun) {
        Token head = sentence.head(noun);
        Entity entity = head != null && sentence.relationToHead(noun).equals("appos") ? entityAt.apply(head) : null;
        return Coreference.isOrganisation(entity) ? entity : null;
    }

    /** Whether a modifier of the noun is a word of the organisation's name, plural or not ("software", "food"). */
    private static boolean namedByModifier(AnnotatedSentence sentence, Token noun, Entity organisation) {
        Set<String> words = new HashSet<>();
        for (String word : organisation.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
        }
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            String word = child.text().toLowerCase(Locale.ROOT);
            if ((relation.equals("compound") || relation.equals("amod")) && child.index() < noun.index()
                    && words.contains(word.endsWith("s") ? word.substring(0, word.length() - 1) : word)) {
                return true;
            }
        }
        return false;
    }

    /** The comma before a describing noun's phrase when the noun is right before a verb of saying, else null. */
    private static Token frameComma(AnnotatedSentence sentence, Token noun) {
        int at = noun.index() - sentence.tokens().get(0).index();
        List<Token> tokens = sentence.tokens();
        if (!noun.pos().startsWith("NN") || at + 1 >= tokens.size() || !CoreferenceWords.isSpeechVerb(tokens.get(at + 1))
                || !tokens.get(at + 1).pos().matches("VBD|VBZ|VBP")) {
            return null;
        }
        for (int i = at - 1; i >= 0 && i >= at - PHRASE_WORDS; i--) {
            Token word = tokens.get(i);
            if (word.pos().equals("DT")) {
                return word.text().toLowerCase(Locale.ROOT).equals("the") && i > 0
                        && tokens.get(i - 1).text().equals(",") ? tokens.get(i - 1) : null;
            }
            if (!PHRASE_TAGS.contains(word.pos())) {
                return null;
            }
        }
        return null;
    }

    /**
     * The organisation named as the subject of the clause a frame reports: the root's, when the root comes before
     * the frame, or that of the clause the speech root reports before it ({@code ccomp}, {@code parataxis}, {@code advcl}); null when none.
     */
    private Entity reportedSubject(AnnotatedSentence sentence, Token comma) {
        Token root = sentence.root();
        if (root == null) {
            return null;
        }
        Token clause = null;
        if (root.index() < comma.index() && !CoreferenceWords.isSpeechVerb(root)) {
            clause = root;
        } else if (CoreferenceWords.isSpeechVerb(root)) {
            for (Token child : sentence.children(root)) {
                String relation = DependencyWalk.relation(sentence, root, child);
                if (clause == null && child.index() < comma.index() && REPORTED.contains(relation)) {
                    clause = child;
                }
            }
        }
        if (clause == null) {
            return null;
        }
        for (Token child : sentence.children(clause)) {
            if (DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")) {
                Entity entity = entityAt.apply(child);
                return Coreference.isOrganisation(entity) ? entity : null;
            }
        }
        return null;
    }
}
