package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.extract.Attribution;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;

class GraphBuilderTest {

    private static final String TEXT = "The firm paid $3 million (C$4 million) for a 90-minute slot over 30 days.";
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);

    @Test
    void onlyIsoCurrencyCodesAreCurrenciesNotEveryThreeCapitalUnit() {
        Graph graph = build(figure("figure-1", FigureKind.AMOUNT, 3e6, "USD", "$3 million"),
                figure("figure-2", FigureKind.DURATION, 90.0, "MIN", "90-minute"),
                figure("figure-3", FigureKind.DURATION, 30.0, "DAY", "30 days"));
        Node currency = Vocabularies.schema("currency");
        Node unit = Vocabularies.uri(Vocabularies.QUDT, "unit");
        Node dollars = iris.figure("a", "figure-1");
        assertTrue(graph.contains(dollars, currency, NodeFactory.createLiteralString("USD")));
        assertTrue(graph.contains(dollars, unit, NodeFactory.createURI("http://qudt.org/vocab/unit/CCY_USD")));
        for (String id : List.of("figure-2", "figure-3")) {
            Node duration = iris.figure("a", id);
            assertFalse(graph.contains(duration, currency, Node.ANY), id + " is a duration, not an amount of money");
            assertEquals(1, graph.find(duration, unit, Node.ANY).toList().size());
            assertFalse(graph.find(duration, unit, Node.ANY).next().getObject().getURI().contains("CCY_"), id);
        }
        assertTrue(graph.contains(iris.figure("a", "figure-2"), unit, NodeFactory.createURI("http://qudt.org/vocab/unit/MIN")));
    }

    @Test
    void aCryptoCurrencyIsMoneyWithItsTickerAndNoQudtCurrencyUnit() {
        Graph graph = build(figure("figure-1", FigureKind.AMOUNT, 3.0, "BTC", "$3 million"));
        Node coins = iris.figure("a", "figure-1");
        assertTrue(graph.contains(coins, Vocabularies.schema("currency"), NodeFactory.createLiteralString("BTC")));
        assertTrue(graph.contains(coins, Vocabularies.uri(Vocabularies.QUDT, "unit"),
                NodeFactory.createURI("http://qudt.org/vocab/unit/UNITLESS")));
    }

    @Test
    void onlySureAttributionsAreAssertedTheRestAreCandidatesWithTheirStep() {
        Figure sure = withHow(figure("figure-1", FigureKind.AMOUNT, 3e6, "USD", "$3 million"), "the-firm", "price",
                new Attribution(null, "nsubj", null, "head-noun"));
        Figure unsure = withHow(figure("figure-2", FigureKind.DURATION, 30.0, "DAY", "30 days"), null, null,
                new Attribution("the-firm", "main-clause", "slot", "head-noun"));
        Graph graph = build(sure, unsure);
        Node subject = NG.term(iris.base(), NG.subject);
        Node candidate = NG.term(iris.base(), NG.candidateSubject);
        Node firm = iris.entity("the-firm");
        Node one = iris.figure("a", "figure-1");
        Node two = iris.figure("a", "figure-2");
        assertTrue(graph.contains(one, subject, firm));
        assertFalse(graph.contains(one, candidate, Node.ANY));
        assertTrue(graph.contains(one, NG.term(iris.base(), NG.subjectStep), NodeFactory.createLiteralString("nsubj")));
        assertFalse(graph.contains(two, subject, Node.ANY), "an unsure subject is never asserted");
        assertTrue(graph.contains(two, candidate, firm));
        assertTrue(graph.contains(two, NG.term(iris.base(), NG.subjectStep), NodeFactory.createLiteralString("main-clause")));
        assertFalse(graph.contains(two, NG.term(iris.base(), NG.measure), Node.ANY));
        assertTrue(graph.contains(two, NG.term(iris.base(), NG.candidateMeasure), NodeFactory.createLiteralString("slot")));
    }

    @Test
    void anInferredCurrencySaysHowItWasFoundAndAStatedOneSaysNothing() {
        Figure inferred = withHow(figure("figure-1", FigureKind.AMOUNT, 3e6, "USD", "3 million"), null, null,
                Attribution.NONE.withUnitStep("article-currency"));
        Figure stated = figure("figure-2", FigureKind.AMOUNT, 4e6, "USD", "$4 million");
        Graph graph = build(inferred, stated);
        Node unitStep = NG.term(iris.base(), NG.unitStep);
        assertTrue(graph.contains(iris.figure("a", "figure-1"), unitStep,
                NodeFactory.createLiteralString("article-currency")));
        assertFalse(graph.contains(iris.figure("a", "figure-2"), unitStep, Node.ANY));
    }

    @Test
    void anAmountInAnotherCurrencyPointsAtTheAmountItRestates() {
        Figure dollars = figure("figure-1", FigureKind.AMOUNT, 3e6, "USD", "$3 million");
        Figure canadian = figure("figure-2", FigureKind.AMOUNT, 4e6, "CAD", "C$4 million").withConvertedFrom("figure-1");
        Graph graph = build(dollars, canadian);
        Node convertedFrom = NG.term(iris.base(), NG.convertedFrom);
        assertTrue(graph.contains(iris.figure("a", "figure-2"), convertedFrom, iris.figure("a", "figure-1")));
        assertFalse(graph.contains(iris.figure("a", "figure-1"), convertedFrom, Node.ANY));
    }

    @Test
    void aFigureAboutSeveralOrganisationsHasASubjectEach() {
        Figure both = withHow(figure("figure-1", FigureKind.AMOUNT, 3e6, "USD", "$3 million"), "the-firm", null,
                new Attribution(null, "coreference", null, null, List.of("other-firm")));
        Figure unsure = withHow(figure("figure-2", FigureKind.DURATION, 30.0, "DAY", "30 days"), null, null,
                new Attribution("the-firm", "nsubj", null, null, List.of("other-firm")));
        Graph graph = build(both, unsure);
        Node subject = NG.term(iris.base(), NG.subject);
        Node candidate = NG.term(iris.base(), NG.candidateSubject);
        Node one = iris.figure("a", "figure-1");
        Node two = iris.figure("a", "figure-2");
        assertTrue(graph.contains(one, subject, iris.entity("the-firm")));
        assertTrue(graph.contains(one, subject, iris.entity("other-firm")));
        assertFalse(graph.contains(two, subject, Node.ANY), "unsure subjects are never asserted");
        assertTrue(graph.contains(two, candidate, iris.entity("the-firm")));
        assertTrue(graph.contains(two, candidate, iris.entity("other-firm")));
    }

    @Test
    void anAliasTheArticleJoinedToAnEntityKeepsWhyAndWhichArticleSaidSo() {
        String text = "Northwind Traders said on Monday that NT would open a shop.";
        Entity firm = new Entity("northwind-traders", "Northwind Traders", EntityType.ORGANIZATION, List.of("NT"), null,
                List.of(new Span(0, 17, "Northwind Traders", 0), new Span(38, 40, "NT", 0)), null,
                java.util.Map.of("NT", "initials of Northwind Traders"));
        Entity plain = new Entity("monday-shop", "Monday Shop", EntityType.ORGANIZATION, List.of(), null, List.of());
        Article article = new Article("a", Path.of("a.md"), "A", LocalDate.of(2025, 1, 2), null, null, null, List.of(),
                text, text, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, text.length())));
        Extraction extraction = new Extraction("a", List.of(new Sentence(0, 0, text.length())), List.of(firm, plain),
                List.of(), List.of());
        Graph graph = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), List.of())
                .getGraph(iris.article("a"));
        Node aliasOf = NG.term(iris.base(), NG.alias);
        List<Node> aliases = graph.find(iris.entity("northwind-traders"), aliasOf, Node.ANY)
                .mapWith(org.apache.jena.graph.Triple::getObject).toList();
        assertEquals(1, aliases.size());
        Node alias = aliases.get(0);
        assertTrue(graph.contains(alias, Vocabularies.uri(Vocabularies.RDF, "type"), NG.term(iris.base(), NG.Alias)));
        assertTrue(graph.contains(alias, NG.term(iris.base(), NG.aliasName), NodeFactory.createLiteralString("NT")));
        assertTrue(graph.contains(alias, NG.term(iris.base(), NG.aliasReason),
                NodeFactory.createLiteralString("initials of Northwind Traders")));
        assertTrue(graph.contains(alias, Vocabularies.uri(Vocabularies.PROV, "wasDerivedFrom"), iris.article("a")));
        assertFalse(graph.contains(iris.entity("monday-shop"), aliasOf, Node.ANY), "no alias joined, no reason");
    }

    @Test
    void aNameAnotherArticleGaveTheMergedEntityKeepsWhyInTheEntitiesGraph() {
        org.newsgraph.resolve.ResolvedEntity merged = new org.newsgraph.resolve.ResolvedEntity("northwind-traders",
                "Northwind Traders", EntityType.ORGANIZATION, List.of("Northwind Traders Co"), null, 3, List.of(), null,
                java.util.Map.of(), java.util.Map.of("Northwind Traders Co", "same Wikidata id as Northwind Traders"));
        Graph graph = new GraphBuilder(iris).build(List.of(), List.of(merged)).getGraph(iris.entitiesGraph());
        List<Node> aliases = graph.find(iris.entity("northwind-traders"), NG.term(iris.base(), NG.alias), Node.ANY)
                .mapWith(org.apache.jena.graph.Triple::getObject).toList();
        assertEquals(1, aliases.size());
        assertTrue(graph.contains(aliases.get(0), NG.term(iris.base(), NG.aliasName),
                NodeFactory.createLiteralString("Northwind Traders Co")));
        assertTrue(graph.contains(aliases.get(0), NG.term(iris.base(), NG.aliasReason),
                NodeFactory.createLiteralString("same Wikidata id as Northwind Traders")));
        org.newsgraph.resolve.ResolvedEntity alone = new org.newsgraph.resolve.ResolvedEntity("fabrikam", "Fabrikam",
                EntityType.ORGANIZATION, List.of(), null, 1, List.of());
        assertFalse(new GraphBuilder(iris).build(List.of(), List.of(alone)).getGraph(iris.entitiesGraph())
                .contains(iris.entity("fabrikam"), NG.term(iris.base(), NG.alias), Node.ANY), "nothing merged, no record");
    }

    @Test
    void aRelationThroughCoreferenceKeepsTheResolutionsLevelBesideItsRule() {
        String text = "Northwind Traders grew. It bought Fabrikam.";
        Entity northwind = new Entity("northwind-traders", "Northwind Traders", EntityType.ORGANIZATION, List.of(),
                null, List.of(new Span(0, 17, "Northwind Traders", 0)));
        Entity fabrikam = new Entity("fabrikam", "Fabrikam", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(34, 42, "Fabrikam", 1)));
        Span evidence = new Span(24, 43, "It bought Fabrikam.", 1);
        Relation resolved = new Relation("northwind-traders", "acquires", "fabrikam", null, evidence, "buy-verb", 0.9)
                .withEndResolution("weak");
        Relation named = new Relation("fabrikam", "ownedBy", "northwind-traders", null, evidence, "own-verb", 0.8);
        Article article = new Article("a", Path.of("a.md"), "A", LocalDate.of(2025, 1, 2), null, null, null, List.of(),
                text, text, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, text.length())));
        Extraction extraction = new Extraction("a", List.of(new Sentence(0, 0, 23), new Sentence(1, 24, 43)),
                List.of(northwind, fabrikam), List.of(), List.of(resolved, named));
        Graph graph = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), List.of())
                .getGraph(iris.article("a"));
        Node endResolution = NG.term(iris.base(), NG.endResolution);
        Node first = iris.relation("a", 1);
        assertTrue(graph.contains(first, endResolution, NodeFactory.createLiteralString("weak")));
        assertTrue(graph.contains(first, NG.term(iris.base(), NG.rule), NodeFactory.createLiteralString("buy-verb")));
        assertTrue(graph.contains(first, NG.term(iris.base(), NG.confidence), Node.ANY));
        assertEquals(0.5, Double.parseDouble(graph.find(first, NG.term(iris.base(), NG.confidence), Node.ANY).next()
                .getObject().getLiteralLexicalForm()), "a weakly resolved end lowers the rule's 0.9");
        assertFalse(graph.contains(iris.relation("a", 2), endResolution, Node.ANY), "named ends: no resolution");
    }

    @Test
    void aWeakRelationIsReifiedButNotAsserted() {
        String text = "Northwind Traders grew. It may buy Fabrikam.";
        Entity northwind = new Entity("northwind-traders", "Northwind Traders", EntityType.ORGANIZATION, List.of(),
                null, List.of(new Span(0, 17, "Northwind Traders", 0)));
        Entity fabrikam = new Entity("fabrikam", "Fabrikam", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(35, 43, "Fabrikam", 1)));
        Span evidence = new Span(24, 44, "It may buy Fabrikam.", 1);
        Relation weak = new Relation("northwind-traders", "acquires", "fabrikam", null, evidence, "buy-verb", 0.6);
        Relation sure = new Relation("fabrikam", "ownedBy", "northwind-traders", null, evidence, "own-verb", 0.8);
        Relation weakOwner = new Relation("northwind-traders", "ownedBy", "fabrikam", null, evidence, "own-verb", 0.5);
        Article article = new Article("a", Path.of("a.md"), "A", LocalDate.of(2025, 1, 2), null, null, null, List.of(),
                text, text, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, text.length())));
        Extraction extraction = new Extraction("a", List.of(new Sentence(0, 0, 23), new Sentence(1, 24, 44)),
                List.of(northwind, fabrikam), List.of(), List.of(weak, sure, weakOwner));
        Graph graph = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), List.of())
                .getGraph(iris.article("a"));
        Node n = iris.entity("northwind-traders");
        Node f = iris.entity("fabrikam");
        assertFalse(graph.contains(n, NG.term(iris.base(), "acquires"), f), "weak: not asserted");
        assertTrue(graph.contains(iris.relation("a", 1), NG.term(iris.base(), NG.rule),
                NodeFactory.createLiteralString("buy-verb")), "weak: still reified with its rule");
        assertTrue(graph.contains(iris.relation("a", 1), Rdf11.REIFIES, Node.ANY));
        assertTrue(graph.contains(f, NG.term(iris.base(), "ownedBy"), n), "sure: asserted");
        assertTrue(graph.contains(f, Vocabularies.schema("parentOrganization"), n));
        assertFalse(graph.contains(n, NG.term(iris.base(), "ownedBy"), f), "weak ownership: not asserted");
        assertFalse(graph.contains(n, Vocabularies.schema("parentOrganization"), f));
    }

    private static Figure withHow(Figure f, String subject, String measure, Attribution how) {
        return new Figure(f.id(), f.kind(), f.value(), f.min(), f.max(), f.unit(), f.qualifier(), f.period(), f.per(),
                f.direction(), measure, subject, f.of(), f.time(), f.vague(), f.mentions(), how);
    }

    @Test
    void twoArticlesGraphsShareOneNodePerTermEntityUnitAndOffsetNotOneEachPerStatement() {
        Figure dollars = figure("figure-1", FigureKind.AMOUNT, 3e6, "USD", "$3 million");
        DatasetGraph dataset = new GraphBuilder(iris).build(List.of(article("a", dollars), article("b", dollars)),
                List.of());
        Graph a = dataset.getGraph(iris.article("a"));
        Graph b = dataset.getGraph(iris.article("b"));
        Node unitText = Vocabularies.schema("unitText");
        Triple inA = a.find(iris.figure("a", "figure-1"), unitText, Node.ANY).next();
        Triple inB = b.find(iris.figure("b", "figure-1"), unitText, Node.ANY).next();
        assertSame(inA.getPredicate(), inB.getPredicate(), "one schema:unitText node for every figure");
        assertSame(inA.getObject(), inB.getObject(), "one \"USD\" literal for every figure in USD");
        Node begin = Vocabularies.nif("beginIndex");
        Node mentionA = a.find(Node.ANY, begin, NodeFactory.createLiteralDT("14",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)).next().getObject();
        Node mentionB = b.find(Node.ANY, begin, NodeFactory.createLiteralDT("14",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDnonNegativeInteger)).next().getObject();
        assertSame(mentionA, mentionB, "one literal per offset");
        Node type = Vocabularies.uri(Vocabularies.RDF, "type");
        List<Node> types = new java.util.ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, type, Node.ANY).forEachRemaining(q -> types.add(q.getPredicate()));
        assertTrue(types.size() > 4);
        assertTrue(types.stream().allMatch(t -> t == types.get(0)), "one rdf:type node for every statement");
    }

    private ExtractedArticle article(String slug, Figure... figures) {
        Article article = new Article(slug, Path.of(slug + ".md"), "A", LocalDate.of(2025, 1, 2), null, null, null,
                List.of(), TEXT, TEXT, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, TEXT.length())));
        return new ExtractedArticle(article, new Extraction(slug, List.of(new Sentence(0, 0, TEXT.length())),
                List.of(), List.of(figures), List.of()));
    }

    private Graph build(Figure... figures) {
        Article article = new Article("a", Path.of("a.md"), "A", LocalDate.of(2025, 1, 2), null, null, null, List.of(),
                TEXT, TEXT, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, TEXT.length())));
        Extraction extraction = new Extraction("a", List.of(new Sentence(0, 0, TEXT.length())), List.of(),
                List.of(figures), List.of());
        DatasetGraph dataset = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), List.of());
        return dataset.getGraph(iris.article("a"));
    }

    private static Figure figure(String id, FigureKind kind, double value, String unit, String text) {
        int start = TEXT.indexOf(text);
        return new Figure(id, kind, new java.math.BigDecimal(Double.toString(value)), null, null, unit, null, null, null, null, null, null, null, null, null,
                List.of(new Span(start, start + text.length(), text, 0)));
    }
}
