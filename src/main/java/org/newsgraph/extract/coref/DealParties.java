package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The two parties of the deal a text reported last, read from the parse: the subject and the object of a verb of
 * {@code deal-words.txt} ("Acme agreed to buy Borr"), the passive subject and the agent ("Borr has agreed to be bought
 * by Acme"), a seller and its "to" ("Acme agreed to sell its unit to Borr": a verb tagged "to"), a subject and its "with" ("Acme will merge with Borr") or two coordinated subjects ("Acme and Borr agreed
 * to merge"). An object that is a part of an organisation ("a stake in Borr", "six percent of Borr") stands for it.
 * Only named organisations count, and a subject "it" whose own sentence names the organisation it stands for as the
 * subject of the clause above it ("Acme said that it would sell its unit to Borr": the {@code same-sentence} step); any
 * other pronoun party is left out rather than resolved, so the pair is never guessed.
 */
final class DealParties {

    private final AnnotatedText doc;
    private final Function<Token, Entity> entityAt;
    /** The organisation a pronoun stands for by its own sentence's syntax ({@code same-sentence}), or null. */
    private final BiFunction<AnnotatedSentence, Token, Entity> sameSentence;

    DealParties(AnnotatedText doc, Function<Token, Entity> entityAt,
            BiFunction<AnnotatedSentence, Token, Entity> sameSentence) {
        this.doc = doc;
        this.entityAt = entityAt;
        this.sameSentence = sameSentence;
    }

    /**
     * The parties of the last deal clause in the sentence or up to {@code reach} sentences before it, buyer (or first
     * named) first; an empty list when no deal clause there names two organisations.
     */
    List<Entity> before(AnnotatedSentence sentence, int reach) {
        for (int i = sentence.index(); i >= 0 && i >= sentence.index() - reach; i--) {
            AnnotatedSentence earlier = doc.sentences().get(i);
            List<Entity> found = List.of();
            for (Token verb : earlier.tokens()) {
                if (verb.pos().startsWith("VB") && CoreferenceWords.isDealVerb(lemma(verb))) {
                    List<Entity> parties = parties(earlier, verb, true);
                    found = parties.isEmpty() ? found : parties;
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * The buyer and the seller, in that order, of the last sale ({@code deal-words.txt} "sale": buy, acquire, sell to)
     * in the {@code reach} sentences before this one that names both as organisations; an empty list
     * when none does. A merger has no buyer, and two subjects of one sale verb ("Acme and Borr bought Cora") are
     * no buyer and seller.
     */
    List<Entity> saleBefore(AnnotatedSentence sentence, int reach) {
        for (int i = sentence.index() - 1; i >= 0 && i >= sentence.index() - reach; i--) {
            AnnotatedSentence earlier = doc.sentences().get(i);
            List<Entity> found = List.of();
            for (Token verb : earlier.tokens()) {
                if (verb.pos().startsWith("VB") && CoreferenceWords.isSaleVerb(lemma(verb))) {
                    List<Entity> parties = parties(earlier, verb, false);
                    found = parties.isEmpty() ? found : parties;
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Whether a sentence speaks of a deal: a deal noun or a deal verb ("expect the deal to close"); not a verb tagged
     * "to" ("the companies that do well sell to large networks" speaks of trade, not of a deal).
     */
    static boolean speaksOfDeal(AnnotatedSentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.pos().startsWith("NN")
                && CoreferenceWords.isDealNoun(lemma(t))
                || t.pos().startsWith("VB") && CoreferenceWords.isDealVerb(lemma(t))
                && !CoreferenceWords.isDealVerbTo(lemma(t)));
    }

    private List<Entity> parties(AnnotatedSentence sentence, Token verb, boolean jointSubjects) {
        List<Entity> doers = new ArrayList<>();
        List<Entity> done = new ArrayList<>();
        List<Entity> buyers = new ArrayList<>();
        for (Token child : sentence.children(verb)) {
            String relation = DependencyWalk.relation(sentence, verb, child);
            if (relation.equals("nsubj") || relation.equals("nsubj:xsubj") || relation.equals("obl:agent")) {
                add(doers, child.text().equalsIgnoreCase("it") && !relation.equals("obl:agent")
                        ? sameSentence.apply(sentence, child) : organisation(sentence, child));
            } else if (relation.equals("obj") || relation.startsWith("nsubj:pass") || relation.equals("obl:with")) {
                add(done, organisation(sentence, child));
            } else if (relation.equals("obl:to") && CoreferenceWords.isDealVerbTo(lemma(verb))) {
                add(buyers, organisation(sentence, child));
            }
        }
        if (buyers.size() == 1 && doers.size() == 1 && !buyers.get(0).equals(doers.get(0))) {
            return List.of(buyers.get(0), doers.get(0)); // "Acme sold its unit to Borr": Borr bought
        }
        if (doers.size() == 1 && done.size() == 1 && !doers.get(0).equals(done.get(0))) {
            return List.of(doers.get(0), done.get(0));
        }
        return jointSubjects && doers.size() == 2 && done.isEmpty() ? List.copyOf(doers) : List.of();
    }

    /** The organisation a party names, or the one its "of"/"in" names when it is a part ("a stake in Borr"). */
    private Entity organisation(AnnotatedSentence sentence, Token party) {
        Entity named = entityAt.apply(party);
        if (Coreference.isOrganisation(named)) {
            return named;
        }
        if (named != null || !party.pos().startsWith("NN")) {
            return null;
        }
        Entity whole = null;
        for (Token child : sentence.children(party)) {
            String relation = DependencyWalk.relation(sentence, party, child);
            Entity of = entityAt.apply(child);
            if ((relation.equals("nmod:of") || relation.equals("nmod:in")) && Coreference.isOrganisation(of)) {
                if (whole != null && !whole.equals(of)) {
                    return null;
                }
                whole = of;
            }
        }
        return whole;
    }

    private static void add(List<Entity> parties, Entity entity) {
        if (entity != null && !parties.contains(entity)) {
            parties.add(entity);
        }
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? token.text().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
    }
}
