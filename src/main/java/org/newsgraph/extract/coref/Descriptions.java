package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * What an article called each organisation, read once sentence by sentence when {@link Coreference} is made: the
 * description nouns beside its name ("GM, the Detroit automaker", "the automaker GM", "GM is an automaker") and the
 * words said about it ("Cupertino-based Acme", "Acme, the world's largest chipmaker", "Acme is based in Cupertino"),
 * which "the automaker" and "the Cupertino firm" are resolved by. A possessed noun ("its parent company, Beta") names a
 * role, not a kind, and describes nothing.
 */
final class Descriptions {

    record Description(int sentence, String noun, Entity entity) {
    }

    /** A word the article said about an organisation ("cupertino", "largest") in a sentence. */
    record Attribute(int sentence, String word, Entity entity) {
    }

    private final List<Description> descriptions = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    /** The towns among the attributes: "Leeds" of "Acme, the Leeds haulier", "Cupertino-based", "based in Cork". */
    private final List<Attribute> towns = new ArrayList<>();
    /**
     * The countries the article placed organisations in by a nationality or a country's name, as ISO codes: "Acme, the
     * Swedish appliance maker", "Beta, its American rival", "Acme is based in Sweden" (towns are in {@link #towns}).
     */
    private final List<Attribute> nations = new ArrayList<>();
    private final Function<Token, Entity> names;

    /** Reads nothing yet: {@link #describe} reads each sentence; {@code names} gives the entity a token names. */
    Descriptions(Function<Token, Entity> names) {
        this.names = names;
    }

    /** The descriptions read so far, in the article's order. */
    List<Description> all() {
        return descriptions;
    }

    /** The words said about organisations so far, in the article's order. */
    List<Attribute> attributes() {
        return attributes;
    }

    /** The towns the article tied an organisation to up to a sentence, lower case. */
    Set<String> townsOf(Entity entity, int sentence) {
        Set<String> found = new HashSet<>();
        for (Attribute town : towns) {
            if (town.sentence() <= sentence && town.entity().equals(entity)) {
                found.add(town.word());
            }
        }
        return found;
    }

    /**
     * The countries the article placed an organisation in up to a sentence, as ISO codes: those of the towns it tied
     * it to (a town of one country only) and of the nationalities and countries it gave it.
     */
    Set<String> countriesOf(Entity entity, int sentence) {
        Set<String> found = new HashSet<>();
        for (String town : townsOf(entity, sentence)) {
            String country = Nations.countryOf(town);
            if (country != null) {
                found.add(country);
            }
        }
        for (Attribute nation : nations) {
            if (nation.sentence() <= sentence && nation.entity().equals(entity)) {
                found.add(nation.word());
            }
        }
        return found;
    }

