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
    void mergesBySameWikidataIdAndByAnAliasOfExactlyOneOther() {
        Extraction a = article("a", List.of(
                new Entity("ford-motor-company", "Ford Motor Company", EntityType.ORGANIZATION, List.of("Ford"),
                        "http://www.wikidata.org/entity/Q44294", List.of(new Span(0, 2, "xx", 0), new Span(3, 5, "yy", 0))),
                entity("henry", "Henry", EntityType.PERSON, null)));
        Extraction b = article("b", List.of(
                entity("ford", "Ford", EntityType.ORGANIZATION, null),
                entity("ford-motor-co", "Ford Motor Co", EntityType.ORGANIZATION, "http://www.wikidata.org/entity/Q44294"),
                entity("microsoft", "Microsoft", EntityType.ORGANIZATION, null)),
                new Relation("ford", "competitorOf", "microsoft", null, SENTENCE, "test", 0.9));
        Resolver.Resolution resolution = new Resolver().resolution(List.of(a, b));
        assertEquals(List.of("ford-motor-company", "henry", "microsoft"),
                resolution.entities().stream().map(ResolvedEntity::id).toList());
        assertEquals(List.of("Ford", "Ford Motor Co"), resolution.entities().get(0).aliases());
        Extraction rewritten = resolution.extractions().get(1);
        assertEquals(List.of("ford-motor-company", "microsoft"), rewritten.entities().stream().map(Entity::id).toList());
        assertEquals(2, rewritten.entities().get(0).mentions().size(), "two entities of one article became one");
        assertEquals("ford-motor-company", rewritten.relations().get(0).subject());
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
    void theTypeMostMentionsAgreeOnWins() {
        Extraction a = article("a", List.of(new Entity("kessler", "Kessler", EntityType.PERSON, List.of(), null,
                List.of(new Span(0, 1, "K", 0)))));
        Extraction b = article("b", List.of(new Entity("kessler", "Kessler", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(0, 1, "K", 0), new Span(2, 3, "K", 0)))));
        assertEquals(EntityType.ORGANIZATION, new Resolver().resolve(List.of(a, b)).get(0).type());
    }
}
