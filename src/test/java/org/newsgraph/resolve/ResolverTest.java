package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/** One entity per thing across articles, and each article's extraction rewritten to use it. */
class ResolverTest {

    private static final Span SENTENCE = new Span(0, 10, "0123456789", 0);

    private static Entity entity(String id, String name, EntityType type, String sameAs, String... aliases) {
        return new Entity(id, name, type, List.of(aliases), sameAs, List.of(new Span(0, 2, "xx", 0)));
    }

    private static Extraction article(String doc, List<Entity> entities, Relation... relations) {
        return new Extraction(doc, List.of(new Sentence(0, 0, 10)), entities, List.of(), List.of(relations));
    }

    @Test
    void mergesBySameWikidataIdButAShortFormOnlyInsideItsOwnArticle() {
        Extraction a = article("a", List.of(
                new Entity("ford-motor-company", "Ford Motor Company", EntityType.ORGANIZATION, List.of("Ford"),
                        "http://www.wikidata.org/entity/Q44294", List.of(new Span(0, 2, "xx", 0), new Span(3, 5, "yy", 0))),
                entity("henry", "Henry", EntityType.PERSON, null)));
        Extraction b = article("b", List.of(
                entity("ford", "Ford", EntityType.ORGANIZATION, null),
                entity("ford-motor-co", "Ford Motor Co", EntityType.ORGANIZATION, "http://www.wikidata.org/entity/Q44294"),
                entity("microsoft", "Microsoft", EntityType.ORGANIZATION, null)),
                new Relation("ford-motor-co", "competitorOf", "microsoft", null, SENTENCE, "test", 0.9));
        Resolver.Resolution resolution = new Resolver().resolution(List.of(a, b));
        assertEquals(List.of("ford", "ford-motor-company", "henry", "microsoft"),
                resolution.entities().stream().map(ResolvedEntity::id).toList(),
                "a lone Ford in b is not the Ford Motor Company article a called Ford");
        assertEquals(List.of("Ford", "Ford Motor Co"), resolution.entities().get(1).aliases());
        Extraction rewritten = resolution.extractions().get(1);
        assertEquals(List.of("ford", "ford-motor-company", "microsoft"),
                rewritten.entities().stream().map(Entity::id).toList());
        assertEquals("ford-motor-company", rewritten.relations().get(0).subject());
    }

    @Test
    void aFullNameGivenAsAliasMergesAcrossArticles() {
        Extraction a = article("a", List.of(entity("ibm", "IBM", EntityType.ORGANIZATION, null,
                "International Business Machines")));
        Extraction b = article("b", List.of(entity("international-business-machines", "International Business Machines",
                EntityType.ORGANIZATION, null)));
        assertEquals(List.of("ibm"), new Resolver().resolve(List.of(a, b)).stream().map(ResolvedEntity::id).toList());
    }

    @Test
    void aModelCodeIsAnIdentifierNotAShortForm() {
        Extraction a = article("a", List.of(entity("airbus-a380", "Airbus A380", EntityType.PRODUCT, null, "A380")));
        Extraction b = article("b", List.of(entity("a380", "A380", EntityType.PRODUCT, null)));
        assertEquals(1, new Resolver().resolve(List.of(a, b)).size());
        Extraction c = article("c", List.of(entity("general-motors", "General Motors", EntityType.ORGANIZATION, null, "GM")));
        Extraction d = article("d", List.of(entity("gm", "GM", EntityType.ORGANIZATION, null)));
        assertEquals(List.of("general-motors", "gm"),
                new Resolver().resolve(List.of(c, d)).stream().map(ResolvedEntity::id).toList());
    }

    @Test
    void aShortFormMergesAcrossArticlesOnlyThroughTheNameThatIntroducedIt() {
        Extraction a = article("a", List.of(entity("vestmark-coast-guard", "Vestmark Coast Guard",
                EntityType.ORGANIZATION, null, "Coast Guard", "VCG")));
        Extraction b = article("b", List.of(entity("coast-guard", "Coast Guard", EntityType.ORGANIZATION, null)));
        Extraction c = article("c", List.of(entity("vcg", "VCG", EntityType.ORGANIZATION, null)));
        Extraction d = article("d", List.of(entity("vestmark-coast-guard", "Vestmark Coast Guard",
                EntityType.ORGANIZATION, null, "Coast Guard")));
        assertEquals(List.of("coast-guard", "vcg", "vestmark-coast-guard"),
                new Resolver().resolve(List.of(a, b, c, d)).stream().map(ResolvedEntity::id).sorted().toList(),
                "the bare tail and the bare initials elsewhere may be another coast guard; the full name is the same one");
    }

