package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

/** A product named after its maker is not the product of the firm that buys or flies it. */
class NamedMakersTest {

    private static final String TEXT = "Korvath Air took delivery of its first Halvorsen Z380 on Monday.";
    private static final Span SENTENCE = new Span(0, TEXT.length(), TEXT, 0);
    private static final Entity AIRLINE = org("korvath-air", "Korvath Air", List.of());
    private static final Entity JET = new Entity("halvorsen-z380", "Halvorsen Z380", EntityType.PRODUCT, List.of(),
            null, List.of(new Span(39, 53, "Halvorsen Z380", 0)), "model code after a known name (all 4 votes)");

    private static Entity org(String id, String name, List<String> aliases) {
        return new Entity(id, name, EntityType.ORGANIZATION, aliases, null, List.of(new Span(0, name.length(), name, 0)));
    }

    private static List<String> kept(List<Relation> relations, List<Entity> entities, Set<String> known) {
        return NamedMakers.withoutOtherMakers(relations, entities, known::contains).stream()
                .map(r -> r.subject() + " " + r.predicate() + " " + r.object()).toList();
    }

    @Test
    void aBuyersPossessiveOfAProductNamedAfterAKnownMakerIsDropped() {
        Relation possessive = new Relation("halvorsen-z380", "productOf", "korvath-air", null, SENTENCE,
                "product-possessive", 0.8);
        assertEquals(List.of(), kept(List.of(possessive), List.of(AIRLINE, JET), Set.of("Halvorsen")),
                "'its first Halvorsen Z380': the gazetteer's Halvorsen makes it, the airline bought it");
        assertEquals(List.of("halvorsen-z380 productOf korvath-air"),
                kept(List.of(possessive), List.of(AIRLINE, JET), Set.of()),
                "a first word no list or article names as an organisation says nothing");
    }

    @Test
    void aMakerOfTheArticleCountsAndARuleThatStatesMakingStands() {
        Entity maker = org("halvorsen-industries", "Halvorsen Industries", List.of("Halvorsen"));
        Relation launch = new Relation("halvorsen-z380", "productOf", "korvath-air", null, SENTENCE, "product-launch",
                0.8);
        Relation made = new Relation("halvorsen-z380", "productOf", "korvath-air", null, SENTENCE, "product-made",
                0.75);
        assertEquals(List.of("halvorsen-z380 productOf korvath-air"),
                kept(List.of(launch, made), List.of(AIRLINE, maker, JET), Set.of()),
                "the article's Halvorsen (an alias) is another maker; 'made by' still says who makes it");
    }

    @Test
    void aMakerWhoseNameSharesTheFirstWordKeepsItsProduct() {
        Entity unit = org("halvorsen-norway", "Halvorsen Norway", List.of());
        Relation possessive = new Relation("halvorsen-z380", "productOf", "halvorsen-norway", null, SENTENCE,
                "product-possessive", 0.8);
        assertEquals(List.of("halvorsen-z380 productOf halvorsen-norway"),
                kept(List.of(possessive), List.of(unit, JET), Set.of("Halvorsen")),
                "'Halvorsen Norway's Halvorsen Z380' is a maker's unit's, as 'Ford Falcon' is Ford Australia's");
    }

    @Test
    void aKnownMakerNamedOnlyInItsProductsNameIsAnOrganisationOfTheArticle() {
        Gazetteer.Entry listed = new Gazetteer.Entry("Halvorsen Industries", EntityType.ORGANIZATION, "Q1");
        Function<String, Gazetteer.Entry> known = words -> words.equals("Halvorsen") ? listed : null;
        List<Entity> makers = NamedMakers.makersInProductNames(List.of(AIRLINE, JET), known);
        assertEquals(List.of("halvorsen-industries Halvorsen Industries [Halvorsen] Q1 "
                        + "[Span[start=39, end=48, text=Halvorsen, sentence=0]]"),
                makers.stream().map(m -> m.id() + " " + m.name() + " " + m.aliases() + " " + m.sameAs() + " "
                        + m.mentions()).toList(),
                "'its first Halvorsen Z380': the list's organisation, its mention the maker's words of the product's");
        assertEquals(List.of(), NamedMakers.makersInProductNames(List.of(AIRLINE, JET), words -> null),
                "words no list holds as an organisation make none");
        Entity unit = org("halvorsen-norway", "Halvorsen Norway", List.of());
        assertEquals(List.of(), NamedMakers.makersInProductNames(List.of(unit, JET), known),
                "an organisation of the article with that first word is the one MakerInName links");
    }

    @Test
    void aModelFamilyTheEntityStepDidNotNameFromAMakerIsNoMakersName() {
        Entity phone = new Entity("halvorsen-3", "Halvorsen 3", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(39, 50, "Halvorsen 3", 0)), "context: apposition (all 2 votes)");
        Relation possessive = new Relation("halvorsen-3", "productOf", "korvath-air", null, SENTENCE,
                "product-possessive", 0.8);
        assertEquals(List.of("halvorsen-3 productOf korvath-air"),
                kept(List.of(possessive), List.of(AIRLINE, phone), Set.of("Halvorsen")),
                "'Tolvane's new Arcus 3': a family sharing a listed firm's name keeps its possessor");
        assertEquals(List.of(), NamedMakers.makersInProductNames(List.of(AIRLINE, phone),
                words -> new Gazetteer.Entry(words, EntityType.ORGANIZATION, null)));
    }
    @Test
    void aModelsMakerIsTheOrganisationItsNameStartsWith() {
        Entity maker = org("halvorsen-industries", "Halvorsen Industries", List.of("Halvorsen"));
        assertEquals(maker, NamedMakers.makerOfModel(JET, List.of(AIRLINE, maker, JET)),
                "'its first Halvorsen Z380': the organisation whose alias opens the model's name");
        assertEquals(null, NamedMakers.makerOfModel(JET, List.of(AIRLINE, JET)),
                "no organisation of that name: no maker");
        Entity family = new Entity("halvorsen-z380", "Halvorsen Z380", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(39, 53, "Halvorsen Z380", 0)), "context: compound-of-product-noun");
        assertEquals(null, NamedMakers.makerOfModel(family, List.of(AIRLINE, maker, family)),
                "a product not typed from a known maker's name is no maker's model ('Arcus 3' beside Arcus Biosciences)");
        assertEquals(null, NamedMakers.makerOfModel(AIRLINE, List.of(AIRLINE, maker)), "an organisation is no model");
    }
}
