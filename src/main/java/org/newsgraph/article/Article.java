package org.newsgraph.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as a journalist wrote it: front matter fields, the Markdown body, and its plain text.
 *
 * @param slug   the article's identifier in IRIs and file names
 * @param file   where it was read from
 * @param date   publication date, or null when the front matter gives none
 * @param text   the body with Markdown markup removed; every offset in the product indexes this string
 * @param blocks the headings and paragraphs of {@code text}, in order
 */
public record Article(String slug, Path file, String title, LocalDate date, String author, String source,
                      String url, List<String> tags, String body, String text, List<TextBlock> blocks) {

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        tags = List.copyOf(tags);
        blocks = List.copyOf(blocks);
    }
}
