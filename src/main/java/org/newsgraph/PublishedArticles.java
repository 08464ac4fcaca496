package org.newsgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.article.Article;

/**
 * Which file each published slug came from, kept in the site as {@value #FILE} (one {@code slug TAB file name} line
 * each), so that a new file claiming a published article's slug is the one refused, whatever the file names' order.
 */
final class PublishedArticles {

    static final String FILE = ".newsgraph-articles";

    private PublishedArticles() {
    }

    /** Slug -> file name of the site now in {@code site}; empty when there is none (or {@code site} is null). */
    static Map<String, String> read(Path site) throws IOException {
        Map<String, String> published = new TreeMap<>();
        if (site == null) {
            return published;
        }
        try {
            for (String line : Files.readAllLines(site.resolve(FILE), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    published.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (NoSuchFileException e) {
            // A site built before this file existed, or none yet: nothing is known to be published.
        }
        return published;
    }

    /** The file's content for these articles, sorted by slug. */
    static String of(List<Article> articles) {
        StringBuilder text = new StringBuilder();
        articles.stream().sorted(Comparator.comparing(Article::slug)).forEach(article -> text.append(article.slug())
                .append('\t').append(article.file().getFileName()).append('\n'));
        return text.toString();
    }
}
