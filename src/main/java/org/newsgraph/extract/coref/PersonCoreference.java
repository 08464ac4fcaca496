package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Which person "he", "she", "his", "her" or "the chief executive" stand for in an article, from the article's own
 * named people and its parse. Bounded: a pronoun looks back at most {@link #REACH} sentences, and every walk up the
 * tree goes through {@link DependencyWalk}. The order, first answer wins:
 * <ol>
 *   <li>{@code described}: a title noun with "the" or an organisation's possessive ("the chief executive", "the
 *       chairman", "Acme's founder", "its chairman", "the company's founder") means the one person the article gave
 *       that title before ("CEO Jane Marlow", "Jane Marlow, the chief executive"), at that organisation when the
 *       reference names or stands for one ("Acme CEO Jane Marlow", "Jo Lind, its chairman"); two people so titled
 *       (two firms' chief executives, or an old and a new one) give no answer.</li>
 *   <li>{@code same-sentence}: a person named earlier in the same sentence as the subject of a clause above the
 *       pronoun ("Marlow said she would ...", "Marlow resigned from her post", "The chief executive said he would
 *       ...": a title resolved as above is its person), else the only person named earlier in the sentence.</li>
 *   <li>{@code previous-subject}: the nearest sentence before that names a person whose gender agrees: its
 *       main-clause subject if that is such a person of known gender, else the only such person it names.</li>
 * </ol>
 * Pronouns are resolved once, in document order, and a resolved one counts as a mention of its person for the
 * pronouns after it ("Marlow left in 1985. One year later she founded Acme. In 1986 she bought Beta.").
 * Gender comes from an honorific ("Mr", "Mrs", "Ms") before a mention, else from a first name general knowledge
 * genders ({@link FirstNames}: "Mary", not "Jamie"), else from the pronouns that follow a sentence naming that person
 * alone. A pronoun whose gender disagrees with a person's is never given that
 * person; unknown gender agrees with both. Several candidates and no subject among them: no answer.
 */
public final class PersonCoreference {

    /** How many sentences back a pronoun looks for its person. */
    static final int REACH = 3;

    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE_WORDS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_WORDS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss");
    /** Title nouns that "the ..." may use for a person the article introduced with that title. */
    private static final Set<String> TITLE_NOUNS = Set.of("ceo", "cfo", "coo", "cto", "executive", "chairman",
            "chairwoman", "chairperson", "chair", "president", "founder", "co-founder", "director", "officer", "boss",
            "chief", "head", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "governor");
    /** Title nouns that say little alone and keep the word before them: "finance officer", "prime minister". */
    private static final Set<String> QUALIFIED_TITLES = Set.of("executive", "officer", "minister", "secretary");

    private record Mention(int sentence, int token, Entity person) {
    }

    /**
     * A title the article gave a person, with the word of its phrase that names or stands for the organisation it is
     * held at ("Acme" of "Acme CEO Jane Marlow", "its" of "Jo Lind, its chairman"), or null when the phrase has none.
     */
    private record Title(int sentence, String noun, Entity person, AnnotatedSentence ownerSentence, Token owner) {
    }

    /** Relations by which an organisation's word hangs on a title ("Acme CEO", "Acme's chairman", "head of Acme"). */
    private static final Set<String> HELD_AT = Set.of("compound", "nmod:poss", "nmod:of", "nmod:at", "nmod:for");

    private final AnnotatedText doc;
    private final Map<Integer, Entity> personByToken = new HashMap<>();
    /** The article's quotations: a speaker's "he" is someone else, and whom a speaker names is not the speaker. */
    private final Quotations quotes;
    /** The people the story lets speak unnamed ("a spokesman for Acme said"), whom a later "he" may stand for. */
    private final UnnamedSpeakers unnamedSpeakers = new UnnamedSpeakers(this::personAt);
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Title> titles = new ArrayList<>();
    private final Map<Entity, Gender> genders = new HashMap<>();
    /** Pronouns already resolved, in document order: a later "he" may lean on an earlier one ("... he founded X"). */
    private final Map<Integer, Coreference.Resolution> resolved = new HashMap<>();
    /**
     * Title references ("the chairman") read with the named people's titles before the pronouns: the subject a later
     * "he" leans on. Asked again, a title is resolved anew, with every title and its organisation known.
     */
    private final Map<Integer, Coreference.Resolution> titleReferences = new HashMap<>();
    private final List<Entity> entities;
    /** Which organisation "its" or "the company's" of a title stands for; made when first asked, if not given. */
    private Coreference organisations;
    /** Off while the constructor reads the article, and while an owner word is being resolved: no nesting. */
    private boolean ownersReadable;

    public PersonCoreference(AnnotatedText doc, List<Entity> entities) {
        this(doc, entities, null);
    }

    /**
     * Resolves with the given organisation coreference for a title's "its" or "the company's" (null: one is made from
     * the same article when first needed).
     */
    public PersonCoreference(AnnotatedText doc, List<Entity> entities, Coreference organisations) {
        this.doc = doc;
        this.entities = List.copyOf(entities);
        this.organisations = organisations;
        this.quotes = new Quotations(doc);
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (Span mention : entity.mentions()) {
                if (mention.sentence() < 0 || mention.sentence() >= doc.sentences().size()) {
                    continue;
                }
                AnnotatedSentence sentence = doc.sentences().get(mention.sentence());
                List<Token> tokens = sentence.tokensIn(mention.start(), mention.end());
                tokens.forEach(t -> personByToken.put(t.index(), entity));
                if (!tokens.isEmpty()) {
                    mentions.add(new Mention(mention.sentence(), tokens.get(tokens.size() - 1).index(), entity));
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::token));
        readGenders();
        // the titles of named people first: "The chief executive said he would ..." leans on the title's person
        for (AnnotatedSentence sentence : doc.sentences()) {
            readTitles(sentence);
        }
        for (AnnotatedSentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                if (isPersonPronoun(token.text()) || titleReference(sentence, token)) {
                    boolean pronoun = isPersonPronoun(token.text());
                    Optional<Coreference.Resolution> resolution = resolve(sentence, token);
                    resolution.ifPresent(r -> {
                        (pronoun ? resolved : titleReferences).put(token.index(), r);
                        mentions.add(new Mention(sentence.index(), token.index(), r.entity()));
                    });
                }
            }
        }
        // again after the pronouns: "She is the head of product development" gives the title to whom "she" stands for
        titles.clear();
        for (AnnotatedSentence sentence : doc.sentences()) {
            readTitles(sentence);
        }
        ownersReadable = true;
    }

    /** The person a token is part of the name of, or null. */
    public Entity personAt(Token token) {
        return personByToken.get(token.index());
    }

    /** The person a token names or, for a pronoun resolved before, stands for; or null. */
    private Entity personOf(Token token) {
        Entity named = personAt(token);
        if (named != null) {
            return named;
        }
        Coreference.Resolution resolution = resolved.getOrDefault(token.index(), titleReferences.get(token.index()));
        return resolution == null ? null : resolution.entity();
    }

    /** Whether a word is a title noun ("CEO", "chairman", "spokesman") a person may be named or referred to by. */
    public static boolean isTitleNoun(String word) {
        return TITLE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word is a third-person singular personal pronoun ("he", "her"...). */
    public static boolean isPersonPronoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return MALE_WORDS.contains(lower) || FEMALE_WORDS.contains(lower);
    }

    /** The person a pronoun or a title description stands for, with the step that found it; empty when unsure. */
    public Optional<Coreference.Resolution> resolve(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (personAt(token) != null) {
            return Optional.empty();
        }
        if (resolved.containsKey(token.index())) {
            return Optional.of(resolved.get(token.index()));
        }
        Entity beside = TITLE_NOUNS.contains(word) && token.pos().startsWith("NN") ? besideName(sentence, token)
                : null;
        if (beside != null && definite(sentence, token)) {
            return Optional.of(new Coreference.Resolution(beside, "described"));
        }
        if (titleReference(sentence, token)) {
            Entity titled = titled(sentence, token);
            if (titled == null && bareTitle(sentence, token)) {
                titled = onlyTitled(sentence.index(), word);
            }
            return Optional.ofNullable(titled).map(p -> new Coreference.Resolution(p, "described"));
        }
        Gender gender = MALE_WORDS.contains(word) ? Gender.MALE : FEMALE_WORDS.contains(word) ? Gender.FEMALE : null;
        if (gender == null) {
            return Optional.empty();
        }
        Set<Integer> attributed = attributedQuotes(sentence, token);
        Entity speaker = quoteSpeaker(sentence, token);
        Entity same = sameSentence(sentence, token, gender, attributed, speaker);
        if (same != null) {
            return Optional.of(new Coreference.Resolution(same, "same-sentence"));
        }
        if (unnamedSpeaker(sentence, token, gender, attributed, speaker) != null) {
            return Optional.empty();
        }
        for (int back = 1; back <= REACH && sentence.index() - back >= 0; back++) {
            AnnotatedSentence before = doc.sentences().get(sentence.index() - back);
            Set<Entity> named = agreeing(before, Integer.MAX_VALUE, gender, attributed);
            named.remove(speaker);
            if (named.isEmpty()) {
                continue;
            }
            Entity subject = mainSubject(before);
            if (subject != null && named.contains(subject)) {
                // a subject of unknown gender beside another person who may be meant is a guess: no answer
                return gender(subject) != Gender.UNKNOWN || named.size() == 1
                        ? Optional.of(new Coreference.Resolution(subject, "previous-subject")) : Optional.empty();
            }
            return named.size() == 1
                    ? Optional.of(new Coreference.Resolution(named.iterator().next(), "previous-subject"))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** A noun for a person the story lets speak without naming them, in its sentence ("a spokesman for Acme"). */
    public record UnnamedSpeaker(AnnotatedSentence sentence, Token noun) {
    }

    /**
     * The unnamed speaker a "he" or "she" outside quotation marks stands for ("A spokesman for Acme said ... 'We will
     * bid again,' he added": {@link UnnamedSpeakers}), or empty when the pronoun stands for a named person or for
     * nobody the story lets speak. Such a pronoun has no person ({@link #resolve} gives none); its speaker may still
     * speak for an organisation ({@link Speakers}).
     */
    public Optional<UnnamedSpeaker> unnamedSpeaker(AnnotatedSentence sentence, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        Gender gender = MALE_WORDS.contains(word) ? Gender.MALE : FEMALE_WORDS.contains(word) ? Gender.FEMALE : null;
        if (gender == null || personAt(token) != null || resolved.containsKey(token.index())) {
            return Optional.empty();
        }
        Set<Integer> attributed = attributedQuotes(sentence, token);
        Entity speaker = quoteSpeaker(sentence, token);
        if (sameSentence(sentence, token, gender, attributed, speaker) != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(unnamedSpeaker(sentence, token, gender, attributed, speaker));
    }

    /**
     * The unnamed speaker of the pronoun's gender ({@link UnnamedSpeakers}) the story names after every person of that
     * gender, in the pronoun's sentence before it or in the nearest sentence before that names either, up to
     * {@link #REACH} back; null for a pronoun inside quotation marks (a speaker calls himself "I") or when a named
     * person comes nearer.
     */
    private UnnamedSpeaker unnamedSpeaker(AnnotatedSentence sentence, Token pronoun, Gender gender,
            Set<Integer> attributed, Entity speaker) {
        if (quotes.numberOf(pronoun) != null) {
            return null;
        }
        for (int back = 0; back <= REACH && sentence.index() - back >= 0; back++) {
            AnnotatedSentence before = doc.sentences().get(sentence.index() - back);
            int upTo = back == 0 ? pronoun.index() : Integer.MAX_VALUE;
            Token unnamed = unnamedSpeakers.lastBefore(before, upTo, gender);
            int named = -1;
            for (Mention mention : mentions) {
                if (mention.sentence() == before.index() && mention.token() < upTo
                        && agrees(gender(mention.person()), gender) && !mention.person().equals(speaker)
                        && !inQuote(attributed, mention.token())) {
                    named = Math.max(named, mention.token());
                }
            }
            if (unnamed != null && named < unnamed.index()) {
                return new UnnamedSpeaker(before, unnamed);
            }
            if (named >= 0) {
                return null;
            }
        }
        return null;
    }

    private boolean inQuote(Set<Integer> quoted, int token) {
        Integer quote = quotes.numberAt(token);
        return quote != null && quoted.contains(quote);
    }

    /**
     * The quotations a pronoun attributes as the subject of their verb of saying ("...," she stated): the people its
     * speaker names inside them are whom the speaker talks about, not the speaker ("... the President can do ...,"
     * she stated: MEANTIME tuning 114613, where "she" was the President).
     */
    private Set<Integer> attributedQuotes(AnnotatedSentence sentence, Token pronoun) {
        Token verb = sentence.head(pronoun);
        if (verb == null || !sentence.relationToHead(pronoun).startsWith("nsubj")
                || !CoreferenceWords.isSpeechVerb(verb) || quotes.numberOf(pronoun) != null) {
            return Set.of();
        }
        Set<Integer> found = new java.util.HashSet<>();
        for (int q = 0; quotes.exists(q); q++) {
            Token attribution = quotes.attribution(q);
            if (attribution != null && attribution.index() == verb.index()) {
                found.add(q);
            }
        }
        return found;
    }

    /**
     * The person who speaks the quotation a pronoun stands in: the named or already resolved subject of the verb of
     * saying the quoted clause hangs on, or of the quotation's attribution; null outside quotation marks. A speaker
     * calls himself "I": "he" in his words is someone else ("... bold enough to believe he could change the world,"
     * Obama said of Jobs: MEANTIME tuning 287096).
     */
    private Entity quoteSpeaker(AnnotatedSentence sentence, Token pronoun) {
        Integer quote = quotes.numberOf(pronoun);
        if (quote == null) {
            return null;
        }
        for (Token clause : DependencyWalk.ancestors(sentence, pronoun)) {
            Token governor = sentence.head(clause);
            if (governor != null && sentence.relationToHead(clause).startsWith("ccomp")
                    && CoreferenceWords.isSpeechVerb(governor) && quotes.numberOf(governor) == null) {
                return subjectPerson(sentence, governor);
            }
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("parataxis")
                        && CoreferenceWords.isSpeechVerb(child) && quotes.numberOf(child) == null) {
                    return subjectPerson(sentence, child);
                }
            }
        }
        Token verb = quotes.attribution(quote);
        return verb == null ? null : subjectPerson(doc.sentences().get(verb.sentence()), verb);
    }

    /** The person a verb's subject names or was resolved to, or null. */
    private Entity subjectPerson(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj")) {
                return personOf(child);
            }
        }
        return null;
    }

    /** The gender the article gives a person: honorific first, else the pronouns that follow it alone. */
    Gender gender(Entity person) {
        return genders.getOrDefault(person, Gender.UNKNOWN);
    }

    private Entity sameSentence(AnnotatedSentence sentence, Token pronoun, Gender gender, Set<Integer> attributed,
            Entity speaker) {
        Set<Entity> before = agreeing(sentence, pronoun.index(), gender, attributed);
        before.remove(ownClauseSubject(sentence, pronoun));
        before.remove(speaker);
        if (before.isEmpty()) {
            return null;
        }
        for (Token above : DependencyWalk.ancestors(sentence, pronoun)) {
            for (Token child : sentence.children(above)) {
                Entity person = personOf(child);
                if (person != null && child.index() < pronoun.index() && before.contains(person)
                        && DependencyWalk.relation(sentence, above, child).startsWith("nsubj")) {
                    return person;
                }
            }
        }
        return before.size() == 1 ? before.iterator().next() : null;
    }

    /**
     * The subject of the clause an object pronoun belongs to, which it never stands for ("Reed succeeded her": not
     * Reed); null for a possessive ("Marlow resigned from her post" may be Marlow's) or a subject.
     */
    private Entity ownClauseSubject(AnnotatedSentence sentence, Token pronoun) {
        String relation = sentence.relationToHead(pronoun);
        Token head = sentence.head(pronoun);
        if (head == null || relation.startsWith("nmod:poss") || relation.startsWith("nsubj")) {
            return null;
        }
        for (Token child : sentence.children(head)) {
            if (sentence.relationToHead(child).startsWith("nsubj") && personOf(child) != null) {
                return personOf(child);
            }
        }
        return null;
    }

    /** The people a sentence names before a token index whose gender agrees, in order of mention. */
    private Set<Entity> agreeing(AnnotatedSentence sentence, int beforeToken, Gender gender) {
        return agreeing(sentence, beforeToken, gender, Set.of());
    }

    /** {@link #agreeing}, passing over the people named inside the given quotations. */
    private Set<Entity> agreeing(AnnotatedSentence sentence, int beforeToken, Gender gender, Set<Integer> quoted) {
        Set<Entity> found = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            if (mention.sentence() == sentence.index() && mention.token() < beforeToken
                    && agrees(gender(mention.person()), gender) && !inQuote(quoted, mention.token())) {
                found.add(mention.person());
            }
        }
        return found;
    }

    private static boolean agrees(Gender known, Gender wanted) {
        return known == Gender.UNKNOWN || wanted == Gender.UNKNOWN || known == wanted;
    }

    /** The person named as the subject of the sentence's main clause (or a clause conjoined with it), or null. */
    private Entity mainSubject(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            Entity person = personOf(token);
            if (person == null) {
                continue;
            }
            String relation = sentence.relationToHead(token);
            Token head = sentence.head(token);
            if (relation.startsWith("nsubj") && head != null) {
                String headRelation = sentence.relationToHead(head);
                if (headRelation.equals("root") || headRelation.startsWith("conj")) {
                    return person;
                }
            }
        }
        return null;
    }

    /**
     * A title noun in one spelling per title: "chief executive", "chief executive officer", "CEO" and "boss" alike, "chairwoman" and "chair"
     * alike, "spokesman" and "spokeswoman" alike; a bare "executive", "officer", "minister" or "secretary" keeps the
     * word before it ("finance officer", "prime minister"), so "the minister" alone takes nobody.
     */
    private static String title(AnnotatedSentence sentence, Token token) {
        String noun = token.text().toLowerCase(Locale.ROOT);
        int position = token.index() - sentence.tokens().get(0).index();
        String before = position > 0 ? sentence.tokens().get(position - 1).text().toLowerCase(Locale.ROOT) : "";
        if (noun.equals("ceo") || noun.equals("executive") && before.equals("chief")
                || noun.equals("officer") && before.equals("executive")) {
            return "ceo";
        }
        if (noun.startsWith("chair")) {
            return "chair";
        }
        if (noun.equals("boss")) {
            return "ceo";
        }
        if (noun.startsWith("spokes")) {
            return "spokesperson";
        }
        return QUALIFIED_TITLES.contains(noun) ? before + " " + noun : noun;
    }

    private static boolean hasCopula(AnnotatedSentence sentence, Token token) {
        return sentence.children(token).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, token, c).equals("cop"));
    }

    private static boolean hasDefiniteArticle(AnnotatedSentence sentence, Token token) {
        return sentence.children(token).stream().anyMatch(c -> c.text().equalsIgnoreCase("the")
                && DependencyWalk.relation(sentence, token, c).startsWith("det"));
    }

    /**
     * Whether a title that keeps the word before it stands alone after "the" ("the minister", "the secretary"): no
     * word of its own says which minister.
     */
    private static boolean bareTitle(AnnotatedSentence sentence, Token token) {
        String noun = token.text().toLowerCase(Locale.ROOT);
        int position = token.index() - sentence.tokens().get(0).index();
        return QUALIFIED_TITLES.contains(noun) && position > 0
                && sentence.tokens().get(position - 1).text().equalsIgnoreCase("the");
    }

    /**
     * "the minister" alone: the one person the article gave any title of that noun up to this sentence ("Finance
     * Minister Jo Ark", "Ark, the foreign minister"; "the executive" also a chief executive); null when it gave such a
     * title to none or to two people.
     */
    private Entity onlyTitled(int sentence, String noun) {
        Set<Entity> found = new LinkedHashSet<>();
        for (Title title : titles) {
            if (title.sentence() <= sentence && (title.noun().endsWith(" " + noun)
                    || noun.equals("executive") && title.noun().equals("ceo"))) {
                found.add(title.person());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * Whether a title noun refers back to a person: "the chief executive", or with an organisation's possessive
     * ("Acme's founder", "its chairman", "the company's founder"); not a name's part, not a title beside a name.
     */
    private boolean titleReference(AnnotatedSentence sentence, Token token) {
        if (!TITLE_NOUNS.contains(token.text().toLowerCase(Locale.ROOT)) || !token.pos().startsWith("NN")
                || personAt(token) != null || besideName(sentence, token) != null) {
            return false;
        }
        return definite(sentence, token);
    }

    /** "the chairman", "Acme's chairman", "its chairman", "the company's chairman". */
    private boolean definite(AnnotatedSentence sentence, Token token) {
        Token owner = owner(sentence, token);
        return hasDefiniteArticle(sentence, token)
                || owner != null && DependencyWalk.relation(sentence, token, owner).equals("nmod:poss");
    }

    /** The person whose name a title stands beside ("Acme's chief executive, Jane Marlow"), which it describes; or null. */
    private Entity besideName(AnnotatedSentence sentence, Token token) {
        Token head = sentence.head(token);
        String relation = sentence.relationToHead(token);
        if (head != null && (relation.equals("compound") || relation.equals("appos")) && personAt(head) != null) {
            return personAt(head);
        }
        for (Token child : sentence.children(token)) {
            String childRelation = DependencyWalk.relation(sentence, token, child);
            if (personAt(child) != null && (childRelation.equals("appos") || childRelation.equals("dep"))) {
                return personAt(child);
            }
        }
        return null;
    }

    /**
     * The one person the article titled so up to this sentence; at the organisation the reference names or stands for
     * when it has an owner word and some title was given at that organisation; null when none, or two people.
     */
    private Entity titled(AnnotatedSentence sentence, Token token) {
        String noun = title(sentence, token);
        Token ownerWord = owner(sentence, token);
        Entity wanted = ownerWord == null ? null : organisationOf(sentence, ownerWord);
        Set<Entity> atOwner = new LinkedHashSet<>();
        Set<Entity> any = new LinkedHashSet<>();
        for (Title title : titles) {
            if (title.sentence() > sentence.index() || !title.noun().equals(noun)) {
                continue;
            }
            any.add(title.person());
            if (wanted != null && title.owner() != null
                    && wanted.equals(organisationOf(title.ownerSentence(), title.owner()))) {
                atOwner.add(title.person());
            }
        }
        Set<Entity> found = !atOwner.isEmpty() ? atOwner : any;
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The word of a title's own phrase that names or stands for an organisation ("Acme", "its", "company"), or null. */
    private Token owner(AnnotatedSentence sentence, Token title) {
        for (Token child : sentence.children(title)) {
            String relation = DependencyWalk.relation(sentence, title, child);
            if (!HELD_AT.contains(relation) || child.index() == title.index() || personAt(child) != null) {
                continue;
            }
            Entity named = namedAt(child);
            String word = child.text().toLowerCase(Locale.ROOT);
            if (named != null && named.type() == EntityType.ORGANIZATION
                    || relation.equals("nmod:poss") && (word.equals("its") || Coreference.isOrganisationNoun(word))) {
                return child;
            }
        }
        return null;
    }

    /** The organisation an owner word names, or that coreference says "its" or "the company" stands for; or null. */
    private Entity organisationOf(AnnotatedSentence sentence, Token word) {
        Entity named = namedAt(word);
        if (named != null) {
            return named.type() == EntityType.ORGANIZATION ? named : null;
        }
        if (!ownersReadable) {
            return null;
        }
        ownersReadable = false;
        try {
            if (organisations == null) {
                organisations = new Coreference(doc, entities);
            }
            return organisations.resolve(sentence, word).map(Coreference.Resolution::entity)
                    .filter(Coreference::isOrganisation).orElse(null);
        } finally {
            ownersReadable = true;
        }
    }

    /** The entity of any type a token is part of the name of, or null. */
    private Entity namedAt(Token token) {
        for (Entity entity : entities) {
            for (Span mention : entity.mentions()) {
                if (mention.sentence() >= 0 && mention.sentence() < doc.sentences().size()
                        && token.start() >= mention.start() && token.end() <= mention.end()
                        && doc.sentences().get(mention.sentence()).tokensIn(mention.start(), mention.end())
                        .contains(token)) {
                    return entity;
                }
            }
        }
        return null;
    }

    /**
     * Titles beside a person's name or a pronoun resolved to one: "CEO Jane Marlow", "Jane Marlow, the chairman",
     * "Marlow is chief executive", "She is the head of ...", "She joined Acme in 1990 and is its head of sales" (a
     * copula conjoined with a clause whose subject is the person), "named Jane Marlow as chief executive", "Marlow
     * became chief executive", "appointed Marlow chairman", "Marlow, who is chief executive".
     */
    private void readTitles(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            String noun = token.text().toLowerCase(Locale.ROOT);
            if (!TITLE_NOUNS.contains(noun) || !token.pos().startsWith("NN") || personAt(token) != null) {
                continue;
            }
            Entity person = null;
            Token head = sentence.head(token);
            String relation = sentence.relationToHead(token);
            if (head != null && (relation.equals("compound") || relation.equals("appos"))) {
                person = personOf(head);
            }
            if (head != null && relation.equals("obl:as")) {
                // "named Jane Marlow as its chief executive"
                for (Token object : sentence.children(head)) {
                    if (person == null && DependencyWalk.relation(sentence, head, object).equals("obj")) {
                        person = personAt(object);
                    }
                }
            }
            for (Token child : sentence.children(token)) {
                String childRelation = DependencyWalk.relation(sentence, token, child);
                if (person == null && (childRelation.equals("appos") || childRelation.equals("dep")
                        || childRelation.startsWith("nsubj"))) {
                    person = personOf(child);
                }
            }
            if (person == null && head != null && relation.startsWith("acl:relcl") && hasCopula(sentence, token)) {
                // "Jane Marlow, who is chief executive of Acme"
                person = personOf(head);
            }
            if (person == null && head != null && relation.equals("xcomp")) {
                person = predicated(sentence, head);
            }
            if (person == null && head != null && relation.startsWith("conj") && hasCopula(sentence, token)) {
                // "She has been with Acme for years, and is the head of sales": the subject of the first conjunct
                for (Token child : sentence.children(head)) {
                    if (person == null && DependencyWalk.relation(sentence, head, child).startsWith("nsubj")) {
                        person = personOf(child);
                    }
                }
            }
            if (person != null) {
                titles.add(new Title(sentence.index(), title(sentence, token), person, sentence,
                        owner(sentence, token)));
            }
        }
    }

    /**
     * The person a verb gives the title in its open complement to: its object ("appointed Jane Marlow chief
     * executive"), else its subject ("Marlow became chief executive", "Marlow was named chairman"); a relative
     * pronoun subject stands for the person the clause describes ("Marlow, who became chairman in 2001"). Null when
     * none is a person.
     */
    private Entity predicated(AnnotatedSentence sentence, Token verb) {
        Entity subject = null;
        for (Token child : sentence.children(verb)) {
            String relation = DependencyWalk.relation(sentence, verb, child);
            if (relation.equals("obj") && personOf(child) != null) {
                return personOf(child);
            }
            if (relation.startsWith("nsubj") && subject == null) {
                subject = personOf(child);
                Token described = sentence.head(verb);
                if (subject == null && child.pos().startsWith("WP") && described != null
                        && sentence.relationToHead(verb).startsWith("acl:relcl")) {
                    subject = personOf(described);
                }
            }
        }
        return subject;
    }

    private void readGenders() {
        Map<Entity, int[]> votes = new HashMap<>();
        for (Mention mention : mentions) {
            AnnotatedSentence sentence = doc.sentences().get(mention.sentence());
            int position = mention.token() - sentence.tokens().get(0).index();
            for (int i = position; i >= 0; i--) {
                Token token = sentence.tokens().get(i);
                if (personAt(token) != mention.person()) {
                    String word = token.text().toLowerCase(Locale.ROOT);
                    if (MALE_HONORIFICS.contains(word)) {
                        genders.put(mention.person(), Gender.MALE);
                    } else if (FEMALE_HONORIFICS.contains(word)) {
                        genders.put(mention.person(), Gender.FEMALE);
                    }
                    break;
                }
            }
        }
        // A first name general knowledge genders ("Mary Barra"); a name of one word is a surname and says nothing.
        for (Mention mention : mentions) {
            String[] words = mention.person().name().trim().split("\\s+");
            if (words.length > 1 && !genders.containsKey(mention.person())) {
                Gender known = FirstNames.of(words[0]);
                if (known != Gender.UNKNOWN) {
                    genders.put(mention.person(), known);
                }
            }
        }
        // A pronoun in a sentence that, with the one before it, names one person only: a vote for that person.
        for (AnnotatedSentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                String word = token.text().toLowerCase(Locale.ROOT);
                boolean male = MALE_WORDS.contains(word);
                if (!male && !FEMALE_WORDS.contains(word)) {
                    continue;
                }
                Set<Entity> named = new LinkedHashSet<>(agreeing(sentence, token.index(), Gender.UNKNOWN));
                if (sentence.index() > 0) {
                    named.addAll(agreeing(doc.sentences().get(sentence.index() - 1), Integer.MAX_VALUE,
                            Gender.UNKNOWN));
                }
                if (named.size() == 1) {
                    votes.computeIfAbsent(named.iterator().next(), k -> new int[2])[male ? 0 : 1]++;
                }
            }
        }
        votes.forEach((person, count) -> genders.putIfAbsent(person,
                count[0] > count[1] ? Gender.MALE : count[1] > count[0] ? Gender.FEMALE : Gender.UNKNOWN));
    }
}
