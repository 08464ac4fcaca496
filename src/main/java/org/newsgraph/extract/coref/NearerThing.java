package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * When "it" stands for a thing the article has just named rather than for an organisation named further back, read
 * from the clause structure, not from any list of deals or products:
 * <ul>
 *   <li>{@link #objectThing}: an "it" that is no subject and no possessive ("regulators must approve it", "each own half
 *       of it", "would not restock it") takes the nearest singular noun before it that is a subject or object of
 *       another clause, in its sentence or the one before; when that is a thing ("Acme set up a car-finance venture.
 *       ... half of it") rather than an organisation, "it" is refused.</li>
 *   <li>{@link #predicateThing}: a subject "it" of a copula whose predicate is a common noun naming no organisation,
 *       person or role ("It is the largest mining deal this year", "it was a mistake") says what a thing is.</li>
 *   <li>{@link #introducedThing}: a subject "it" of a main clause (also of a reported clause put before its verb of
 *       saying: "It will save 90 million pounds, the haulier said") right after a sentence whose main clause has the
 *       organisation bring in a new singular thing as its object ("Acme launched its first folding phone. It will
 *       cost $1,499. The company hopes ..."), when the organisation is named again in full right after the pronoun:
 *       a writer who meant the organisation would have gone on with the pronoun.</li>
 * </ul>
 * Each gives the thing's word (the reason of a refusal), or null when the organisation may be meant.
 */
final class NearerThing {

    /** Relations of a clause's core arguments: what a later pronoun most readily continues. */
    private static final Set<String> CORE = Set.of("nsubj", "nsubj:pass", "obj", "iobj");
    /** Part-of-speech tags of a singular common noun. */
    private static final String SINGULAR_NOUN = "NN";

    private final AnnotatedText doc;
    private final Coreference coreference;

    NearerThing(AnnotatedText doc, Coreference coreference) {
        this.doc = doc;
        this.coreference = coreference;
    }

    /**
     * The thing an object or oblique "it" most likely stands for: going back from the pronoun over the core
     * arguments of the clauses of its sentence (not its own clause, whose subject and object it is not) and of the
     * sentence before, the first singular one. Plurals, people and pronouns other than "it" are passed over; an
     * organisation (named, or a description such as "the company"), an "it" or "its", or a named person ends the
     * search with null. Null too when the pronoun is a subject or possessive, or when no argument qualifies.
     */
    String objectThing(AnnotatedSentence sentence, Token pronoun) {
        String relation = sentence.relationToHead(pronoun);
        Token head = sentence.head(pronoun);
        if (head == null || relation.startsWith("nsubj") || relation.startsWith("nmod:poss")
                || relation.equals("expl") || !pronoun.text().equalsIgnoreCase("it")) {
            return null;
        }
        Token ownClause = relation.startsWith("nmod") ? sentence.head(head) : head;
        for (Candidate candidate : candidatesBefore(sentence, pronoun)) {
            AnnotatedSentence where = candidate.sentence();
            Token token = candidate.token();
            Token governor = where.head(token);
            if (where == sentence && governor != null && (governor.index() == head.index()
                    || ownClause != null && governor.index() == ownClause.index())) {
                continue; // its own clause's subject and object are not what it is
            }
            Verdict verdict = verdict(where, token);
            if (verdict != Verdict.PASS) {
                return verdict == Verdict.THING ? token.text() : null;
            }
        }
        return null;
    }

    /**
     * The predicate noun a subject "it" of a copula stands in front of ("It is the largest mining deal"), when that
     * noun is a common noun naming no organisation (organisation-nouns.txt or WordNet), no person or role (WordNet,
     * person titles) and no named entity; else null.
     */
    String predicateThing(AnnotatedSentence sentence, Token pronoun) {
        Token predicate = sentence.head(pronoun);
        if (predicate == null || !sentence.relationToHead(pronoun).equals("nsubj")
                || !pronoun.text().equalsIgnoreCase("it") || !predicate.pos().startsWith("NN")
                || predicate.pos().startsWith("NNP") || sentence.children(predicate).stream()
                        .noneMatch(c -> DependencyWalk.relation(sentence, predicate, c).equals("cop"))) {
            return null;
        }
        return isThing(predicate) ? predicate.text() : null;
    }

    /**
     * The thing a subject "it" most likely stands for when the sentence before brought it in: the pronoun is the
     * subject of its sentence's main clause ({@link #mainOrFrontedReport}), first of its subjects, under a verb that
     * is no verb of saying; the
     * sentence before has a named organisation as its main-clause subject and, as its main verb's object, a singular
     * common noun naming a thing that is new to the article ("a plan", "a contract", "its first folding phone",
     * "its 500th shop": an indefinite article or a possessive); and the organisation is named again in full right
     * after the pronoun, by its name or a describing noun that fits it ("the company", "the chain's"), later in the
     * pronoun's sentence or as the subject of the next sentence's main clause. Centering: a writer who went on about
     * the organisation would have kept the pronoun for it ("Acme launched a phone. It also cut 300 jobs."). Returns
     * the thing's word, or null.
     */
    String introducedThing(AnnotatedSentence sentence, Token pronoun) {
        Token verb = sentence.head(pronoun);
        if (sentence.index() == 0 || verb == null || !pronoun.text().equalsIgnoreCase("it")
                || !sentence.relationToHead(pronoun).startsWith("nsubj")
                || !mainOrFrontedReport(sentence, verb) || Coreference.isSpeechVerb(verb)
                || sentence.tokens().stream().anyMatch(t -> t.index() < pronoun.index()
                        && sentence.relationToHead(t).startsWith("nsubj"))) {
            return null;
        }
        AnnotatedSentence previous = doc.sentences().get(sentence.index() - 1);
        Entity organisation = coreference.mainSubject(previous);
        Token thing = newObject(previous, organisation);
        if (organisation == null || thing == null) {
            return null;
        }
        boolean againHere = sentence.tokens().stream().anyMatch(t -> t.index() > pronoun.index()
                && namesAgain(sentence, t, organisation));
        boolean againNext = sentence.index() + 1 < doc.sentences().size()
                && namesAgain(doc.sentences().get(sentence.index() + 1),
                        Coreference.mainSubjectToken(doc.sentences().get(sentence.index() + 1)), organisation);
        return againHere || againNext ? thing.text() : null;
    }

    /**
     * Whether a verb heads its sentence's main clause, or a reported clause put before the verb of saying it hangs
     * on ("It will save 90 million pounds a year, the haulier said"): CoreNLP makes the verb of saying the root there
     * (the reported clause its ccomp) where with other words it makes it a parataxis of the reported verb, and the
     * writer's clause is the same main clause either way.
     */
    private static boolean mainOrFrontedReport(AnnotatedSentence sentence, Token verb) {
        if (sentence.relationToHead(verb).equals("root")) {
            return true;
        }
        Token saying = sentence.head(verb);
        return saying != null && sentence.relationToHead(verb).equals("ccomp")
                && sentence.relationToHead(saying).equals("root") && Coreference.isSpeechVerb(saying)
                && saying.index() > verb.index();
    }

    /**
     * The main verb's object of a sentence when it is a singular common noun naming a thing and new to the article:
     * an indefinite article ("a plan") or a possessive pronoun or the organisation's possessive ("its first phone");
     * else null.
     */
    private Token newObject(AnnotatedSentence sentence, Entity organisation) {
        for (Token root : sentence.tokens()) {
            if (!sentence.relationToHead(root).equals("root")) {
                continue;
            }
            for (Token object : sentence.children(root)) {
                if (!DependencyWalk.relation(sentence, root, object).equals("obj")
                        || !object.pos().equals(SINGULAR_NOUN) || coreference.entityAt(object) != null
                        || coreference.isReferring(sentence, object) || !isThing(object)) {
                    continue;
                }
                for (Token child : sentence.children(object)) {
                    String relation = DependencyWalk.relation(sentence, object, child);
                    String word = child.text().toLowerCase(Locale.ROOT);
                    if (relation.equals("det") && (word.equals("a") || word.equals("an"))
                            || relation.equals("nmod:poss") && (child.pos().equals("PRP$")
                                    || organisation != null && organisation.equals(coreference.entityAt(child)))) {
                        return object;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether a token names the organisation in full: part of its name, or a describing noun ("the company", "the
     * chain's") that fits it; a pronoun does not.
     */
    private boolean namesAgain(AnnotatedSentence sentence, Token token, Entity organisation) {
        if (token == null) {
            return false;
        }
        if (organisation.equals(coreference.entityAt(token))) {
            return true;
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        return coreference.entityAt(token) == null && !word.equals("it") && !word.equals("its")
                && coreference.isReferring(sentence, token) && coreference.fits(organisation, word, sentence.index());
    }

    /** What a core argument says of an object "it": the thing it is, pass it over, or stop (may be the firm). */
    private enum Verdict { THING, PASS, STOP }

    private Verdict verdict(AnnotatedSentence sentence, Token token) {
        Entity entity = coreference.entityAt(token);
        String word = token.text().toLowerCase(Locale.ROOT);
        if (entity != null) {
            // an organisation or a person may be what "it" (a firm) continues; a named product or place is a thing
            return Coreference.isOrganisation(entity) || entity.type() == EntityType.PERSON ? Verdict.STOP
                    : Verdict.THING;
        }
        if (word.equals("it") || word.equals("its")) {
            return Verdict.STOP;
        }
        if (!token.pos().equals(SINGULAR_NOUN)) {
            return Verdict.PASS; // a plural, another pronoun, a number: not what a singular "it" continues
        }
        if (coreference.isReferring(sentence, token)) {
            return Verdict.STOP; // "the company": an organisation
        }
        return isThing(token) ? Verdict.THING : Verdict.PASS;
    }

    /** Whether a common noun names a thing: no named entity, no organisation noun, no person, title or role. */
    private static boolean isThing(Token noun) {
        String word = noun.text().toLowerCase(Locale.ROOT);
        String lemma = noun.lemma() == null ? word : noun.lemma().toLowerCase(Locale.ROOT);
        Lexicon lexicon = Lexicon.shared();
        return "O".equals(noun.ner()) && Character.isLetter(word.charAt(0))
                && !CoreferenceWords.isDescribingNoun(lemma) && !CoreferenceWords.isOrganisationNoun(lemma)
                && !PersonCoreference.isTitleNoun(word) && !lexicon.isPerson(lemma) && !lexicon.isOrganisation(lemma);
    }

    private record Candidate(AnnotatedSentence sentence, Token token) {
    }

    /** The core arguments before the pronoun in its sentence, then in the sentence before, nearest first. */
    private List<Candidate> candidatesBefore(AnnotatedSentence sentence, Token pronoun) {
        List<Candidate> found = new ArrayList<>();
        addArguments(found, sentence, pronoun.index());
        if (sentence.index() > 0) {
            AnnotatedSentence previous = doc.sentences().get(sentence.index() - 1);
            addArguments(found, previous, Integer.MAX_VALUE);
        }
        return found;
    }

    private static void addArguments(List<Candidate> found, AnnotatedSentence sentence, int before) {
        List<Token> tokens = sentence.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.index() < before && CORE.contains(sentence.relationToHead(token))) {
                found.add(new Candidate(sentence, token));
            }
        }
    }
}
