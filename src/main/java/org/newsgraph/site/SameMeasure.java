package org.newsgraph.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.site.SiteModel.ArticleData;
import org.newsgraph.site.SiteModel.FigureData;

/**
 * Figures of the same subject and measure across articles ("Microsoft" "revenue"), so that an article's page can show
 * what other articles say of the same thing. Only sure attributions count: a subject and a measure both stated.
 */
final class SameMeasure {

    static final int LIMIT = 30;

    /** A figure with the article that states it. */
    record Found(ArticleData article, FigureData figure) {
    }

    private record Key(String subject, String measure) {
    }

    private final Map<Key, List<Found>> byKey = new HashMap<>();

    SameMeasure(List<ArticleData> articles) {
        for (ArticleData article : articles) {
            for (FigureData f : article.figures()) {
                Key key = key(f);
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Found(article, f));
                }
            }
        }
    }

    /**
     * The figures other articles give for the subjects and measures of this article's figures, grouped by subject
     * and measure in this article's order, the latest stated first within each; at most {@link #LIMIT}.
     */
    List<Found> elsewhere(ArticleData article) {
        Set<Key> keys = new LinkedHashSet<>();
        article.figures().stream().map(SameMeasure::key).filter(java.util.Objects::nonNull).forEach(keys::add);
        List<Found> found = new ArrayList<>();
        for (Key key : keys) {
            byKey.get(key).stream().filter(f -> !f.article().slug().equals(article.slug()))
                    .sorted(Comparator.comparing((Found f) -> f.figure().time() == null ? "" : f.figure().time())
                            .reversed().thenComparing(f -> f.article().slug()).thenComparing(f -> f.figure().id()))
                    .forEach(found::add);
        }
        return found.size() <= LIMIT ? found : found.subList(0, LIMIT);
    }

    private static Key key(FigureData f) {
        return f.subjectId() == null || f.measure() == null || f.measure().isBlank() ? null
                : new Key(f.subjectId(), f.measure().strip().toLowerCase(Locale.ROOT));
    }
}
