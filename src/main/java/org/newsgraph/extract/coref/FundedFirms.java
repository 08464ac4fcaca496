package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The firms a sentence's main clause funds, read from the parse: the "in" of a verb of investing ("Corrie Capital
 * has invested $15m in Wexley Robotics"), the "to" or indirect object of a verb of lending ("Gresham Bank lent $80m to
 * Tolley Shipping"), the "in", "for" or "to" of a funding noun that is the verb's object ("led a funding round for
 * Y", "made a loan to Y"); a stake or shares bought fund nothing (the buyer stays salient). The main clause is the sentence's root, or, when the root is a verb
 * of saying, the clause it reports (also an {@code advcl} before it: "X has lent $20m to Y, the bank said") ("X invested in Y, the start-up said"); a "to" or "in" the parser hung on the speech
 * frame after the clause ("X lent $80m to Y, the company said": "to Y" under "said") is the funding verb's. Words:
 * {@code funding-words.tsv}. Only
 * named organisations count; the investor (the clause's subject) is never the funded firm.
 */
final class FundedFirms {

    private static final Map<String, Set<String>> WORDS = read();
    private static final Set<String> NOUN_LINKS = Set.of("nmod:in", "nmod:for", "nmod:to", "obl:in", "obl:for",
            "obl:to");
    /** How the parser hangs a closing speech frame on a funding noun ("a round in Y, the start-up said"). */
    private static final Set<String> FRAME_ON_NOUN = Set.of("acl:relcl", "acl", "dep", "parataxis");

    private final Function<Token, Entity> entityAt;

    /** One clause of funding: who funds (its named subjects) and the firms funded. */
    record Funding(List<Entity> funders, List<Entity> funded) {
    }

    FundedFirms(Function<Token, Entity> entityAt) {
        this.entityAt = entityAt;
    }

    /** The funding the main clause reports, or null when it reports none that names a funded organisation. */
    Funding funding(AnnotatedSentence sentence) {
        Token root = sentence.root();
        if (root == null) {
            return null;
        }
        Funding found = funding(sentence, root);
        if (found == null && CoreferenceWords.isSpeechVerb(root)) {
            for (Token child : sentence.children(root)) {
                String relation = DependencyWalk.relation(sentence, root, child);
                if (found == null && (relation.equals("ccomp") || relation.equals("parataxis")
                        || relation.equals("advcl") && child.index() < root.index())) {
                    found = funding(sentence, child);
                }
            }
        }
        return found;
    }

    /** Whether a noun names the one who funds ("the lender", "the investor": {@code funding-words.tsv} "funder"). */
    static boolean isFunderNoun(String noun) {
        return WORDS.getOrDefault(noun.toLowerCase(Locale.ROOT), Set.of()).contains("funder");
    }

    /** What one clause funds: its verb's "in" or "to", or its funding object's; never its own subject. */
    private Funding funding(AnnotatedSentence sentence, Token verb) {
        List<Entity> found = new ArrayList<>();
        if (!verb.pos().startsWith("VB")) {
            return null;
        }
        Set<String> how = WORDS.getOrDefault(lemma(verb), Set.of());
        List<Entity> investors = new ArrayList<>();
        Token fundingObject = null;
        for (Token child : sentence.children(verb)) {
            String relation = DependencyWalk.relation(sentence, verb, child);
            if (relation.startsWith("nsubj")) {
                add(investors, entityAt.apply(child));
            } else if (how.contains("in") && relation.equals("obl:in")
                    || how.contains("to") && (relation.equals("obl:to") || relation.equals("iobj"))) {
                add(found, entityAt.apply(child));
            } else if (relation.equals("obj") && !WORDS.getOrDefault(lemma(child), Set.of()).contains("noun")) {
                // "invested $12 million in Y": the parser may hang "in Y" on the sum
                for (Token part : sentence.children(child)) {
                    String link = DependencyWalk.relation(sentence, child, part);
                    if (how.contains("in") && link.equals("nmod:in") || how.contains("to") && link.equals("nmod:to")) {
                        add(found, entityAt.apply(part));
                    }
                }
            } else if (relation.equals("obj") && WORDS.getOrDefault(lemma(child), Set.of()).contains("noun")) {
                fundingObject = child;
                for (Token part : sentence.children(child)) {
                    if (NOUN_LINKS.contains(DependencyWalk.relation(sentence, child, part))) {
                        add(found, entityAt.apply(part));
                    }
                }
            }
        }
        if (fundingObject != null) {
            for (Token child : sentence.children(verb)) {
                if (NOUN_LINKS.contains(DependencyWalk.relation(sentence, verb, child))) {
                    add(found, entityAt.apply(child));
                }
            }
        }
        if (found.isEmpty() && !how.isEmpty()) {
            // "X lent $80m to Y, the company said": the parser often hangs "to Y" on the frame's "said"
            for (Token frame : sentence.children(verb)) {
                String relation = DependencyWalk.relation(sentence, verb, frame);
                if ((relation.equals("parataxis") || relation.equals("ccomp"))
                        && CoreferenceWords.isSpeechVerb(frame)) {
                    for (Token child : sentence.children(frame)) {
                        String link = DependencyWalk.relation(sentence, frame, child);
                        if (how.contains("in") && link.equals("obl:in")
                                || how.contains("to") && link.equals("obl:to")) {
                            add(found, entityAt.apply(child));
                        }
                    }
                }
            }
        }
        if (found.isEmpty() && fundingObject != null) {
            // "X joined a $40m funding round in Y, the start-up said": "said" hung on "round" (acl:relcl), "in Y" on it
            for (Token frame : sentence.children(fundingObject)) {
                if (FRAME_ON_NOUN.contains(DependencyWalk.relation(sentence, fundingObject, frame))
                        && CoreferenceWords.isSpeechVerb(frame)) {
                    for (Token child : sentence.children(frame)) {
                        if (NOUN_LINKS.contains(DependencyWalk.relation(sentence, frame, child))) {
                            add(found, entityAt.apply(child));
                        }
                    }
                }
            }
        }
        found.removeAll(investors);
        return found.isEmpty() ? null : new Funding(List.copyOf(investors), List.copyOf(found));
    }

    private static void add(List<Entity> entities, Entity entity) {
        if (Coreference.isOrganisation(entity) && !entities.contains(entity)) {
            entities.add(entity);
        }
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? token.text().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> words = new HashMap<>();
        for (ResourceTable.Row row : ResourceTable.rows("/org/newsgraph/extract/coref/funding-words.tsv", 2,
                "a lemma and in, to, noun or funder")) {
            String how = row.columns()[1].strip();
            if (!Set.of("in", "to", "noun", "funder").contains(how)) {
                throw row.problem("a lemma and in, to, noun or funder");
            }
            words.computeIfAbsent(row.columns()[0].strip(), w -> new HashSet<>()).add(how);
        }
        return Map.copyOf(words);
    }
}
