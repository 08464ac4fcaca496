package org.newsgraph.article;

import java.nio.file.Path;
import java.util.List;

/**
 * One article file as a build reads it, once: the digest of its bytes, the article read from them or the problem that
 * stops it, and the front matter warnings of {@code check}. A build carries it through choosing slugs, checking and
 * the input stamp.
 *
 * @param digest   the SHA-256 of the file's bytes (hex), or null when it could not be read (too large, a folder, a
 *                 broken link...)
 * @param article  the article, or null when {@code problem} stops it
 * @param problem  what stops the article, or null
 * @param warnings what {@link FrontMatterCheck} finds beyond that
 */
public record ArticleScan(Path file, String digest, Article article, ArticleProblem problem,
                          List<ArticleProblem> warnings) {
}
