package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.PlainText;
import org.newsgraph.extract.figure.ImplicitCurrency;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.testing.ParsedText;
import org.newsgraph.testing.SimpleAnnotator;
import org.newsgraph.testing.TestGazetteer;

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
    void anArticleThatNeverEndsIsGivenUpAndTheNextOneStillRunsOnOneWorker() {
        AtomicBoolean released = new AtomicBoolean();
        Annotator spinsOnWalmart = (text, date) -> {
            while (text.contains("Walmart") && !released.get()) {
                Thread.onSpinWait(); // deaf to interrupts, like a loop in a walk over the parse
            }
            return new SimpleAnnotator().annotate(text, date);
        };
        List<RuntimeException> failed = new ArrayList<>();
        try {
            List<ExtractedArticle> done = new Extractor(() -> spinsOnWalmart, Gazetteer.bundled(),
                    Duration.ofMillis(300)).extractAll(articles, 1, (a, e) -> failed.add(e));
            assertEquals(List.of("a", "b", "d"), done.stream().map(x -> x.article().slug()).toList());
            assertEquals(1, failed.size());
            ArticleTimeoutException timeout = assertInstanceOf(ArticleTimeoutException.class, failed.get(0));
            assertEquals("c.md", timeout.doc());
            assertTrue(timeout.getMessage().contains("--article-timeout"), timeout.getMessage());
        } finally {
            released.set(true);
        }
    }

    @Test
    void oneTextOverBudgetThrowsATimeout() {
        Annotator sleeps = (text, date) -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new SimpleAnnotator().annotate(text, date);
        };
        Extractor extractor = new Extractor(() -> sleeps, Gazetteer.bundled(), Duration.ofMillis(200));
        assertThrows(ArticleTimeoutException.class, () -> extractor.extractWithinBudget("x", "Some text.", null));
        assertThrows(IllegalArgumentException.class, () -> extractor.withArticleTimeout(Duration.ZERO));
    }

    @Test
    void theRulesOverAnAnnotatedTextKeepTheBudgetToo() {
        // The gazetteer is read inside the first extraction's clock: one that never comes makes the rules overrun.
        AtomicBoolean released = new AtomicBoolean();
        Extractor extractor = new Extractor(SimpleAnnotator::new, () -> {
            while (!released.get()) {
                Thread.onSpinWait(); // deaf to interrupts, like a loop in a walk over the parse
            }
            return TestGazetteer.sample();
        }, Duration.ofMillis(300), RuleFile::bundled);
        try {
            ArticleTimeoutException timeout = assertThrows(ArticleTimeoutException.class,
                    () -> extractor.extractWithinBudget("m.json", new SimpleAnnotator().annotate("Walmart grew.", null)));
            assertEquals("m.json", timeout.doc());
        } finally {
            released.set(true);
        }
        var parsed = new SimpleAnnotator().annotate("Walmart opened four new stores.", null);
        assertEquals(extractor.extract("m.json", parsed), extractor.extractWithinBudget("m.json", parsed),
                "within it, the extraction as ever");
    }

    @Test
    void theGazetteerAndRelationRulesAreReadOnTheFirstExtractionOnlyAndOnce() {
        AtomicInteger gazetteers = new AtomicInteger();
        AtomicInteger ruleFiles = new AtomicInteger();
        Extractor extractor = new Extractor(SimpleAnnotator::new, () -> {
            gazetteers.incrementAndGet();
            return TestGazetteer.sample();
        }, Duration.ofSeconds(30), () -> {
            ruleFiles.incrementAndGet();
            return RuleFile.bundled();
        }).withArticleTimeout(Duration.ofSeconds(20));
        extractor.extractAll(List.of(), 1, (a, e) -> { });
        assertEquals(0, gazetteers.get(), "nothing extracted, nothing read");
        assertEquals(0, ruleFiles.get());
        extractor.extract("one", "Walmart opened four new stores.", null);
        extractor.extract("two", "Microsoft is a partner of Walmart.", null);
        assertEquals(1, gazetteers.get());
        assertEquals(1, ruleFiles.get());
    }

    @Test
    void workersMustBePositive() {
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        assertThrows(IllegalArgumentException.class, () -> extractor.extractAll(articles, 0, (a, e) -> { }));
    }

    @Test
    void anAmountRestatedInAnotherCurrencyIsLinkedToIt() {
        Extraction extraction = new Extractor(SimpleAnnotator::new, TestGazetteer.sample()).extract("conv",
                "The mill was sold for 9.2 million Canadian dollars ($6.7 million) last year.", null);
        Figure canadian = extraction.figures().stream().filter(f -> f.unit().equals("CAD")).findFirst().orElseThrow();
        Figure dollars = extraction.figures().stream().filter(f -> f.unit().equals("USD")).findFirst().orElseThrow();
        assertEquals(canadian.id(), dollars.convertedFrom());
        assertEquals(null, canadian.convertedFrom());
    }

    @Test
    void aBareAmountTakesTheArticlesOneCurrencyAndSaysItWasInferred() {
        Extractor extractor = new Extractor(SimpleAnnotator::new, TestGazetteer.sample());
        Extraction one = extractor.extract("one", "The brewer earned $3 billion last year. It is spending 150 million"
                + " on a new plant.", null);
        Figure spending = one.figures().stream().filter(f -> f.value().longValue() == 150_000_000L).findFirst()
                .orElseThrow();
        assertEquals("USD", spending.unit());
        assertEquals(ImplicitCurrency.INFERRED, spending.how().unitStep());
        Figure stated = one.figures().stream().filter(f -> f.value().longValue() == 3_000_000_000L).findFirst()
                .orElseThrow();
        assertEquals(null, stated.how().unitStep());

        Extraction two = extractor.extract("two", "The brewer earned $3 billion and 2 billion euros last year. It is"
                + " spending 150 million on a new plant.", null);
        assertTrue(two.figures().stream().noneMatch(f -> f.value() != null
                && f.value().longValue() == 150_000_000L), two.figures()::toString);
    }

    @Test
    void aNumberRefusedInOneSentenceHidesNothingInAnother() {
        // "1998" (a year the rules refuse) sits at the same offsets in the first sentence as "230" (read by CoreNLP's
        // NER only) in the second: each sentence's refusals are its own
        ParsedText parsed = new ParsedText()
                .sentence("It/PRP opened/VBD in/IN 1998/CD/DATE/_/1998 ./.",
                        "nsubj(opened, It) obl:in(opened, 1998) case(1998, in) ROOT(ROOT, opened)")
                .sentence("Orders/NNS rose/VBD to/IN 230/CD/NUMBER/_/230.0 ./.",
                        "nsubj(rose, Orders) obl:to(rose, 230) case(230, to) ROOT(ROOT, rose)");
        Extraction extraction = new Extractor(() -> (text, date) -> parsed.text(), TestGazetteer.sample())
                .extract("two-sentences", parsed.text().text(), null);
        assertTrue(extraction.figures().stream().anyMatch(f -> f.value() != null && f.value().intValue() == 230
                && "order".equals(f.unit())), extraction.figures()::toString);
    }
}