    /**
     * The organisations the article placed, up to a sentence, in one of these countries (ISO codes), in the order it
     * first placed them.
     */
    List<Entity> placedIn(Set<String> countries, int sentence) {
        Set<Entity> found = new java.util.LinkedHashSet<>();
        for (Attribute said : towns) {
            if (said.sentence() <= sentence && countries.contains(Nations.countryOf(said.word()))) {
                found.add(said.entity());
            }
        }
        for (Attribute nation : nations) {
            if (nation.sentence() <= sentence && countries.contains(nation.word())) {
                found.add(nation.entity());
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The countries a description noun places its organisation in, as ISO codes: those of its towns ("the
     * Stockholm-based company") and of its nationalities ("the Japanese carmaker").
     */
    Set<String> countries(AnnotatedSentence sentence, Token noun) {
        Set<String> found = new HashSet<>();
        for (String town : towns(sentence, noun)) {
            String country = Nations.countryOf(town);
            if (country != null) {
                found.add(country);
            }
        }
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            String nation = Nations.nationOf(child.text());
            if ((relation.equals("amod") || relation.equals("compound")) && nation != null
                    && !Coreference.isOrganisation(entityAt(child))) {
                found.add(nation);
            }
        }
        return found;
    }

    /** The towns among a description noun's modifiers ("the Cork firm", "the Denver-based company"), lower case. */
    Set<String> towns(AnnotatedSentence sentence, Token noun) {
        Set<String> found = new HashSet<>();
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if ((relation.equals("amod") || relation.equals("compound")) && town(child) != null) {
                found.add(town(child));
            }
            if (relation.equals("amod")) {
                for (Token place : basedPlaces(sentence, child)) {
                    if (town(place) != null) {
                        found.add(town(place));
                    }
                }
            }
        }
        return found;
    }

    /**
     * "the Norwich-based snack maker" where the tokenizer split the hyphen: the words the participle "based" (or
     * "headquartered") has before it as its place ("Norwich", hung on it as an oblique or compound); none for any
     * other word.
     */
    static List<Token> basedPlaces(AnnotatedSentence sentence, Token participle) {
        String word = participle.text().toLowerCase(Locale.ROOT);
        if (!word.equals("based") && !word.equals("headquartered")) {
            return List.of();
        }
        List<Token> places = new ArrayList<>();
        for (Token child : sentence.children(participle)) {
            String relation = DependencyWalk.relation(sentence, participle, child);
            if (child.index() < participle.index() && child.pos().startsWith("NNP")
                    && (relation.equals("obl") || relation.equals("compound") || relation.equals("obl:npmod")
                    || relation.equals("nmod"))) {
                places.add(child);
            }
        }
        return places;
    }

    /**
     * The town a word names, lower case, or null: a place by the article's entities, under its own name (not a
     * nationality standing for its country: "the Dutch group"), by the NER where the word names none ("the Liverpool
     * firm" is in Liverpool even where the NER took the town for a firm), or a word before "-based" or
     * "-headquartered", that is not a country's name (CLDR) or a short capitalised form ("US", "UK"), which are
     * countries as often. A town ties an organisation to one place; a country or a nationality does not (a firm
     * based in Chicago is "the US manufacturer" as well).
     */
    String town(Token token) {
        String text = token.text();
        String base = text.replaceFirst("(?i)-(?:based|headquartered)$", "");
        Entity named = entityAt(token);
        boolean place = named == null ? "LOCATION".equals(token.ner()) || !base.equals(text)
                : named.type() == EntityType.PLACE && !PlaceReference.isCountry(named.name())
                && !"MISC".equals(token.ner())
                && named.name().toLowerCase(Locale.ROOT).contains(base.toLowerCase(Locale.ROOT));
        if (!place || base.isEmpty() || !Character.isUpperCase(base.charAt(0)) || base.equals(base.toUpperCase(Locale.ROOT))
                || PlaceReference.isCountry(base)) {
            return null;
        }
        return base.toLowerCase(Locale.ROOT);
    }

    /** A nationality or a country's name said of an organisation ("the Swedish appliance maker", "based in Sweden"). */
    private void tieNation(int sentence, Token token, Entity entity) {
        String nation = Nations.nationOf(token.text());
        if (nation != null) {
            nations.add(new Attribute(sentence, nation, entity));
        }
    }

    private void tieTown(int sentence, Token token, Entity entity) {
        String town = town(token);
        if (town != null) {
            towns.add(new Attribute(sentence, town, entity));
        }
    }

    /** The organisation the article last described with this noun (or one of its kind) up to this sentence, or null. */
    Entity described(int sentence, String noun) {
        Entity found = null;
        for (Description description : descriptions) {
            if (description.sentence() <= sentence && CoreferenceWords.sameKind(description.noun(), noun)) {
                found = description.entity();
            }
        }
        return found;
    }

    private Entity entityAt(Token token) {
        return names.apply(token);
    }

    private static boolean isOrganisationNoun(String word) {
        return Coreference.isOrganisationNoun(word);
    }

    /**
     * "the supermarket group", "the airline group": the specific organisation noun (organisation-nouns.txt, no
     * generic one) compounded before a generic noun, which says what kind of organisation the generic noun is; null
     * when the noun is not generic or has no such modifier, or two.
     */
    static String kindBefore(AnnotatedSentence sentence, Token noun) {
        if (!CoreferenceWords.tags(noun.text().toLowerCase(Locale.ROOT)).contains("generic")) {
            return null;
        }
        String kind = null;
        for (Token child : sentence.children(noun)) {
            String word = (child.lemma() == null ? child.text() : child.lemma()).toLowerCase(Locale.ROOT);
            if (child.index() < noun.index() && child.pos().equals("NN") && "O".equals(child.ner())
                    && DependencyWalk.relation(sentence, noun, child).equals("compound")
                    && CoreferenceWords.isOrganisationNoun(word)
                    && CoreferenceWords.tags(word).stream().noneMatch(t -> t.equals("generic") || t.equals("public"))) {
                if (kind != null) {
                    return null;
                }
                kind = word;
            }
        }
        return kind;
    }

    /**
     * The words modifying a noun that say something about what it stands for: adjectives, compounds and possessors
     * ("the Cupertino firm", "the world's largest chipmaker"), "-based" taken off; pronouns and numbers left out.
     */
    static Set<String> modifiers(AnnotatedSentence sentence, Token noun) {
        Set<String> words = new java.util.TreeSet<>();
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (relation.equals("amod") || relation.equals("compound") || relation.equals("nmod:poss")) {
                List<Token> places = relation.equals("amod") ? basedPlaces(sentence, child) : List.of();
                if (places.isEmpty()) {
                    addWord(words, child);
                }
                places.forEach(place -> addWord(words, place)); // "Norwich - based": the town, as for "Norwich-based"
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")) {
                        addWord(words, part);
                    }
                }
            }
        }
        return words;
    }

    /**
     * "the largest maker of accounting software": the words of what a description noun makes or does ("software",
     * "accounting"), which a later description puts before the noun ("the largest accounting software maker").
     */
    private Set<String> industryWords(AnnotatedSentence sentence, Token noun) {
        Set<String> words = new HashSet<>();
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:of") && entityAt(child) == null) {
                addWord(words, child);
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")) {
                        addWord(words, part);
                    }
                }
            }
        }
        return words;
    }

    private static void addWord(Set<String> words, Token token) {
        String word = token.text().toLowerCase(Locale.ROOT).replaceFirst("-(?:based|headquartered)$", "");
        if (!token.pos().startsWith("PRP") && !token.pos().equals("CD") && word.chars().anyMatch(Character::isLetter)
                && !CoreferenceWords.isOrganisationNoun(word)) {
            words.add(word);
        }
    }

    /** Description nouns beside an organisation's name: apposition, compound, copula. */
    void describe(AnnotatedSentence sentence) {
        for (Token token : sentence.tokens()) {
            String noun = token.text().toLowerCase(Locale.ROOT);
            if (!isOrganisationNoun(noun) || entityAt(token) != null) {
                continue;
            }
            Entity named = null;
            Token governor = sentence.head(token);
            String relation = sentence.relationToHead(token);
            if (governor != null && (relation.equals("appos") || relation.equals("compound"))) {
                named = entityAt(governor);
            }
            for (Token child : sentence.children(token)) {
                String childRelation = DependencyWalk.relation(sentence, token, child);
                boolean copula = childRelation.startsWith("nsubj") && sentence.children(token).stream()
                        .anyMatch(c -> DependencyWalk.relation(sentence, token, c).equals("cop"));
                if (named == null && (childRelation.equals("appos") || copula)) {
                    named = entityAt(child);
                }
            }
            if (named != null && named.type() == EntityType.ORGANIZATION && !possessedByOrganisation(sentence, token)) {
                descriptions.add(new Description(sentence.index(), noun, named));
                Set<String> words = modifiers(sentence, token);
                words.addAll(industryWords(sentence, token));
                for (String word : words) {
                    attributes.add(new Attribute(sentence.index(), word, named));
                }
                for (Token modifier : townModifiers(sentence, token)) {
                    tieTown(sentence.index(), modifier, named);
                    tieNation(sentence.index(), modifier, named);
                }
            }
        }
        for (Token token : sentence.tokens()) {
            Entity entity = entityAt(token);
            if (entity != null && entity.type() == EntityType.ORGANIZATION) {
                for (Token child : sentence.children(token)) {
                    if (entityAt(child) == null
                            && DependencyWalk.relation(sentence, token, child).equals("amod")) {
                        Set<String> words = new HashSet<>();
                        addWord(words, child);
                        words.forEach(w -> attributes.add(new Attribute(sentence.index(), w, entity)));
                        tieTown(sentence.index(), child, entity);
                        tieNation(sentence.index(), child, entity);
                    }
                    if (entityAt(child) == null && !isOrganisationNoun(child.text().toLowerCase(Locale.ROOT))
                            && child.pos().startsWith("NN") && !child.pos().startsWith("NNP")
                            && DependencyWalk.relation(sentence, token, child).equals("appos")) {
                        tieAppositionTowns(sentence, child, entity);
                    }
                }
            }
            String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("base") || lemma.equals("headquarter")) {
                basedIn(sentence, token);
            }
        }
    }

    /**
     * "Stenner Transport, a Liverpool rival", "Acme, the Denver-based owner of ...": a town modifying any common noun
     * in apposition to an organisation's name is where the organisation is, also when the noun is no kind of
     * organisation (a role: rival, owner, supplier), which describes nothing.
     */
    private void tieAppositionTowns(AnnotatedSentence sentence, Token noun, Entity entity) {
        for (Token child : townModifiers(sentence, noun)) {
            tieNation(sentence.index(), child, entity);
            String town = town(child);
            if (town != null) {
                towns.add(new Attribute(sentence.index(), town, entity));
                attributes.add(new Attribute(sentence.index(), town, entity));
            }
        }
    }

    /**
     * The words before a noun that may name the town its organisation is in: its adjectives and compounds, and the
     * compounds of a compound, where the parse hangs the town on the noun of what the firm does or owns ("Calder
     * Group, the Leeds hotels owner", "Acme, a Hexham grain merchant": Leeds on "hotels", Hexham on "grain"). One level
     * down only: the phrase before the noun, never a clause.
     */
    private static List<Token> townModifiers(AnnotatedSentence sentence, Token noun) {
        List<Token> found = new ArrayList<>();
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (!(relation.equals("amod") || relation.equals("compound"))) {
                continue;
            }
            found.add(child);
            if (relation.equals("compound")) {
                for (Token part : sentence.children(child)) {
                    String inner = DependencyWalk.relation(sentence, child, part);
                    if (part.index() < child.index() && (inner.equals("compound") || inner.equals("amod"))) {
                        found.add(part);
                    }
                }
            }
        }
        return found;
    }

    /** "Acme is based in Cupertino", "Acme, headquartered in Cupertino": the place's words said about Acme. */
    private void basedIn(AnnotatedSentence sentence, Token verb) {
        Entity entity = null;
        Token head = sentence.head(verb);
        String relation = sentence.relationToHead(verb);
        if (head != null && (relation.startsWith("acl") || relation.equals("amod"))) {
            entity = entityAt(head); // "Acme, headquartered in ...", "Seattle - based Acme" (the hyphen split off)
        }
        for (Token child : sentence.children(verb)) {
            if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && entityAt(child) != null) {
                entity = entityAt(child);
            }
        }
        if (entity == null || entity.type() != EntityType.ORGANIZATION) {
            return;
        }
        for (Token child : sentence.children(verb)) {
            String place = DependencyWalk.relation(sentence, verb, child);
            if (place.equals("obl:in") || place.equals("nmod:in") || place.equals("obl") && child.index() < verb.index()
                    && "LOCATION".equals(child.ner())) {
                Set<String> words = new HashSet<>();
                addWord(words, child);
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")) {
                        addWord(words, part);
                    }
                }
                for (String word : words) {
                    attributes.add(new Attribute(sentence.index(), word, entity));
                }
                tieTown(sentence.index(), child, entity);
                tieNation(sentence.index(), child, entity);
            }
        }
    }

    /** "its parent company", "Acme's rival firm": a role towards an organisation, not what kind of organisation. */
    boolean possessedByOrganisation(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:poss")) {
                Entity owner = entityAt(child);
                if (child.pos().startsWith("PRP") || owner != null && owner.type() == EntityType.ORGANIZATION) {
                    return true;
                }
            }
        }
        return false;
    }
}
