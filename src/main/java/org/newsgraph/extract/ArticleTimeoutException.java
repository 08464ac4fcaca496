package org.newsgraph.extract;

import java.time.Duration;

/** An article whose extraction ran past its time budget; it is skipped, and the build goes on without it. */
public final class ArticleTimeoutException extends RuntimeException {

    private final String doc;
    private final Duration budget;

    public ArticleTimeoutException(String doc, Duration budget) {
        super("extraction of " + doc + " took longer than " + seconds(budget) + " and was stopped; raise "
                + "--article-timeout or report the article");
        this.doc = doc;
        this.budget = budget;
    }

    /** "60 s", or "500 ms" for a budget under a second. */
    public static String seconds(Duration budget) {
        return budget.toSeconds() >= 1 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
    }

    public String doc() {
        return doc;
    }

    public Duration budget() {
        return budget;
    }
}
