package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;

/** The seed article against its gold annotations, with the real CoreNLP pipeline (loaded once per JVM). */
class SeedArticleIT {

    private static Extraction extraction;
    private static Article article;
    private static JsonNode gold;

    @BeforeAll
    static void extract() throws Exception {
        article = new ArticleReader().read(Path.of("articles/2024-01-31-microsoft-ai-cloud.md"));
        extraction = new Extractor().extract(article);
        try (InputStream in = SeedArticleIT.class.getResourceAsStream("/gold/microsoft-ai-cloud.gold.json")) {
            gold = new ObjectMapper().readTree(Objects.requireNonNull(in));
        }
    }

    /**
     * Gold names that the curated list held only because this article has them: with the list cleaned (issue 13) no
     * general source or context rule finds them yet (Azure and ChatGPT are now found by context rules: "from Azure and
     * AI services", "to operate ChatGPT"; "Azure OpenAI" is tagged a name by the NER but joined to no product cue). They may be missing; every other gold entity and relation must
     * be there, and a found one must still be right.
     */
    private static final java.util.Set<String> KNOWN_GAPS = java.util.Set.of("Azure OpenAI");

    private static Entity entity(String name) {
        return extraction.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void everyGoldEntityIsFoundWithItsType() {
        for (JsonNode pair : gold.get("entities")) {
            Entity entity = entity(pair.get(0).asText());
            if (entity == null && KNOWN_GAPS.contains(pair.get(0).asText())) {
                continue;
            }
            assertNotNull(entity, "missing entity " + pair.get(0).asText());
            assertEquals(pair.get(1).asText(), entity.type().label(), "type of " + entity.name());
        }
    }

    @Test
    void noEntityComesFromTheBoilerplateLine() {
        int boilerplate = article.text().indexOf("For More latest tech news");
        for (Entity entity : extraction.entities()) {
            for (Span mention : entity.mentions()) {
                assertTrue(mention.start() < boilerplate, entity.name() + " mentioned in the boilerplate line");
            }
        }
        assertTrue(extraction.entities().stream().noneMatch(e -> e.name().equals("Gadgetsfocus")
                || e.name().equals("Facebook") || e.name().equals("YouTube")));
    }

    record Expected(double value, String unit, String kind, String period, String qualifier, String direction) {
    }

    @Test
    void theGoldFiguresAreReadRight() {
        Map<String, Expected> expected = Map.of(
                "$20 million", new Expected(2e7, "USD", "amount", "P1M", "at_most", null),
                "25%", new Expected(25, "percent", "share", null, "at_most", null),
                "$1 billion", new Expected(1e9, "USD", "amount", "P1Y", null, null),
                "$83 million", new Expected(8.3e7, "USD", "amount", "P1M", "approximately", null),
                "29%", new Expected(29, "percent", "change", null, null, "increase"),
                "7%", new Expected(7, "percent", "change", null, "at_least", "decrease"),
                "doubled", new Expected(2, "times", "change", null, null, "increase"),
                "24 million", new Expected(2.4e7, "user", "count", null, "at_least", null));
        expected.forEach((text, want) -> {
            Figure figure = extraction.figures().stream().filter(f -> f.text().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("missing figure " + text));
            Expected got = new Expected(figure.value().doubleValue(), figure.unit(), figure.kind().label(), figure.period(),
                    figure.qualifier(), figure.direction());
            assertEquals(want, got, text);
        });
    }

    @Test
    void millionsEachMonthIsWhatWalmartAndIntuitSpendNotOpenAi() {
        Figure millions = extraction.figures().stream().filter(f -> f.text().equals("millions each month"))
                .findFirst().orElseThrow();
        // since session 11 an answer in a sentence naming other organisations ("near-rivals": OpenAI is named in it)
        // is proposed, not asserted, until sentences of its own kind prove the group; proposed or asserted, it is
        // Walmart and Intuit, never OpenAI
        List<String> subjects = new java.util.ArrayList<>();
        subjects.add(answer(millions));
        subjects.addAll(millions.how().otherSubjects());
        assertEquals(List.of("walmart", "intuit"), subjects,
                "'These companies' are Walmart and Intuit, each: " + millions.subject() + " " + millions.how());
        assertEquals("coreference", millions.how().subjectStep());
    }

    @Test
    void everyFigureSaysHowItsSubjectWasFoundAndNoUnsureOneIsAsserted() {
        for (Figure figure : extraction.figures()) {
            assertFalse(figure.subject() != null && figure.how().subjectCandidate() != null, figure.text());
            if (figure.subject() != null || figure.how().subjectCandidate() != null) {
                assertNotNull(figure.how().subjectStep(), figure.text());
            }
        }
    }

    @Test
    void theSameFactStatedTwiceIsOneFigureWithTwoMentions() {
        List<Figure> twenty = extraction.figures().stream().filter(f -> f.text().contains("$20 million")).toList();
        assertEquals(1, twenty.size());
        assertEquals(2, twenty.get(0).mentions().size());
        assertEquals("tiktok", answer(twenty.get(0)), twenty.get(0).how().toString());
        assertEquals("2022-03", twenty.get(0).time());
    }

    @Test
    void vagueAmountsHaveNoValueButAnOrder() {
        List<Figure> vague = extraction.figures().stream().filter(f -> f.vague() != null).toList();
        assertEquals(4, vague.size(), vague.toString());
        assertTrue(vague.stream().allMatch(f -> f.value() == null && "USD".equals(f.unit())));
    }

    @Test
    void noFigureFromTraps() {
        for (JsonNode trap : gold.get("not_figures")) {
            int at = article.text().indexOf(trap.asText());
            while (at >= 0) {
                int start = at;
                int end = at + trap.asText().length();
                for (Figure figure : extraction.figures()) {
                    for (Span mention : figure.mentions()) {
                        assertFalse(mention.start() < end && start < mention.end(),
                                "figure " + mention.text() + " overlaps trap " + trap.asText());
                    }
                }
                at = article.text().indexOf(trap.asText(), end);
            }
        }
    }

    @Test
    void everyGoldRelationIsFoundAndNoOther() {
        Map<String, String> names = extraction.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (Relation r : extraction.relations()) {
            String predicate = r.predicate().equals("roleAt") && "CEO".equals(r.role()) ? "ceoOf" : r.predicate();
            found.add(names.get(r.subject()) + " " + predicate + " " + names.get(r.object()));
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (JsonNode relation : gold.get("relations")) {
            expected.add(relation.get(0).asText() + " " + relation.get(1).asText() + " " + relation.get(2).asText());
        }
        assertEquals(17, expected.size());
        assertTrue(expected.containsAll(found), "relations not in the gold: " + found);
        java.util.Set<String> missed = new java.util.TreeSet<>(expected);
        missed.removeAll(found);
        missed.removeIf(r -> KNOWN_GAPS.stream().anyMatch(gap -> (r.startsWith(gap + " ") || r.endsWith(" " + gap))
                && entity(gap) == null));
        assertEquals(java.util.Set.of(), missed, "gold relations missed");
    }

    @Test
    void everyRelationCarriesTheSentenceThatSaysIt() {
        for (Relation relation : extraction.relations()) {
            Span evidence = relation.evidence();
            assertEquals(article.text().substring(evidence.start(), evidence.end()), evidence.text());
            boolean named = extraction.entities().stream()
                    .filter(e -> e.id().equals(relation.subject()) || e.id().equals(relation.object()))
                    .flatMap(e -> e.mentions().stream())
                    .anyMatch(m -> m.start() >= evidence.start() && m.end() <= evidence.end());
            assertTrue(named, relation + ": neither side is named in " + evidence.text());
        }
    }

    @Test
    void productsAndWikidataIds() {
        assertEquals("http://www.wikidata.org/entity/Q2283", entity("Microsoft").sameAs());
        assertEquals("http://www.wikidata.org/entity/Q21708200", entity("OpenAI").sameAs());
        for (String product : List.of("Copilot", "Azure OpenAI", "ChatGPT", "GPT-4", "Office 365", "Azure")) {
            if (entity(product) != null || !KNOWN_GAPS.contains(product)) {
                assertNotNull(entity(product), "missing product " + product);
                assertEquals("Product", entity(product).type().label(), product);
            }
        }
    }

    /** The figure's subject, asserted or only proposed. */
    private static String answer(Figure figure) {
        return figure.subject() != null ? figure.subject() : figure.how().subjectCandidate();
    }
}
