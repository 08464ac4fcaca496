package org.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.cache.ExtractionCache;
import org.newsgraph.extract.ExtractedArticle;

/**
 * A generated archive as a journalist's project holds it: {@code articles/*.md} with front matter, and the
 * extraction cache filled as if every article had been extracted, so that {@code ./newsgraph build} and
 * {@code serve} on it run the whole pipeline (read, cache, resolve, graph, render) without CoreNLP until an article
 * changes. Used by {@code bench/archive}; arguments: PROJECT_DIR ARTICLES ENTITIES FIGURES_PER_ARTICLE.
 */
public final class SyntheticArchive {

    private SyntheticArchive() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        List<ExtractedArticle> corpus = SyntheticCorpus.generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        Path articles = Files.createDirectories(project.resolve("articles"));
        for (ExtractedArticle extracted : corpus) {
            Article a = extracted.article();
            String file = a.date() + "-" + a.slug() + ".md";
            Files.writeString(articles.resolve(file), "---\ntitle: \"" + a.title() + "\"\ndate: " + a.date()
                    + "\nauthor: " + a.author() + "\nslug: " + a.slug() + "\ntags: [" + String.join(", ", a.tags())
                    + "]\n---\n" + a.text() + "\n", StandardCharsets.UTF_8);
        }
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> read = Newsgraph.readAll(articles, problems);
        if (!problems.isEmpty() || read.size() != corpus.size()) {
            throw new IllegalStateException("the generated articles do not read back: " + problems);
        }
        java.util.Map<String, ExtractedArticle> bySlug = new java.util.HashMap<>();
        corpus.forEach(e -> bySlug.put(e.article().slug(), e));
        ExtractionCache cache = new ExtractionCache(project.resolve(".newsgraph-cache"), ExtractionCache.version());
        for (Article article : read) {
            ExtractedArticle generated = bySlug.get(article.slug());
            if (!article.text().equals(generated.article().text())) {
                throw new IllegalStateException(article.file() + ": its text reads back differently");
            }
            cache.put(cache.key(article), generated.extraction());
        }
        System.out.println(project);
    }
}
