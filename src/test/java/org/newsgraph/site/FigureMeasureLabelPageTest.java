package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.Article;
import org.newsgraph.article.TextBlock;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.ExtractedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;
import org.newsgraph.resolve.ResolvedEntity;

/**
 * The article page's figures table shows a count's measure only when it says more than the counted noun: "40 jets"
 * about a carrier reads "jets" once, while "12 new engines" keeps "new engines" under the subject.
 */
class FigureMeasureLabelPageTest {

    private static final String TEXT = "Bluewing Air ordered 40 jets and 12 new engines.";

    @TempDir
    Path dir;

    @Test
    void theMeasureThatOnlyRepeatsTheCountedNounIsNotShownAgain() throws Exception {
        Document page = Jsoup.parse(render().resolve("article/fleet-news/index.html").toFile());
        Element jets = row(page, "f1");
        assertEquals("Bluewing Air", jets.select("td[data-label=About]").text(), "no 'jets' under the subject");
        assertNull(jets.selectFirst("td[data-label=About] span.sub"));
        Element engines = row(page, "f2");
        assertEquals("new engines", engines.selectFirst("td[data-label=About] span.sub").text(),
                "a measure that says more than the noun is kept");
    }

    private static Element row(Document page, String id) {
        Element row = page.selectFirst("section.figures tr[id$=" + id + "]");
        assertNotNull(row, "the figures table has a row for " + id);
        return row;
    }

    private Path render() throws Exception {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Article article = new Article("fleet-news", Path.of("fleet-news.md"), "Fleet news", LocalDate.of(2025, 5, 6),
                null, null, null, List.of(), TEXT, TEXT, List.of(new TextBlock(TextBlock.Kind.PARAGRAPH, 0, TEXT.length())));
        int jets = TEXT.indexOf("40 jets");
        int engines = TEXT.indexOf("12 new engines");
        Entity carrier = new Entity("bluewing-air", "Bluewing Air", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(0, 12, "Bluewing Air", 0)));
        List<Figure> figures = List.of(
                new Figure("f1", FigureKind.COUNT, new BigDecimal(40), null, null, "jet", null, null, null, null,
                        "jets", "bluewing-air", null, null, null, List.of(new Span(jets, jets + 7, "40 jets", 0))),
                new Figure("f2", FigureKind.COUNT, new BigDecimal(12), null, null, "engine", null, null, null, null,
                        "new engines", "bluewing-air", null, null, null,
                        List.of(new Span(engines, engines + 14, "12 new engines", 0))));
        Extraction extraction = new Extraction("fleet-news", List.of(new Sentence(0, 0, TEXT.length())),
                List.of(carrier), figures, List.of());
        List<ResolvedEntity> resolved = List.of(new ResolvedEntity("bluewing-air", "Bluewing Air",
                EntityType.ORGANIZATION, List.of(), null, 1, List.of()));
        var dataset = new GraphBuilder(iris).build(List.of(new ExtractedArticle(article, extraction)), resolved);
        Path out = dir.resolve("site");
        try (StagedOutput output = StagedOutput.open(out)) {
            new SiteRenderer(Path.of("templates"), iris, 1).render(dataset, output);
            output.commit();
        }
        return out;
    }
}
