package org.newsgraph.extract.coref;

import static org.newsgraph.extract.coref.Coreference.isOrganisation;
import static org.newsgraph.extract.coref.Coreference.isSpeechVerb;
import static org.newsgraph.extract.coref.Coreference.isOrganisationNoun;
import static org.newsgraph.extract.coref.Coreference.firstOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether "it" or "its" stands for a thing rather than an organisation: the singular thing the sentence before was
 * about ("The first model will be the X5. It goes on sale ..."), the thing or named product or place a clause above
 * the pronoun is about ("The A380 will be the largest airliner when it enters service"), or nothing at all
 * ("It is clear that ...": {@link #extraposedBy}).
 */
final class ThingReference {

    /** Tags of a singular common noun: the thing a sentence may be about instead of an organisation. */
    private static final Set<String> THING_TAGS = Set.of("NN");

    private final AnnotatedText doc;
    private final Coreference coreference;

    ThingReference(AnnotatedText doc, Coreference coreference) {
        this.doc = doc;
        this.coreference = coreference;
    }

    private Entity entityAt(Token token) {
        return coreference.entityAt(token);
    }

    private Entity mainSubject(AnnotatedSentence sentence) {
        return coreference.mainSubject(sentence);
    }

    /**
     * What "it" as a clause's subject stands for when the sentence before has a thing as the subject of its main
     * clause ("The first model will be the X5. It goes on sale in May."): a subject pronoun continues the previous
     * sentence's subject, so when that is a singular noun naming no organisation or person, "it" is most likely that
     * thing, not the organisation named further back. Returns the thing's words, or null when the pronoun is no
     * subject, speaks (things do not say: "It said"), comes after another subject in its sentence, or the subject
     * before is an organisation, a person, a title, a pronoun or a plural.
     */
    String thingBefore(AnnotatedSentence sentence, Token pronoun) {
        Token verb = sentence.head(pronoun);
        if (sentence.index() == 0 || verb == null || !sentence.relationToHead(pronoun).startsWith("nsubj")
                || isSpeechVerb(verb)) {
            return null;
        }
        for (Token before : sentence.tokens()) {
            if (before.index() < pronoun.index() && sentence.relationToHead(before).startsWith("nsubj")) {
                return null;
            }
        }
        AnnotatedSentence previous = doc.sentences().get(sentence.index() - 1);
        Token subject = Coreference.mainSubjectToken(previous);
        if (subject == null || !THING_TAGS.contains(subject.pos()) || !"O".equals(subject.ner())
                || mainSubject(previous) != null || isOrganisationNoun(subject.text())
                || previous.children(subject).stream().anyMatch(c -> entityAt(c) != null
                        || c.pos().startsWith("PRP"))) {
            return null;
        }
        return subject.text();
    }

    /**
     * What "it" or "its" stands for when the nearest clause above it has a thing as its subject before it ("The plane
     * left an hour after its scheduled departure", "The A380 will be the largest airliner when it enters service", "the
     * airport, which has had incidents since it opened"): that thing, most likely, not the organisation of an earlier
     * sentence. Returns the thing's words, or null when that subject is an organisation or its possessor is one, a
     * person, a title, a pronoun or a plural, when an organisation is named in its phrase or between it and the
     * pronoun ("The deal gives Acme its first plant"), when the pronoun is part of the subject of its own clause ("The
     * news comes as its parent company ...": the subject of a clause above is no longer what the pronoun is in), or
     * when no clause above has a subject before the pronoun. A thing is a product or place named ("The A380 ... its
     * development", "Japan raised its rates"), or for "it" (not "its") a singular common noun naming nothing (as {@link
     * #thingBefore}): measured on the MEANTIME tuning half, a possessive under an abstract subject is often the
     * organisation ("This move comes after delays to its airliner").
     */
    String thingAbove(AnnotatedSentence sentence, Token pronoun) {
        List<Token> above = DependencyWalk.ancestors(sentence, pronoun);
        for (Token clause : above) {
            Token subject = null;
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("nsubj")
                        && child.index() != pronoun.index()) {
                    subject = child;
                }
            }
            if (subject != null && above.contains(subject)) {
                // "The A380, known during its development as ...": a named thing's own modifier speaks of it
                return namedThing(sentence, subject)
                        && noOrganisationBetween(sentence, subject.index() + 1, pronoun) ? subject.text() : null;
            }
            if (subject == null || subject.index() > pronoun.index()) {
                continue;
            }
            if (subject.pos().equals("WDT") && sentence.relationToHead(clause).startsWith("acl")) {
                subject = sentence.head(clause);
                if (subject == null) {
                    continue; // a parse whose acl clause has no head (FigureContextPropertyTest's random graphs)
                }
            }
            Token thing = subject;
            Entity named = entityAt(thing);
            boolean namedThing = namedThing(sentence, thing);
            boolean commonThing = named == null && !namedThing && THING_TAGS.contains(thing.pos()) && "O".equals(thing.ner())
                    && !isOrganisationNoun(thing.text()) && !PersonCoreference.isTitleNoun(thing.text())
                    && sentence.children(thing).stream().noneMatch(c -> entityAt(c) != null
                            || c.pos().startsWith("PRP"));
            boolean possessive = sentence.relationToHead(pronoun).startsWith("nmod:poss");
            if (!namedThing && !(commonThing && !possessive)) {
                return null;
            }
            // a named product's maker in its own phrase is not what the pronoun is about ("Boeing's 787 made its ...")
            int from = namedThing ? thing.index() + 1 : firstOf(sentence, thing);
            return noOrganisationBetween(sentence, from, pronoun) ? thing.text() : null;
        }
        return null;
    }

    /**
     * Whether an organisation possesses or modifies a subject that is a named product ("Boeing's newest aircraft, the
     * 787, made its first flight"): the product, not its maker, is what the clause and its pronouns are about.
     */
    boolean makerOfNamedThing(AnnotatedSentence sentence, Token name) {
        Token head = sentence.head(name);
        String relation = sentence.relationToHead(name);
        return head != null && (relation.equals("nmod:poss") || relation.equals("compound"))
                && entityAt(head) != entityAt(name) && sentence.relationToHead(head).startsWith("nsubj")
                && namedThing(sentence, head);
    }

    /**
     * Whether a noun is, or stands in apposition to, a named product or place ("The A380", "the world's largest
     * airliner, the A380"): a thing that "it" and "its" may stand for.
     */
    private boolean namedThing(AnnotatedSentence sentence, Token noun) {
        Entity named = entityAt(noun);
        if (named == null) {
            named = sentence.children(noun).stream()
                    .filter(c -> DependencyWalk.relation(sentence, noun, c).equals("appos"))
                    .map(this::entityAt).filter(e -> e != null).findFirst().orElse(null);
        }
        return named != null && (named.type() == EntityType.PRODUCT || named.type() == EntityType.PLACE);
    }

    /**
     * Whether no organisation is named from a token on up to the pronoun ("The deal gives Acme its first plant" names
     * one), leaving aside an organisation that only modifies another name ("the Acme X5").
     */
    private boolean noOrganisationBetween(AnnotatedSentence sentence, int from, Token pronoun) {
        for (Token between : sentence.tokens()) {
            if (between.index() >= from && between.index() < pronoun.index() && isOrganisation(entityAt(between))
                    && !modifiesName(sentence, between)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a compound modifier of a proper name that is no organisation ("the Airbus A3XX"). */
    private boolean modifiesName(AnnotatedSentence sentence, Token token) {
        Token head = sentence.head(token);
        return head != null && sentence.relationToHead(token).equals("compound") && head.pos().startsWith("NNP")
                && !isOrganisation(entityAt(head));
    }

    /**
     * The predicate an empty subject "it" stands in front of ("It is clear that ...", "It is expected that ...", "when
     * it became clear that ..."): the pronoun is the subject of an adjective or participle of {@code
     * extraposition-predicates.txt}, or of a verb with such an adjective as its complement, and that predicate has a
     * finite clause ({@code ccomp}) after the pronoun. Returns the predicate's word, or null.
     */
    static String extraposedBy(AnnotatedSentence sentence, Token pronoun) {
        Token head = sentence.head(pronoun);
        if (head == null || !sentence.relationToHead(pronoun).startsWith("nsubj")) {
            return null;
        }
        List<Token> predicates = new ArrayList<>();
        predicates.add(head);
        for (Token child : sentence.children(head)) {
            if (DependencyWalk.relation(sentence, head, child).equals("xcomp") && child.pos().startsWith("JJ")) {
                predicates.add(child); // "it became clear that ..."
            }
        }
        for (Token predicate : predicates) {
            String lemma = (predicate.lemma() == null ? predicate.text() : predicate.lemma()).toLowerCase(Locale.ROOT);
            boolean fits = predicate.pos().startsWith("JJ") || predicate.pos().equals("VBN");
            // the list holds participles as written ("expected"), whose lemma is the verb
            if (!fits || !CoreferenceWords.isExtraposing(lemma)
                    && !CoreferenceWords.isExtraposing(predicate.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Token child : sentence.children(predicate)) {
                if (child.index() > pronoun.index()
                        && DependencyWalk.relation(sentence, predicate, child).equals("ccomp")) {
                    return predicate.text();
                }
            }
        }
        return null;
    }
}