    /** One row: two articles' entities with the same id, and whether they are one thing. */
    record Pair(String why, Entity first, Entity second, boolean oneThing) {
    }

    @Test
    void theSameIdIsOneThingOnlyWhenNothingContradictsIt() {
        String q1 = "http://www.wikidata.org/entity/Q1";
        String q2 = "http://www.wikidata.org/entity/Q2";
        List<Pair> table = List.of(
                new Pair("same name and type", entity("nordhav", "Nordhav", EntityType.ORGANIZATION, null),
                        entity("nordhav", "Nordhav", EntityType.ORGANIZATION, null), true),
                new Pair("types differ", entity("kessler", "Kessler", EntityType.PERSON, null),
                        entity("kessler", "Kessler", EntityType.ORGANIZATION, null), false),
                new Pair("Wikidata ids differ", entity("mercury", "Mercury", EntityType.ORGANIZATION, q1),
                        entity("mercury", "Mercury", EntityType.ORGANIZATION, q2), false),
                new Pair("one Wikidata id", entity("mercury", "Mercury", EntityType.ORGANIZATION, q1),
                        entity("mercury", "Mercury", EntityType.ORGANIZATION, null), true),
                new Pair("different first names", entity("smith", "Smith", EntityType.PERSON, null, "John Smith"),
                        entity("smith", "Smith", EntityType.PERSON, null, "Jane Smith"), false),
                new Pair("same first name", entity("smith", "Smith", EntityType.PERSON, null, "John Smith"),
                        entity("smith", "Smith", EntityType.PERSON, null, "John Smith"), true),
                new Pair("one side a surname only: which Smith?", entity("smith", "Smith", EntityType.PERSON, null,
                        "John Smith"), entity("smith", "Smith", EntityType.PERSON, null), false),
                new Pair("initials never spelt out", entity("aa", "AA", EntityType.ORGANIZATION, null),
                        entity("aa", "AA", EntityType.ORGANIZATION, null), false),
                new Pair("initials with one Wikidata id", entity("aa", "AA", EntityType.ORGANIZATION, q1),
                        entity("aa", "AA", EntityType.ORGANIZATION, q1), true),
                new Pair("a one-word company", entity("nordhav", "Nordhav", EntityType.ORGANIZATION, null),
                        entity("nordhav", "Nordhav", EntityType.ORGANIZATION, null, "Nordhav Energi"), true),
                new Pair("first names of companies do not matter",
                        entity("acme", "Acme", EntityType.ORGANIZATION, null, "Acme Steel"),
                        entity("acme", "Acme", EntityType.ORGANIZATION, null, "Big Acme"), true));
        for (Pair row : table) {
            List<ResolvedEntity> resolved = new Resolver().resolve(List.of(article("a", List.of(row.first())),
                    article("b", List.of(row.second()))));
            assertEquals(row.oneThing() ? 1 : 2, resolved.size(), row.why());
            assertEquals(resolved.size(), resolved.stream().map(ResolvedEntity::id).distinct().count(),
                    row.why() + ": every thing has its own id");
        }
    }

    @Test
    void anAliasOfTwoThingsMergesNothing() {
        Extraction a = article("a", List.of(entity("apple-inc", "Apple Inc.", EntityType.ORGANIZATION, null, "Apple")));
        Extraction b = article("b", List.of(entity("apple-corps", "Apple Corps", EntityType.ORGANIZATION, null, "Apple")));
        Extraction c = article("c", List.of(entity("apple", "Apple", EntityType.ORGANIZATION, null)));
        assertEquals(List.of("apple", "apple-corps", "apple-inc"),
                new Resolver().resolve(List.of(a, b, c)).stream().map(ResolvedEntity::id).toList());
    }

