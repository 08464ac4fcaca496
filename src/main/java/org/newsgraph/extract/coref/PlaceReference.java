package org.newsgraph.extract.coref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Which named place "the city", "the country" or "the capital" stands for ("Acme is moving its headquarters to
 * Denver. The city has 700,000 residents"): the one place of the noun's classes ({@code place-nouns.txt}: a city
 * for "the city", a country for "the country"; {@link #fits}) named before the word in its sentence or in the sentence before
 * ({@code named-place}); "the city of Porto" is the place it names ({@code described}). Refused when two such places
 * are within reach ("moved from Leeds to Porto. The city ..."), and never read for a noun that is itself part of a
 * name ("Mexico City"), modifies another ("the city council"), is not definite ("a city"), has a modifier that may
 * make it another place ("the neighbouring country", "the other city", "the capital of Spain"), or is possessed ("its
 * home country"). An empty answer beats a wrong one.
 */
final class PlaceReference {

    /** How many sentences before the word's own a place may be named. */
    private static final int REACH = 1;
    /**
     * Modifier relations that leave the noun the same place; besides these, a clause about it ("the city, which has
     * ...") and a nationality ("the Portuguese capital").
     */
    private static final Set<String> KEPT = Set.of("det", "case", "punct");

    /** Country names in English (CLDR, from the JDK): general knowledge of which places are countries. */
    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)).collect(Collectors.toSet());
    /** The fine classes a place of no fine class but a country's name may be: a city or a province. */
    private static final Set<String> NOT_COUNTRY = Set.of("CITY", "STATE_OR_PROVINCE");

    private final AnnotatedText doc;
    private final Function<Token, Entity> entityAt;

    PlaceReference(AnnotatedText doc, Function<Token, Entity> entityAt) {
        this.doc = doc;
        this.entityAt = entityAt;
    }

    /** Whether a name is a country's English name (CLDR, from the JDK). */
    static boolean isCountry(String name) {
        return COUNTRIES.contains(name);
    }

    /** Whether a word is a noun that may stand for a named place ("city", "country", "capital"). */
    static boolean isPlaceNoun(String word) {
        return !CoreferenceWords.placeClasses(word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** The place the noun stands for and the step ("named-place", "described"), a refusal (no entity), or null. */
    Coreference.Resolution resolve(AnnotatedSentence sentence, Token noun) {
        Set<String> classes = CoreferenceWords.placeClasses(noun.text().toLowerCase(Locale.ROOT));
        if (classes.isEmpty() || !noun.pos().equals("NN") || entityAt.apply(noun) != null || !definite(sentence, noun)
                || sentence.relationToHead(noun).equals("compound")) {
            return null;
        }
        Entity named = null;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if (relation.equals("nmod:of") || relation.equals("appos")) {
                Entity place = entityAt.apply(child);
                if (place != null && place.type() == EntityType.PLACE && fits(classes, child, place)) {
                    named = place; // "the city of Porto"
                    continue;
                }
                return new Coreference.Resolution(null, "'" + noun.text() + "' is said of another place");
            }
            boolean nationality = relation.equals("amod") && "NATIONALITY".equals(child.ner());
            if (!KEPT.contains(relation) && !relation.startsWith("acl") && !nationality) {
                return new Coreference.Resolution(null, "'" + noun.text() + "' has a modifier ('" + child.text()
                        + "') that may make it another place");
            }
        }
        if (named != null) {
            return new Coreference.Resolution(named, "described");
        }
        List<Entity> places = new ArrayList<>();
        for (int i = Math.max(0, sentence.index() - REACH); i <= sentence.index(); i++) {
            for (Token token : doc.sentences().get(i).tokens()) {
                if (token.index() >= noun.index()) {
                    break;
                }
                Entity place = entityAt.apply(token);
                if (place != null && place.type() == EntityType.PLACE && fits(classes, token, place)
                        && !places.contains(place)) {
                    places.add(place);
                }
            }
        }
        if (places.size() > 1) {
            return new Coreference.Resolution(null, "ambiguous places: "
                    + String.join(", ", places.stream().map(Entity::name).toList()));
        }
        return places.isEmpty() ? null : new Coreference.Resolution(places.get(0), "named-place");
    }

    /**
     * Whether a place's name fits the noun's classes: by the NER's fine class where it gave one (CITY, COUNTRY), else
     * (the pipeline's coarse LOCATION) by general knowledge: a country's name is a COUNTRY, any other place may be a
     * CITY or a STATE_OR_PROVINCE (so "Denver, Colorado. The city" has two candidates and is refused).
     */
    private static boolean fits(Set<String> classes, Token token, Entity place) {
        if (!token.ner().equals("LOCATION")) {
            return classes.contains(token.ner());
        }
        boolean country = COUNTRIES.contains(place.name())
                || place.aliases().stream().anyMatch(COUNTRIES::contains);
        return country ? classes.contains("COUNTRY") : classes.stream().anyMatch(NOT_COUNTRY::contains);
    }

    /** "the city", "this country": a determiner that makes the noun definite, and no possessor ("its home country"). */
    private static boolean definite(AnnotatedSentence sentence, Token noun) {
        boolean definite = false;
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            String word = child.text().toLowerCase(Locale.ROOT);
            if (relation.equals("nmod:poss")) {
                return false;
            }
            if (relation.startsWith("det") && (word.equals("the") || word.equals("this"))) {
                definite = true;
            }
        }
        return definite;
    }
}
