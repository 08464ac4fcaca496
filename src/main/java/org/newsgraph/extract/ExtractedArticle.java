package org.newsgraph.extract;

import java.util.Objects;
import org.newsgraph.article.Article;

/** An article together with what was extracted from it. */
public record ExtractedArticle(Article article, Extraction extraction) {

    public ExtractedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extraction, "extraction");
    }
}
