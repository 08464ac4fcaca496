package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

/**
 * Issue 16, session 31: a resolution with the last one's memory ({@link ResolutionMemory}) is the resolution a fresh
 * resolver makes, record for record, through changes that join and split entities of articles that did not change:
 * an added article whose full name gives another article's name as an alias (the thing is renamed in the unchanged
 * article), an edit that takes the alias back (split again), an article added in front that shifts the numbering of
 * two same-named things of other types, and curation (a merge, a type). Each unchanged article whose ids and named
 * things are as before gets the very extraction the last resolution made; the others are rewritten.
 */
class ResolutionMemoryS31ScaleTest {

    @TempDir
    Path dir;

    private static final Span SENTENCE = new Span(0, 10, "0123456789", 0);

    private static Entity entity(String id, String name, EntityType type, int mentions, String... aliases) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            spans.add(new Span(i * 3, i * 3 + 2, "xx", 0));
        }
        return new Entity(id, name, type, List.of(aliases), null, spans);
    }

    private static Extraction article(String doc, List<Entity> entities, Relation... relations) {
        return new Extraction(doc, List.of(new Sentence(0, 0, 10)), entities, List.of(), List.of(relations));
    }

    private static final EntityType ORG = EntityType.ORGANIZATION;

    @Test
    void joinsSplitsRenumberingAndCurationResolveAsAFreshResolverDoes() throws Exception {
        Extraction a = article("a", List.of(entity("kelmar", "Kelmar", ORG, 1), entity("brisa", "Brisa", ORG, 1)),
                new Relation("kelmar", "partnerOf", "brisa", null, SENTENCE, "test", 0.9));
        Extraction b = article("b", List.of(entity("dana-pell", "Dana Pell", EntityType.PERSON, 1),
                entity("brisa", "Brisa", ORG, 2)));
        Extraction c = article("c", List.of(entity("dana-pell", "Dana Pell", ORG, 1), entity("ostro", "Ostro", ORG, 1)));
        Extraction d = article("d", List.of(entity("ostro", "Ostro", ORG, 1), entity("tamsin", "Tamsin", ORG, 1)));
        ResolutionMemory memory = new ResolutionMemory();
        Curation none = Curation.none();

        List<Extraction> first = resolve(List.of(a, b, c, d), none, memory).extractions();
        assertEquals(0, memory.reused(), "a first resolution has nothing to take over");

        // An added article names "Vantor Systems Group", also called Kelmar: a's Kelmar is that thing now.
        Extraction g = article("g", List.of(entity("vantor-systems-group", "Vantor Systems Group", ORG, 3, "Kelmar")));
        List<Extraction> joined = resolve(List.of(a, b, c, d, g), none, memory).extractions();
        assertEquals("vantor-systems-group", joined.get(0).entities().get(0).id());
        assertNotSame(first.get(0), joined.get(0), "a names the joined thing: rewritten");
        assertSame(first.get(1), joined.get(1));
        assertSame(first.get(3), joined.get(3));
        assertEquals(3, memory.reused(), "b, c and d");

        // g edited: the alias is gone, so a's Kelmar is its own thing again.
        Extraction g2 = article("g", List.of(entity("vantor-systems-group", "Vantor Systems Group", ORG, 3)));
        List<Extraction> split = resolve(List.of(a, b, c, d, g2), none, memory).extractions();
        assertEquals("kelmar", split.get(0).entities().get(0).id());
        assertEquals(first.get(0), split.get(0));
        assertEquals(3, memory.reused(), "b, c and d again; a and the edited g rewritten");

        // An article in front names a third Dana Pell of another type: the numbering of the other two moves.
        Extraction f = article("f", List.of(entity("dana-pell", "Dana Pell", EntityType.PRODUCT, 1)));
        List<Extraction> shifted = resolve(List.of(f, a, b, c, d, g2), none, memory).extractions();
        assertEquals("dana-pell-2", shifted.get(2).entities().get(0).id());
        assertEquals("dana-pell-3", shifted.get(3).entities().get(0).id());
        assertEquals(3, memory.reused(), "a, d and g; b and c are numbered anew");

        // Curation: Ostro merged into Tamsin, Brisa a product.
        Path file = dir.resolve(Curation.FILE_NAME);
        Files.writeString(file, "Ostro:\n  merge-into: Tamsin\nBrisa:\n  type: Product\n");
        List<ArticleProblem> problems = new ArrayList<>();
        Curation curated = Curation.read(file, problems);
        assertEquals(List.of(), problems);
        List<Extraction> merged = resolve(List.of(f, a, b, c, d, g2), curated, memory).extractions();
        assertEquals(2, memory.reused(), "f and g name neither");
        assertSame(shifted.get(0), merged.get(0));

        // Nothing changed: every rewrite taken over.
        resolve(List.of(f, a, b, c, d, g2), curated, memory);
        assertEquals(6, memory.reused());
    }

    /** The resolution with the memory, asserted equal to a fresh resolver's. */
    private static Resolver.Resolution resolve(List<Extraction> extractions, Curation curation,
                                               ResolutionMemory memory) {
        Resolver.Resolution remembered = new Resolver(curation, memory).resolution(extractions);
        assertEquals(new Resolver(curation).resolution(extractions), remembered);
        return remembered;
    }
}
