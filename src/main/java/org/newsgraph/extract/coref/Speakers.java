package org.newsgraph.extract.coref;

import static org.newsgraph.extract.coref.Coreference.isOrganisation;
import static org.newsgraph.extract.coref.Coreference.isSpeechVerb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.coref.Coreference.Resolution;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Who speaks for which organisation: the speaker of a quotation ("We love it," said Acme CEO Jane Marlow), the
 * organisation a person or title is titled for ("Jo Lind, Acme's chief financial officer"), and the speaker a
 * reported clause's "the company" or "it" stands for ("Acme stated that the company would ...", "It will cut jobs,
 * Acme said").
 */
final class Speakers {

    /** Relations by which an organisation hangs on a speaker or its title ("Acme CEO Jane Marlow", "a spokesman for Acme"). */
    private static final Set<String> SPEAKS_FOR = Set.of("compound", "nmod:poss", "nmod:for", "nmod:at", "nmod:of",
            "appos");

    private final AnnotatedText doc;
    private final List<Entity> entities;
    /** The article's quotations: which tokens each holds, and its attribution. */
    private final Quotations quotes;
    private final Coreference coreference;
    private final Agreement agreement;
    /** Who "he" or "the chief executive" is, for the organisation a quoted speaker speaks for; made when first asked. */
    private PersonCoreference people;
    /** Set while {@link #addOrganisation} resolves a referring word of a title's phrase, so that it does not nest. */
    private boolean resolvingTitleOwner;

    Speakers(AnnotatedText doc, List<Entity> entities, Quotations quotes, Coreference coreference,
            Agreement agreement) {
        this.doc = doc;
        this.entities = entities;
        this.quotes = quotes;
        this.coreference = coreference;
        this.agreement = agreement;
    }

    private Entity entityAt(Token token) {
        return coreference.entityAt(token);
    }

    private boolean agrees(Entity entity, String noun, int sentence) {
        return agreement.agrees(entity, noun, sentence);
    }

    private boolean isReferring(AnnotatedSentence sentence, Token token) {
        return coreference.isReferring(sentence, token);
    }

    private Optional<Resolution> resolve(AnnotatedSentence sentence, Token token) {
        return coreference.resolve(sentence, token);
    }

