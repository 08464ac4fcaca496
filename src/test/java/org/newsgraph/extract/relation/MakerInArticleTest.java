package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/** A product's maker read from what the rest of the article says of its makers: model families, the sole maker. */
class MakerInArticleTest {

    private static final String TEXT = "Halvorsen makes the Zephyr. Brindle makes planes. The Z300 and Z320 fly. "
            + "The Vela sells.";
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, 27), new Sentence(1, 28, 49),
            new Sentence(2, 50, 72), new Sentence(3, 73, 88));

    private static Entity entity(String name, EntityType type, String... mentions) {
        List<Span> spans = new ArrayList<>();
        for (String mention : mentions) {
            int at = TEXT.indexOf(mention);
            int sentence = SENTENCES.stream().filter(s -> s.start() <= at && at < s.end()).findFirst().orElseThrow().index();
            spans.add(new Span(at, at + mention.length(), mention, sentence));
        }
        return new Entity(name.toLowerCase().replace(' ', '-'), name, type, List.of(), null, spans);
    }

    private static Relation made(Entity product, Entity maker, double confidence) {
        return new Relation(product.id(), "productOf", maker.id(), null, new Span(0, 27, TEXT.substring(0, 27), 0),
                "test", confidence);
    }

    private static List<String> found(List<Entity> entities, List<Relation> known, String topic) {
        return MakerInArticle.relations(entities, known, topic, false, name -> false, SENTENCES, TEXT).stream()
                .map(r -> r.subject() + " " + r.object() + " " + r.rule() + (r.weak() ? " weak" : "")).toList();
    }

    @Test
    void aModelOfTheSameFamilyHasTheSameMaker() {
        Entity brindle = entity("Brindle", EntityType.ORGANIZATION, "Brindle");
        Entity z300 = entity("Z300", EntityType.PRODUCT, "Z300");
        Entity z320 = entity("Z320", EntityType.PRODUCT, "Z320");
        assertEquals(List.of("z320 brindle product-model-family weak"),
                found(List.of(brindle, z300, z320), List.of(made(z300, brindle, 0.85)), null));
        assertEquals(List.of(), found(List.of(brindle, z300, z320), List.of(made(z300, brindle, 0.6)), null),
                "a weak maker is no family's");
    }

    @Test
    void theFamilyIsTheLettersAndTheFirstDigit() {
        assertEquals("Z3", MakerInArticle.family(entity("Z320", EntityType.PRODUCT, "Z320")));
        assertEquals("7", MakerInArticle.family(new Entity("b", "Brindle 737-800", EntityType.PRODUCT, List.of(), null,
                List.of())));
        assertEquals(null, MakerInArticle.family(entity("Vela", EntityType.PRODUCT, "Vela")));
    }

    @Test
    void theArticlesSoleMakerMakesItsOtherProducts() {
        Entity halvorsen = entity("Halvorsen", EntityType.ORGANIZATION, "Halvorsen");
        Entity zephyr = entity("Zephyr", EntityType.PRODUCT, "Zephyr");
        Entity vela = entity("Vela", EntityType.PRODUCT, "Vela");
        List<Entity> entities = List.of(halvorsen, zephyr, vela);
        assertEquals(List.of("vela halvorsen product-sole-maker weak"),
                found(entities, List.of(made(zephyr, halvorsen, 0.8)), "halvorsen"));
        assertEquals(List.of(), found(entities, List.of(made(zephyr, halvorsen, 0.8)), null),
                "only the organisation the article is about");
        Entity brindle = entity("Brindle", EntityType.ORGANIZATION, "Brindle");
        Entity planes = entity("Z300", EntityType.PRODUCT, "Z300");
        assertEquals(List.of(), found(List.of(halvorsen, zephyr, vela, brindle, planes),
                List.of(made(zephyr, halvorsen, 0.8), made(planes, brindle, 0.8)), "halvorsen"),
                "two makers: whose the Vela is, the article does not say");
    }

    @Test
    void aProductOfTheSameBrandHasTheSameMaker() {
        Entity brindle = entity("Brindle", EntityType.ORGANIZATION, "Brindle");
        Entity halvorsen = entity("Halvorsen", EntityType.ORGANIZATION, "Halvorsen");
        Entity x5 = new Entity("zephyr-x5", "Zephyr X5", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(20, 26, "Zephyr", 0)));
        Entity pad = new Entity("zephyr-pad", "Zephyr Pad", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(73, 77, "Vela", 3)));
        Entity vela = entity("Vela", EntityType.PRODUCT, "Vela");
        Entity zephyr = entity("Zephyr", EntityType.PRODUCT, "Zephyr");
        assertEquals(List.of("zephyr-pad brindle product-brand-family weak"),
                found(List.of(brindle, halvorsen, x5, pad, vela, zephyr), List.of(made(x5, brindle, 0.8)), "halvorsen"),
                "the Vela is of another brand, the bare brand may be a family, and Brindle is not the article's "
                        + "organisation");
        assertEquals(List.of(), found(List.of(brindle, halvorsen, x5, pad), List.of(made(x5, brindle, 0.8),
                made(x5, halvorsen, 0.8)), null), "two makers of the brand: whose the Pad is, the article does not say");
        assertEquals("Zephyr", MakerInArticle.brand(pad));
        assertEquals(null, MakerInArticle.brand(entity("Z320", EntityType.PRODUCT, "Z320")));
    }

    @Test
    void aProductNamedAfterAnotherOrganisationIsNotTheSoleMakers() {
        Entity halvorsen = entity("Halvorsen", EntityType.ORGANIZATION, "Halvorsen");
        Entity zephyr = entity("Zephyr", EntityType.PRODUCT, "Zephyr");
        Entity brindle = entity("Brindle", EntityType.ORGANIZATION, "Brindle");
        Entity brindlePlanes = new Entity("brindle-planes", "Brindle planes", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(28, 42, "Brindle makes", 1)));
        assertEquals(List.of(), found(List.of(halvorsen, zephyr, brindle, brindlePlanes),
                List.of(made(zephyr, halvorsen, 0.8)), "halvorsen"));
    }

    private static List<String> foundWithMakerTopic(List<Entity> entities, List<Relation> known, String topic,
                                                    boolean topicIsMaker) {
        return MakerInArticle.relations(entities, known, topic, topicIsMaker, name -> false, SENTENCES, TEXT).stream()
                .map(r -> r.subject() + " " + r.object() + " " + r.rule() + (r.weak() ? " weak" : "")).toList();
    }

    /**
     * s19-products: an article about a firm it calls a maker and that states no maker at all ("This move comes after
     * delays on its A380 super-jumbo", "its" unresolved, in an article about "Europe's biggest aircraft manufacturer";
     * "The first model to use the cells will be the Vela 500" in an article about a carmaker): the product is the
     * topic's, weakly. Not where the topic is not called a maker, where a sentence naming the product names another
     * organisation, or where the article states another maker.
     */
    @Test
    void anArticleAboutAMakerThatStatesNoMakerGivesItsProductsToIt() {
        Entity halvorsen = entity("Halvorsen", EntityType.ORGANIZATION, "Halvorsen");
        Entity vela = entity("Vela", EntityType.PRODUCT, "Vela");
        assertEquals(List.of("vela halvorsen product-topic-maker weak"),
                foundWithMakerTopic(List.of(halvorsen, vela), List.of(), "halvorsen", true));
        assertEquals(List.of(), foundWithMakerTopic(List.of(halvorsen, vela), List.of(), "halvorsen", false),
                "a topic the article does not call a maker");
        assertEquals(List.of(), found(List.of(halvorsen, vela), List.of(), "halvorsen"),
                "the reading without the maker test stays as it was");
        Entity brindle = entity("Brindle", EntityType.ORGANIZATION, "Brindle");
        Entity planes = new Entity("planes", "Planes", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(42, 48, "planes", 1)));
        assertEquals(List.of("vela halvorsen product-topic-maker weak"),
                foundWithMakerTopic(List.of(halvorsen, vela, brindle, planes), List.of(), "halvorsen", true),
                "a product in a sentence that names another organisation may be that one's");
        Entity z300 = entity("Z300", EntityType.PRODUCT, "Z300");
        assertEquals(List.of(), foundWithMakerTopic(List.of(halvorsen, vela, brindle, z300),
                List.of(made(z300, brindle, 0.8)), "halvorsen", true), "the article states another maker");
        assertEquals(List.of(), foundWithMakerTopic(List.of(halvorsen, vela), List.of(made(vela, brindle, 0.5)),
                "halvorsen", true), "a product some rule already gave a maker, however weakly");
    }

    /**
     * s19-products: a product named after a listed maker that the article names nowhere else ("Volkswagen ID.3" after
     * "Volkswagen" became part of the product's name) is no sole or topic maker's: its name says whose it is.
     */
    @Test
    void aProductNamedAfterAListedMakerIsNotTheTopicsOrTheSoleMakers() {
        Entity halvorsen = entity("Halvorsen", EntityType.ORGANIZATION, "Halvorsen");
        Entity zephyr = entity("Zephyr", EntityType.PRODUCT, "Zephyr");
        Entity brindle = new Entity("brindle-z300", "Brindle Z300", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(73, 77, "Vela", 3)));
        java.util.function.Predicate<String> listed = name -> name.equals("Brindle") || name.equals("Halvorsen");
        assertEquals(List.of(), MakerInArticle.relations(List.of(halvorsen, zephyr, brindle),
                List.of(made(zephyr, halvorsen, 0.8)), "halvorsen", true, listed, SENTENCES, TEXT));
        assertEquals(List.of("brindle-z300"), MakerInArticle.relations(List.of(halvorsen, zephyr, brindle),
                List.of(made(zephyr, halvorsen, 0.8)), "halvorsen", true, name -> false, SENTENCES, TEXT).stream()
                .map(Relation::subject).toList(), "without the list it is the sole maker's");
        Entity own = new Entity("halvorsen-z9", "Halvorsen Z9", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(73, 77, "Vela", 3)));
        assertEquals(List.of("halvorsen-z9"), MakerInArticle.relations(List.of(halvorsen, zephyr, own),
                List.of(made(zephyr, halvorsen, 0.8)), "halvorsen", true, listed, SENTENCES, TEXT).stream()
                .map(Relation::subject).toList(), "named after the topic itself");
        Entity os = new Entity("brindle-os-x", "Brindle Os X", EntityType.PRODUCT, List.of(), null,
                List.of(new Span(73, 77, "Vela", 3)));
        assertEquals(List.of("brindle-os-x"), MakerInArticle.relations(List.of(halvorsen, zephyr, os),
                List.of(made(zephyr, halvorsen, 0.8)), "halvorsen", true, listed, SENTENCES, TEXT).stream()
                .map(Relation::subject).toList(), "a listed word before no model code (\"Mac OS X\") says nothing");
    }
}