    @Test
    void theTypeDecisionAcrossArticlesKeepsItsReason() {
        Entity first = new Entity("nordhav", "Nordhav", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(0, 2, "xx", 0)), "context: attribute-after (3 of 4 votes)");
        Entity second = new Entity("nordhav", "Nordhav", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(0, 2, "xx", 0)), "NER (1 vote)");
        Resolver.Resolution resolution = new Resolver().resolution(List.of(article("a", List.of(first)),
                article("b", List.of(second))));
        assertEquals("Organization in both articles; first: context: attribute-after (3 of 4 votes)",
                resolution.entities().get(0).typeReason());
        assertEquals("NER (1 vote)", resolution.extractions().get(1).entities().get(0).typeReason(),
                "each article keeps its own decision");
        assertEquals("Organization in 1 article; first: NER (1 vote)", new Resolver().resolution(
                List.of(article("b", List.of(second)))).entities().get(0).typeReason(), "one article is not '1 of 1 articles'");
        assertEquals("Organization in all 3 articles; first: context: attribute-after (3 of 4 votes)",
                new Resolver().resolution(List.of(article("a", List.of(first)), article("b", List.of(second)),
                        article("c", List.of(second)))).entities().get(0).typeReason());
    }

    @Test
    void whyAnAliasIsTheSameThingReachesTheResolvedEntityAndTheRewrittenArticle() {
        Entity first = new Entity("halden-motors", "Halden Motors", EntityType.ORGANIZATION, List.of("HM", "Halden"), null,
                List.of(new Span(0, 2, "xx", 0)), "NER (1 vote)",
                java.util.Map.of("HM", "initials of Halden Motors", "Halden", "first words of Halden Motors"));
        Entity second = new Entity("halden-motors", "Halden Motors", EntityType.ORGANIZATION, List.of("Halden"), null,
                List.of(new Span(0, 2, "xx", 0)), "NER (1 vote)",
                java.util.Map.of("Halden", "first words of Halden Motors, used before the other names it begins or ends"));
        Resolver.Resolution resolution = new Resolver().resolution(List.of(article("a", List.of(first)),
                article("b", List.of(second))));
        assertEquals(java.util.Map.of("HM", "initials of Halden Motors", "Halden", "first words of Halden Motors"),
                resolution.entities().get(0).aliasReasons(), "the first article's reason for each alias");
        assertEquals(java.util.Map.of("Halden", "first words of Halden Motors, used before the other names it begins or ends"),
                resolution.extractions().get(1).entities().get(0).aliasReasons(), "each article keeps its own reasons");
    }

    @Test
    void whyAnotherArticlesNameIsTheSameThingIsKeptWhenArticlesMerge() {
        String wikidata = "http://www.wikidata.org/entity/Q1";
        Extraction a = article("a", List.of(entity("quorra-industries", "Quorra Industries", EntityType.ORGANIZATION,
                wikidata, "Quorra Industrial Group")));
        Extraction b = article("b", List.of(entity("quorra-industries-co", "Quorra Industries Co", EntityType.ORGANIZATION,
                wikidata)));
        Extraction c = article("c", List.of(entity("quorra-industrial-group", "Quorra Industrial Group",
                EntityType.ORGANIZATION, null)));
        Extraction d = article("d", List.of(entity("quorra-industries", "Quorra Industries", EntityType.ORGANIZATION,
                null)));
        Resolver.Resolution resolution = new Resolver().resolution(List.of(a, b, c, d));
        assertEquals(1, resolution.entities().size());
        assertEquals(java.util.Map.of("Quorra Industries Co", "same Wikidata id as Quorra Industries",
                        "Quorra Industrial Group", "an article gives both names, as an alias of Quorra Industries"),
                resolution.entities().get(0).mergeReasons(),
                "each other article's name with why it was joined; the same name needs no reason");
        assertEquals(java.util.Map.of(), new Resolver().resolution(List.of(a)).entities().get(0).mergeReasons(),
                "one article merges nothing across articles");
    }

    @Test
    void anOfficeAloneMergesWithNothingOutsideItsArticle() {
        Extraction a = article("a", List.of(entity("prime-minister", "Prime Minister", EntityType.PERSON, null)));
        Extraction b = article("b", List.of(entity("prime-minister", "Prime Minister", EntityType.PERSON, null)));
        assertEquals(List.of("prime-minister", "prime-minister-2"),
                new Resolver().resolve(List.of(a, b)).stream().map(ResolvedEntity::id).toList(),
                "two articles' prime ministers may be two people");
    }

    @Test
    void aThirdArticleJoinsTheFirstGroupItAgreesWith() {
        Extraction a = article("a", List.of(entity("smith", "Smith", EntityType.PERSON, null, "John Smith")));
        Extraction b = article("b", List.of(entity("smith", "Smith", EntityType.PERSON, null, "Jane Smith")));
        Extraction c = article("c", List.of(entity("smith", "Smith", EntityType.PERSON, null, "Jane Smith")));
        Resolver.Resolution resolution = new Resolver().resolution(List.of(a, b, c));
        assertEquals(List.of("smith", "smith-2"), resolution.entities().stream().map(ResolvedEntity::id).toList());
        assertEquals("smith-2", resolution.extractions().get(2).entities().get(0).id());
    }
}
