package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.extract.coref.PersonCoreference;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What the figure and relation readers need to know about an article's entities: which entity a token belongs to,
 * who "the company" is at each sentence, and dependency-graph navigation. Coreference ({@link Coreference}) answers
 * for pronouns and descriptions.
 */
public final class DocumentContext {

    /** Words that stand for an organisation: "it" and the nouns of "the company", "the carmaker"... */
    public static final Set<String> COMPANY_WORDS = companyWords();

    private static Set<String> companyWords() {
        Set<String> words = new HashSet<>(Coreference.organisationNouns());
        words.add("it");
        return Set.copyOf(words);
    }


    private final AnnotatedText doc;
    private final Coreference coreference;
    private final PersonCoreference people;

    public DocumentContext(AnnotatedText doc, List<Entity> entities) {
        this.doc = doc;
        this.coreference = new Coreference(doc, entities);
        this.people = new PersonCoreference(doc, entities, coreference);
    }

    /** The person "he", "her" or "the chief executive" stands for here, or null when unsure. */
    public Entity person(AnnotatedSentence sentence, Token token) {
        return people.resolve(sentence, token).map(Coreference.Resolution::entity).orElse(null);
    }

    /** The person "he", "her" or "the chief executive" stands for here, with the step that found it; else empty. */
    public Optional<Coreference.Resolution> personReferent(AnnotatedSentence sentence, Token token) {
        return people.resolve(sentence, token);
    }

    /** How sure the person resolution of "he", "her" or "the chief executive" here is, or null when there is none. */
    public Coreference.Confidence personLevel(AnnotatedSentence sentence, Token token) {
        return people.resolve(sentence, token).map(Coreference.Resolution::confidence).orElse(null);
    }

    /**
     * The organisation a referring word ("it", "its", "they", "the company") stands for by the article's coreference,
     * with how it was found; empty when coreference refused or had no candidate. Relations and figures read this one
     * answer.
     */
    public Optional<Coreference.Resolution> referent(AnnotatedSentence sentence, Token token) {
        return coreference.resolve(sentence, token);
    }

    /** Every organisation a plural ("they", "the two companies") stands for, in the article's order; else empty. */
    public List<Entity> group(AnnotatedSentence sentence, Token token) {
        return coreference.group(sentence, token);
    }

    /** The organisation "the company" refers to at the start of this sentence, or null. */
    public String company(int sentence) {
        Entity salient = coreference.salient(sentence);
        return salient == null ? null : salient.id();
    }

    /** Whether the article calls its topic organisation a maker ("X, Europe's biggest aircraft manufacturer"). */
    public boolean topicIsMaker() {
        return coreference.describedAsMaker(coreference.topic());
    }

    public String topic() {
        return coreference.topic() == null ? null : coreference.topic().id();
    }

    public Entity entityAt(Token token) {
        return coreference.entityAt(token);
    }

    Coreference coreference() {
        return coreference;
    }

    /** The entity a noun phrase headed by this token names: the token's own entity, its possessor, or "the company". */
    public Entity entityOfPhrase(AnnotatedSentence sentence, Token head, Map<String, Entity> byId) {
        Entity own = entityAt(head);
        if (own != null) {
            return own;
        }
        // "Granite Peak Partners, a US private equity firm that acquired ...": the firm is the name it stands beside.
        Token governor = sentence.head(head);
        if (governor != null && sentence.relationToHead(head).equals("appos") && entityAt(governor) != null) {
            return entityAt(governor);
        }
        for (Token child : sentence.children(head)) {
            String relation = sentence.relationToHead(child);
            if ((relation.equals("nmod:poss") || relation.equals("compound") || relation.equals("appos")
                    || relation.equals("dep"))
                    && entityAt(child) != null && entityAt(child).type() != EntityType.PLACE) {
                return entityAt(child);
            }
        }
        for (Token child : sentence.children(head)) {
            // "its Anatomical Pathology business": the organisation a name inside the phrase gives wins over its
            // owner, which the loop above reaches first when "its" comes before the name (s24-coref)
            if (sentence.relationToHead(child).equals("nmod:poss") && child.text().equalsIgnoreCase("its")) {
                return coreference.resolve(sentence, child).map(Coreference.Resolution::entity).orElse(null);
            }
        }
        return coreference.resolve(sentence, head).map(Coreference.Resolution::entity).orElse(null);
    }

    /**
     * How sure {@link #entityOfPhrase} is of the entity it gives for this phrase: null when the phrase names it (its
     * own token, a name beside it or inside it), else the confidence of the coreference resolution it rests on.
     */
    public Coreference.Confidence phraseLevel(AnnotatedSentence sentence, Token head) {
        if (entityAt(head) != null) {
            return null;
        }
        Token governor = sentence.head(head);
        if (governor != null && sentence.relationToHead(head).equals("appos") && entityAt(governor) != null) {
            return null;
        }
        for (Token child : sentence.children(head)) {
            String relation = sentence.relationToHead(child);
            if ((relation.equals("nmod:poss") || relation.equals("compound") || relation.equals("appos")
                    || relation.equals("dep"))
                    && entityAt(child) != null && entityAt(child).type() != EntityType.PLACE) {
                return null;
            }
            if (relation.equals("nmod:poss") && child.text().equalsIgnoreCase("its")) {
                return coreference.resolve(sentence, child).map(Coreference.Resolution::confidence).orElse(null);
            }
        }
        return coreference.resolve(sentence, head).map(Coreference.Resolution::confidence).orElse(null);
    }

    /**
     * The organisation "the cooperative" means in a sentence: the last one the article described with that noun
     * before ("Fenland Growers, a Cambridgeshire cooperative"), else "the company" of the sentence.
     */
    String described(int sentence, String noun) {
        Entity described = coreference.described(sentence, noun);
        return described != null ? described.id() : company(sentence);
    }

    boolean isCompanyWord(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (word.equals("it")) {
            return true;
        }
        return Coreference.isOrganisationNoun(word)
                && sentence.children(token).stream().anyMatch(c -> c.text().equalsIgnoreCase("the"));
    }

    /** The token and all below it in the dependency graph, each once. */
    static List<Token> subtree(AnnotatedSentence sentence, Token root) {
        return DependencyWalk.subtree(sentence, root);
    }

    AnnotatedText doc() {
        return doc;
    }
}
