package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Figure;

/**
 * Precision of the figures the extractor asserts on real general news nobody here wrote: the MEANTIME tuning half's
 * articles (session 25: those that are not market or results prose; session 26: the rest), every asserted figure
 * judged by hand for its kind, value and unit
 * (ages and physical measurements for their measure too; {@code eval/judged-figures-s25-figures.tsv} says how). The
 * articles are read from ../shared (skipped without it) and extracted again: a figure judged right that comes back
 * with the same kind, value and unit (and, where judged, measure) counts right; any other figure counts against
 * precision (a new figure is unjudged until someone judges it). Quantities judged missed are printed when found.
 * {@code -Dnewsgraph.annotations=DIR} reads CoreNLP's output from a folder the eval's {@code --annotations} filled.
 */
class JudgedFiguresS25FiguresIT {

    private static final Path MEANTIME = Path.of(System.getProperty("newsgraph.shared", "../shared"), "datasets",
            "meantime", "dev-articles");
    private static final String JUDGED = "/eval/judged-figures-s25-figures.tsv";
    /**
     * Measured on main f7d018ee: 71 right, 0 wrong, 1 unsure (not counted), 3 missed of 72 figures asserted in the 16
     * articles of session 25. With the 14 articles s26-figures judged (all 30 of the tuning half): main db64ee30 226
     * right, 15 wrong (precision 0.938); s26-figures 239 right, 2 wrong (0.992), 3 unsure. Session 41 judged three
     * counts of things already counted ("the two companies", "these two major automakers", "in two respects") wrong
     * on purpose, as MEANTIME's gold does, now that they are refused, and found one delay judged missed: 238 right.
     */
    private static final int RIGHT_FLOOR = 238;
    private static final double PRECISION_FLOOR = 0.99;

    private record Judged(String article, String figure, String kind, String value, String unit, String measure,
                          String judgement) {

        boolean matches(Figure f) {
            return f.text().equals(figure) && f.kind().label().equals(kind) && f.unit().equals(unit)
                    && sameValue(f) && (measure.equals("*") || measure.equals(f.measure() == null ? "-" : f.measure()));
        }

        private boolean sameValue(Figure f) {
            return value.equals("-") ? f.value() == null
                    : f.value() != null && f.value().compareTo(new BigDecimal(value)) == 0;
        }
    }

    @Test
    void assertedFiguresStayRight() throws Exception {
        assumeTrue(Files.isDirectory(MEANTIME), "no MEANTIME dev articles");
        Map<String, List<Judged>> byArticle = new LinkedHashMap<>();
        for (Judged judged : judged()) {
            byArticle.computeIfAbsent(judged.article(), a -> new ArrayList<>()).add(judged);
        }
        Extractor extractor = RealTextExtractor.fromProperty();
        int right = 0;
        int wrong = 0;
        List<String> against = new ArrayList<>();
        List<String> nowFound = new ArrayList<>();
        for (Map.Entry<String, List<Judged>> entry : byArticle.entrySet()) {
            Path file;
            try (Stream<Path> files = Files.list(MEANTIME)) {
                file = files.filter(f -> f.getFileName().toString().startsWith(entry.getKey() + "_")).findFirst()
                        .orElseThrow();
            }
            Extraction extraction = extractor.extract(new ArticleReader().read(file));
            for (Figure figure : extraction.figures()) {
                Judged judged = entry.getValue().stream().filter(j -> j.matches(figure)).findFirst().orElse(null);
                String described = entry.getKey() + " '" + figure.text() + "' " + figure.kind().label() + " "
                        + figure.value() + " " + figure.unit() + " measure=" + figure.measure();
                if (judged == null || judged.judgement().equals("wrong")) {
                    wrong++;
                    against.add(described + (judged == null ? " (not judged)" : " (judged wrong)"));
                } else if (judged.judgement().equals("right")) {
                    right++;
                } else if (judged.judgement().equals("missed")) {
                    right++;
                    nowFound.add(described);
                }
            }
        }
        double precision = right + wrong == 0 ? 0 : (double) right / (right + wrong);
        String summary = String.format("figures asserted on judged real news: %d right, %d wrong or unjudged, "
                + "precision %.3f%n  against: %s%n  judged missed, now found: %s", right, wrong, precision,
                String.join("\n    ", against), String.join("\n    ", nowFound));
        System.out.println(summary);
        assertTrue(right >= RIGHT_FLOOR && precision >= PRECISION_FLOOR, summary);
    }

    private static List<Judged> judged() throws IOException {
        List<Judged> rows = new ArrayList<>();
        try (InputStream in = JudgedFiguresS25FiguresIT.class.getResourceAsStream(JUDGED);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new Judged(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
            }
        }
        return rows;
    }
}
