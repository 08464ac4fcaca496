package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.article.Article;
import org.newsgraph.article.PlainText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.testing.SimpleAnnotator;

class ExtractorTest {

    private static Article article(String slug, String body) {
        PlainText.Result plain = PlainText.of(body);
        return new Article(slug, Path.of(slug + ".md"), slug, null, null, null, null, List.of(), body, plain.text(),
                plain.blocks());
    }

    private final List<Article> articles = List.of(
            article("a", "Microsoft revenue rose 12% to $4.5 billion."),
            article("b", "TikTok, owned by ByteDance, spends nearly $20 million monthly."),
            article("c", "Walmart opened three new stores in 2024."),
            article("d", "Intuit said over 24 million users tried it."));

    @Test
    void parallelExtractionGivesTheSameResultsInTheSameOrder() {
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        List<ExtractedArticle> one = extractor.extractAll(articles, 1, (a, e) -> { throw e; });
        List<ExtractedArticle> two = extractor.extractAll(articles, 2, (a, e) -> { throw e; });
        assertEquals(one, two);
        assertEquals(List.of("a", "b", "c", "d"), two.stream().map(x -> x.article().slug()).toList());
    }

    @Test
    void aFailingArticleIsReportedAndTheOthersStillCome() {
        Annotator failsOnWalmart = (text, date) -> {
            if (text.contains("Walmart")) {
                throw new IllegalStateException("boom");
            }
            return new SimpleAnnotator().annotate(text, date);
        };
        List<String> failed = new ArrayList<>();
        List<ExtractedArticle> done = new Extractor(() -> failsOnWalmart, TestGazetteer.sample())
                .extractAll(articles, 2, (a, e) -> failed.add(a.slug() + ": " + e.getMessage()));
        assertEquals(List.of("c: boom"), failed);
        assertEquals(List.of("a", "b", "d"), done.stream().map(x -> x.article().slug()).toList());
    }

    @Test
    void workersMustBePositive() {
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        assertThrows(IllegalArgumentException.class, () -> extractor.extractAll(articles, 0, (a, e) -> { }));
    }
}