    /**
     * The verb of saying a person or a title is the subject of ("Jo Lind, the president of Acme, announced that
     * ..."), when that verb reports a clause ({@code ccomp}); null for any other token and for a named organisation,
     * which speaks for itself.
     */
    Token saidBy(AnnotatedSentence sentence, Token speaker) {
        Token verb = sentence.head(speaker);
        if (verb == null || !sentence.relationToHead(speaker).startsWith("nsubj") || !isSpeechVerb(verb)
                || isOrganisation(entityAt(speaker))) {
            return null;
        }
        return sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).startsWith("ccomp")) ? verb : null;
    }

    /**
     * The organisation named after the word as the subject of a verb of saying that reports the word's clause ("It
     * will cut 500 jobs, Acme said": Acme; "The company expects a loss, Acme announced"), that the noun (null for a
     * pronoun) fits; else null. The reported clause is the verb's {@code ccomp}, or the verb hangs on it as
     * {@code parataxis}, as the parser gives the speaker after the quote.
     */
    Entity speakerAfter(AnnotatedSentence sentence, Token token, String noun) {
        List<Token> above = new ArrayList<>(DependencyWalk.ancestors(sentence, token));
        for (Token clause : above) {
            Token governor = sentence.head(clause);
            String relation = sentence.relationToHead(clause);
            if (governor != null && relation.startsWith("ccomp") && isSpeechVerb(governor)) {
                return speakerOf(sentence, governor, token, noun);
            }
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("parataxis") && isSpeechVerb(child)) {
                    return speakerOf(sentence, child, token, noun);
                }
            }
        }
        return null;
    }

    /**
     * "We love the Beatles," said Acme CEO Jane Marlow: a first-person plural inside quotation marks stands for the
     * organisation the quote's speaker speaks for. The speaker is the subject of the verb of saying the quoted clause
     * hangs on (the walk of {@link #speakerAfter}, the speaker before or after the quote): an organisation itself, or a
     * person or a title noun ("a spokesman for Acme") whose phrase names exactly one organisation beside a title
     * ("Acme CEO Jane Marlow", "Jane Marlow, Acme's chief executive"), or a pronoun or bare title ("he said", "the
     * chief executive said") that person coreference resolves to someone the article titled for exactly one
     * organisation. A person with no title ("said Jane Marlow"),
     * a union leader or an analyst gives none: "we" may be the speaker's team, union or country.
     */
    Entity quoteSpeaker(AnnotatedSentence sentence, Token token) {
        Integer quote = quotes.numberOf(token);
        if (quote == null) {
            return null;
        }
        for (Token clause : DependencyWalk.ancestors(sentence, token)) {
            Token governor = sentence.head(clause);
            if (governor != null && sentence.relationToHead(clause).startsWith("ccomp") && isSpeechVerb(governor)) {
                return speaksFor(sentence, governor);
            }
            for (Token child : sentence.children(clause)) {
                if (DependencyWalk.relation(sentence, clause, child).startsWith("parataxis") && isSpeechVerb(child)) {
                    return speaksFor(sentence, child);
                }
            }
        }
        // a quotation of several sentences, or one continuing the quotation before it: its attribution is elsewhere
        for (int q = quote; q >= 0 && q >= quote - 1; q--) {
            Token verb = quotes.attribution(q);
            if (verb != null) {
                return speaksFor(doc.sentences().get(verb.sentence()), verb);
            }
            if (q > 0 && quotes.firstSentence(q) - quotes.lastSentence(q - 1) > 1) {
                break;
            }
        }
        return null;
    }

    /**
     * The organisation the subject of a verb of saying speaks for (see {@link #quoteSpeaker}), or null: an
     * organisation named or referred to ("the company said"); a titled speaker's organisation in its own phrase; else,
     * for a person, the one organisation the article tied them to by a title where it named them before ("Acme CEO
     * Jane Marlow ... Marlow said").
     */
    private Entity speaksFor(AnnotatedSentence sentence, Token verb) {
        Token speaking = speakingClause(sentence, verb);
        List<Token> speakers = sentence.children(speaking).stream()
                .filter(c -> DependencyWalk.relation(sentence, speaking, c).startsWith("nsubj")).toList();
        if (speakers.isEmpty()) {
            speakers = QuoteAttribution.invertedSpeaker(sentence, verb, quotes).stream().toList();
        }
        for (Token speaker : speakers) {
            Entity named = entityAt(speaker);
            if (isOrganisation(named)) {
                return named;
            }
            if (named == null && isReferring(sentence, speaker)) {
                return resolve(sentence, speaker).map(Resolution::entity).filter(Coreference::isOrganisation)
                        .orElse(null);
            }
            Entity employer = employer(sentence, speaker);
            if (employer == null && named == null && CoreferenceWords.isFirmSpeaker(speaker)) {
                employer = compoundFirm(sentence, speaker);
            }
            return employer != null ? employer : possessor(sentence, speaker);
        }
        return null;
    }

    /**
     * "A Torrin official", "an Acme spokeswoman": the one organisation a speaker noun has as a compound before it,
     * named in full or by the first word of its name where the article named it in full before ("Torrin" of "Torrin
     * Logistics"); null when none or more than one. A town there ("a Leeds official") is no organisation.
     */
    Entity compoundFirm(AnnotatedSentence sentence, Token noun) {
        Set<Entity> organisations = new LinkedHashSet<>();
        for (Token part : sentence.children(noun)) {
            if (part.index() > noun.index() || !DependencyWalk.relation(sentence, noun, part).equals("compound")) {
                continue;
            }
            Entity named = entityAt(part);
            if (isOrganisation(named)) {
                organisations.add(named);
            } else if (named == null || named.type() == EntityType.PLACE) {
                Entity shortNamed = shortNamed(part);
                if (shortNamed != null) {
                    organisations.add(shortNamed);
                }
            }
        }
        return organisations.size() == 1 ? organisations.iterator().next() : null;
    }

    /**
     * The one organisation of two or more words whose name begins with this proper noun and which the article named
     * before it ("Torrin" after "Torrin Logistics"); null when none or two, or for a word the article also uses as a
     * place ({@link #usedAsPlace}).
     */
    private Entity shortNamed(Token word) {
        if (!word.pos().startsWith("NNP") || usedAsPlace(word)) {
            return null;
        }
        Entity found = null;
        for (Entity entity : entities) {
            String[] words = entity.name().split("\\s+");
            if (isOrganisation(entity) && words.length > 1 && words[0].equals(word.text())
                    && entity.mentions().stream().anyMatch(m -> m.start() < word.start())) {
                if (found != null && !found.equals(entity)) {
                    return null;
                }
                found = entity;
            }
        }
        return found;
    }

    private static boolean placeTyped(Token word) {
        return "LOCATION".equals(word.ner()) || "CITY".equals(word.ner()) || "COUNTRY".equals(word.ner())
                || "STATE_OR_PROVINCE".equals(word.ner());
    }

    /**
     * Whether the article uses a word as a place somewhere: a place by the NER or the article's entities, outside an
     * organisation's name and not as the compound of a speaker noun ({@code firm-speaker-nouns.txt}). "A Galena
     * official" after "Galena Freight", in an article that never writes of Galena the town, speaks for the firm
     * whatever the NER made of "Galena" there; after "a museum in Keswick" "a Keswick official" may be the town's.
     */
    private boolean usedAsPlace(Token word) {
        for (AnnotatedSentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                Entity named = entityAt(token);
                if (!token.text().equals(word.text()) || isOrganisation(named)
                        || !placeTyped(token) && (named == null || named.type() != EntityType.PLACE)) {
                    continue;
                }
                Token head = sentence.head(token);
                boolean speakerCompound = head != null && sentence.relationToHead(token).equals("compound")
                        && CoreferenceWords.isFirmSpeaker(head);
                if (!speakerCompound) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The clause whose subject speaks through a verb of saying: the verb itself, or, for a verb of saying with no
     * subject of its own that continues another verb as an adverbial clause or complement, that verb ("Mannion stated
     * that ..., saying, 'We will ...'", "O'Leary justified his choice by saying, '...'"). At most two steps up.
     */
    private static Token speakingClause(AnnotatedSentence sentence, Token verb) {
        Token clause = verb;
        for (int step = 0; step < 2 && !hasSubject(sentence, clause); step++) {
            Token governor = sentence.head(clause);
            String relation = sentence.relationToHead(clause);
            if (governor == null || !governor.pos().startsWith("VB")
                    || !(relation.startsWith("advcl") || relation.equals("xcomp") || relation.startsWith("conj"))) {
                break;
            }
            clause = governor;
        }
        if (!hasSubject(sentence, clause)) {
            Token main = QuoteAttribution.trailingParticipleClause(sentence, verb);
            if (main != null && hasSubject(sentence, main)) {
                return main;
            }
        }
        return clause;
    }

    private static boolean hasSubject(AnnotatedSentence sentence, Token verb) {
        return sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).startsWith("nsubj"));
    }

    /**
     * "Brack Capital's Peter Lowe said", "Fellside's head brewer, Tom Airey, said" (either way round: the name beside
     * the possessed noun): the one organisation possessing a named person or the noun a person's name stands in
     * apposition to, whose "we" it is; not a part played beside the firm ({@code side-roles.txt}). Only for
     * the speaker of a quotation: what such a speaker says of "the company" is as often another organisation's (an
     * analyst's bank), so {@link #employer} does not take it.
     */
    private Entity possessor(AnnotatedSentence sentence, Token speaker) {
        Entity person = entityAt(speaker);
        if (isPerson(person)) {
            List<Entity> own = possessors(sentence, speaker);
            return own.isEmpty() ? apposedOwner(sentence, speaker) : own.size() == 1 ? own.get(0) : null;
        }
        if (person != null) {
            return null;
        }
        return sentence.children(speaker).stream()
                .filter(c -> isPerson(entityAt(c)) && DependencyWalk.relation(sentence, speaker, c).equals("appos"))
                .findFirst().map(name -> apposedOwner(sentence, name)).orElse(null);
    }

    /**
     * "Fellside's head brewer, Tom Airey", "Tom Airey, Fellside's head brewer": the one organisation possessing the
     * common noun a person's name stands in apposition to, either way round, whatever the noun (a trade, a post: "head
     * brewer", "network planner"); null when none or two, or when the noun is a part played beside the firm
     * ({@code side-roles.txt}: "Acme's biggest customer, Jo Lind").
     */
    private Entity apposedOwner(AnnotatedSentence sentence, Token name) {
        Token head = sentence.head(name);
        Token noun = head != null && sentence.relationToHead(name).equals("appos") && entityAt(head) == null ? head
                : sentence.children(name).stream()
                        .filter(c -> DependencyWalk.relation(sentence, name, c).equals("appos") && entityAt(c) == null)
                        .findFirst().orElse(null);
        if (noun == null || !noun.pos().startsWith("NN") || noun.pos().startsWith("NNP")
                || CoreferenceWords.isSideRole(noun)) {
            return null;
        }
        List<Entity> owners = possessors(sentence, noun);
        return owners.size() == 1 ? owners.get(0) : null;
    }

    /** The organisations named as a token's possessors ("Acme's"), once each. */
    private List<Entity> possessors(AnnotatedSentence sentence, Token owned) {
        return sentence.children(owned).stream()
                .filter(c -> DependencyWalk.relation(sentence, owned, c).equals("nmod:poss"))
                .map(this::entityAt).filter(Coreference::isOrganisation).distinct().toList();
    }

    private static boolean isPerson(Entity entity) {
        return entity != null && entity.type() == EntityType.PERSON;
    }

    /**
     * The organisation a person, a title or a pronoun standing for a person is titled for: "Acme's finance director
     * said", "Jo Lind, Acme's chief financial officer", "finance director Jo Lind" after the article called her Acme's,
     * "she" resolved to such a person; null when the token is none of these, or the article ties the person to no
     * organisation or to more than one. The figure such a person reports is that organisation's (a candidate: whose
     * it is, the parse does not say).
     */
    Entity employer(AnnotatedSentence sentence, Token speaker) {
        Entity named = entityAt(speaker);
        if (named == null && PersonCoreference.isTitleNoun(speaker.text())) {
            Entity own = titledOrganisation(sentence, speaker, true);
            return own != null ? own : referredPersonOrganisation(sentence, speaker);
        }
        if (named == null && PersonCoreference.isPersonPronoun(speaker.text())) {
            return referredPersonOrganisation(sentence, speaker);
        }
        if (named == null || named.type() != EntityType.PERSON) {
            return null;
        }
        Entity own = titledOrganisation(sentence, speaker, false);
        return own != null ? own : personOrganisation(named, sentence.index());
    }

    /**
     * The one organisation a person's or title's phrase names beside a title ("Acme CEO Jane Marlow", "Jane Marlow,
     * Acme's chief executive", "a spokesman for Acme") or beside another role held in an organisation
     * ({@code employer-roles.txt}: "Neil Aspinall, manager of Apple Corps", "Michael R. Golden, the GAO's managing
     * associate general counsel": MEANTIME tuning 60083, 108294); null when none, two, or no title ({@code titled}:
     * the head is a title itself).
     */
    private Entity titledOrganisation(AnnotatedSentence sentence, Token head, boolean titled) {
        Set<Entity> organisations = new LinkedHashSet<>();
        for (Token part : sentence.children(head)) {
            if (!SPEAKS_FOR.contains(DependencyWalk.relation(sentence, head, part))) {
                continue;
            }
            if ((PersonCoreference.isTitleNoun(part.text()) || CoreferenceWords.isEmployerRole(part))
                    && entityAt(part) == null) {
                titled = true;
                for (Token inner : sentence.children(part)) {
                    if (SPEAKS_FOR.contains(DependencyWalk.relation(sentence, part, inner))) {
                        addOrganisation(organisations, sentence, inner);
                    }
                }
            } else {
                addOrganisation(organisations, sentence, part);
            }
        }
        return titled && organisations.size() == 1 ? organisations.iterator().next() : null;
    }

    /**
     * Adds the organisation a part of a title's phrase names, or stands for when it is a referring word ("Jo Lind,
     * its chief executive", "a spokesman for the company", "the group's finance director": what "its", "the company"
     * or "the group" resolves to). A referring word met while such a word is being resolved adds nothing: the walk
     * does not nest.
     */
    private void addOrganisation(Set<Entity> organisations, AnnotatedSentence sentence, Token part) {
        Entity named = entityAt(part);
        if (isOrganisation(named)) {
            organisations.add(named);
        } else if (named == null && !resolvingTitleOwner && isReferring(sentence, part)) {
            resolvingTitleOwner = true;
            try {
                resolve(sentence, part).map(Resolution::entity).filter(Coreference::isOrganisation)
                        .ifPresent(organisations::add);
            } finally {
                resolvingTitleOwner = false;
            }
        }
    }

    /**
     * "he said", "the chief executive said": the person coreference resolves the speaker to, and the one organisation
     * the article tied that person to by a title ({@link #personOrganisation}); for a "he" or "she" that stands for a
     * speaker the story did not name ("A spokesman for Acme said ... 'We will bid again,' he added":
     * {@link PersonCoreference#unnamedSpeaker}), the one organisation that speaker's own phrase names ("a spokesman
     * for Acme", "an Acme spokeswoman") when the speaker's noun is a title or a role held in an organisation
     * (spokesman, executive; not "an analyst at Beta", whose "we" may be his own firm's or the market's, as for a named
     * analyst), or, for a noun of {@code firm-speaker-nouns.txt}, the firm it has as a compound ("A Torrin official":
     * {@link #compoundFirm}); null when either is unknown.
     */
    private Entity referredPersonOrganisation(AnnotatedSentence sentence, Token speaker) {
        if (people == null) {
            people = new PersonCoreference(doc, entities, coreference);
        }
        Optional<Resolution> person = people.resolve(sentence, speaker);
        if (person.isPresent()) {
            return personOrganisation(person.get().entity(), sentence.index());
        }
        return people.unnamedSpeaker(sentence, speaker).map(unnamed -> {
            Entity titled = PersonCoreference.isTitleNoun(unnamed.noun().text())
                    || CoreferenceWords.isEmployerRole(unnamed.noun())
                    ? titledOrganisation(unnamed.sentence(), unnamed.noun(), true) : null;
            return titled != null || !CoreferenceWords.isFirmSpeaker(unnamed.noun()) ? titled
                    : compoundFirm(unnamed.sentence(), unnamed.noun());
        }).orElse(null);
    }

    /** The one organisation the article tied a person to by a title, in a sentence up to this one; else null. */
    private Entity personOrganisation(Entity person, int upTo) {
        Set<Entity> organisations = new LinkedHashSet<>();
        for (int i = 0; i <= upTo && i < doc.sentences().size(); i++) {
            AnnotatedSentence sentence = doc.sentences().get(i);
            for (Token token : sentence.tokens()) {
                Token head = sentence.head(token);
                if (person.equals(entityAt(token)) && (head == null || !person.equals(entityAt(head)))) {
                    Entity organisation = titledOrganisation(sentence, token, false);
                    if (organisation == null) {
                        organisation = givenTitleOrganisation(sentence, token);
                    }
                    if (organisation == null) {
                        organisation = apposedOwner(sentence, token);
                    }
                    if (organisation != null) {
                        organisations.add(organisation);
                    }
                }
            }
        }
        return organisations.size() == 1 ? organisations.iterator().next() : null;
    }

    /**
     * The organisation a verb gives a person a title at: "Acme named Jane Marlow as its chief executive", "Beta hired
     * Marlow as chief executive of Acme", "Marlow became chairman of Acme". The title is the verb's {@code obl:as} or
     * open complement; its phrase names the organisation, or "its" stands for the verb's subject organisation. Null
     * when the person's name is not so placed or no single organisation is named.
     */
    private Entity givenTitleOrganisation(AnnotatedSentence sentence, Token name) {
        Token verb = sentence.head(name);
        String relation = sentence.relationToHead(name);
        if (verb == null || !(relation.equals("obj") || relation.startsWith("nsubj"))) {
            return null;
        }
        Entity subject = null;
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj")) {
                subject = entityAt(child);
            }
        }
        for (Token title : sentence.children(verb)) {
            String titleRelation = DependencyWalk.relation(sentence, verb, title);
            if (!(titleRelation.equals("obl:as") || titleRelation.equals("xcomp"))
                    || !PersonCoreference.isTitleNoun(title.text()) || entityAt(title) != null) {
                continue;
            }
            Set<Entity> organisations = new LinkedHashSet<>();
            for (Token part : sentence.children(title)) {
                String partRelation = DependencyWalk.relation(sentence, title, part);
                if (SPEAKS_FOR.contains(partRelation) && isOrganisation(entityAt(part))) {
                    organisations.add(entityAt(part));
                } else if (partRelation.equals("nmod:poss") && part.text().equalsIgnoreCase("its")
                        && isOrganisation(subject)) {
                    organisations.add(subject);
                }
            }
            return organisations.size() == 1 ? organisations.iterator().next() : null;
        }
        return null;
    }

    /**
     * "Acme stated that the company would cut 30%": a generic description ("the company", "the firm", "the group")
     * that is the subject of the clause a verb of saying takes as its complement stands for that verb's subject when
     * the subject is an organisation the noun fits; news says so of the speaker itself. A person or title speaking for
     * one organisation ("Jo Lind, Acme's chief executive, said the company ...": {@link #employer}) gives that
     * organisation, as {@code speaker-organisation}. Read before the article's
     * descriptions, which may give the noun to another organisation ("Beta Motor Company" named earlier); a specific
     * noun ("the automaker") keeps the description the article gave. Null when the word is not so placed.
     */
    Resolution speakerAbove(AnnotatedSentence sentence, Token token, String noun) {
        Token speaker = speakerBefore(sentence, token);
        if (speaker == null) {
            return null;
        }
        Entity entity = entityAt(speaker);
        if (!isOrganisation(entity)) {
            Entity employer = employer(sentence, speaker);
            return isOrganisation(employer) && agrees(employer, noun, sentence.index())
                    ? new Resolution(employer, "speaker-organisation") : null;
        }
        return agrees(entity, noun, sentence.index()) ? new Resolution(entity, "same-sentence") : null;
    }

    /**
     * The subject, written before the word, of the verb of saying whose clause the word is the subject of ("Acme said
     * the company ...", "Jane Marlow said the group ..."); null when the word is not so placed.
     */
    private Token speakerBefore(AnnotatedSentence sentence, Token token) {
        Token clause = sentence.head(token);
        if (clause == null || !sentence.relationToHead(token).startsWith("nsubj")
                || !sentence.relationToHead(clause).startsWith("ccomp")) {
            return null;
        }
        Token verb = sentence.head(clause);
        if (verb == null || !isSpeechVerb(verb)) {
            return null;
        }
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && child.index() < token.index()) {
                return child;
            }
        }
        return null;
    }

    /**
     * The person who speaks the clause the word is the subject of, when neither the sentence nor the article ties that
     * person to an organisation ("Chief executive Jane Marlow said the group would ...", no firm named beside the
     * title); else null. Such a speaker may speak for the article's firm or for the one just talked about.
     */
    Entity unplacedSpeakerAbove(AnnotatedSentence sentence, Token token) {
        Token speaker = speakerBefore(sentence, token);
        Entity entity = speaker == null ? null : entityAt(speaker);
        return entity != null && entity.type() == EntityType.PERSON && employer(sentence, speaker) == null
                ? entity : null;
    }

    /** The organisation a verb of saying has as its subject after the word, when the noun fits it; else null. */
    private Entity speakerOf(AnnotatedSentence sentence, Token verb, Token word, String noun) {
        for (Token child : sentence.children(verb)) {
            if (child.index() > word.index() && DependencyWalk.relation(sentence, verb, child).startsWith("nsubj")) {
                Entity entity = entityAt(child);
                if (entity == null) {
                    for (Token part : sentence.children(child)) {
                        String relation = DependencyWalk.relation(sentence, child, part);
                        if ((relation.equals("nmod:poss") || relation.equals("compound")) && entityAt(part) != null) {
                            entity = entityAt(part);
                        }
                    }
                }
                if (entity == null || entity.type() == EntityType.PERSON) {
                    entity = employer(sentence, child); // "..., said Jo Lind, the chief executive of Acme"
                }
                return entity != null && entity.type() == EntityType.ORGANIZATION
                        && (noun == null || agrees(entity, noun, sentence.index())) ? entity : null;
            }
        }
        return null;
    }
}
