package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The tuning and reported halves of every data set the project did not write. Rules and word lists are tuned on the
 * tuning half only; the README reports the other half. One rule for every set, so that every scorer splits alike:
 * <ul>
 *   <li>MEANTIME dev: the 60 articles of {@code dev/} sorted by file name; ranks 0, 2, 4 ... are the tuning half,
 *       ranks 1, 3, 5 ... the reported half. An article keeps its half in {@code dev-articles/} and
 *       {@code dev-gold/} (matched by the numeric id before the first underscore).</li>
 *   <li>Recognizers-Text: in each spec file, entries 0, 2, 4 ... tune, entries 1, 3, 5 ... are reported.</li>
 *   <li>KPI-EDGAR: its own {@code split} field: train and valid tune, test is reported.</li>
 * </ul>
 */
public final class Halves {

    /** Which part of a data set to score. */
    public enum Half {
        TUNING, REPORTED, ALL;

        /** Whether an item of this rank (0-based, in the set's order) is in this half. */
        public boolean holdsRank(int rank) {
            return switch (this) {
                case TUNING -> rank % 2 == 0;
                case REPORTED -> rank % 2 == 1;
                case ALL -> true;
            };
        }

        /** Whether a KPI-EDGAR sentence with this {@code split} value is in this half. */
        public boolean holdsKpiSplit(String split) {
            return switch (this) {
                case TUNING -> !"test".equals(split);
                case REPORTED -> "test".equals(split);
                case ALL -> true;
            };
        }

        public static Half parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The two folds of a half, so that a decision fitted on one part of the tuning half can be confirmed on the other
     * ({@code SubjectCases}): the k-th item of a half (0-based, in the set's order) is in fold a when k is even, in
     * fold b when it is odd. MEANTIME dev: of the tuning half's ranks 0, 2, 4, 6 ..., ranks 0, 4, 8 ... are fold a and
     * 2, 6, 10 ... fold b; the project's own gold articles, sorted by name, alternate the same way.
     */
    public enum Fold {
        A, B;

        /** The fold of the k-th item (0-based) of a half. */
        public static Fold ofIndex(int k) {
            return k % 2 == 0 ? A : B;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Halves() {
    }

    /** The fold of a MEANTIME article within its half: its rank's index among the half's ranks, alternating. */
    public static Fold meantimeFold(Path devFolder, String fileName) {
        int rank = meantimeRanks(devFolder).indexOf(meantimeId(fileName));
        if (rank < 0) {
            throw new IllegalArgumentException(fileName + " is not an article of " + devFolder);
        }
        return Fold.ofIndex(rank / 2);
    }

    /** The numeric MEANTIME id of a file name: "11714_Ryanair_exercises.gold.json" is "11714". */
    public static String meantimeId(String fileName) {
        int underscore = fileName.indexOf('_');
        return underscore < 0 ? fileName : fileName.substring(0, underscore);
    }

    /**
     * Whether a MEANTIME article is in a half.
     *
     * @param devFolder the {@code dev/} folder of the 60 JSON articles, whose sorted order ranks them
     * @param fileName  any file of the article ({@code dev/}, {@code dev-articles/} or {@code dev-gold/})
     */
    public static boolean meantimeHolds(Half half, Path devFolder, String fileName) {
        if (half == Half.ALL) {
            return true;
        }
        List<String> ids = meantimeRanks(devFolder);
        int rank = ids.indexOf(meantimeId(fileName));
        if (rank < 0) {
            throw new IllegalArgumentException(fileName + " is not an article of " + devFolder);
        }
        return half.holdsRank(rank);
    }

    /** Where MEANTIME dev gold lives: the 30 articles annotated in ../shared, and the other 30 annotated here. */
    public static final List<Path> MEANTIME_GOLD = List.of(Path.of("../shared/datasets/meantime/dev-gold"),
            Path.of("src/test/resources/eval/meantime-gold"));

    /** The MEANTIME dev articles as plain-text articles, ready for a build. */
    public static final Path MEANTIME_ARTICLES = Path.of("../shared/datasets/meantime/dev-articles");

    /** The 60 MEANTIME dev articles as JSON, whose sorted order ranks them. */
    public static final Path MEANTIME_DEV = Path.of("../shared/datasets/meantime/dev");

    /**
     * The gold files ({@code *.gold.json}) of the given folders that are in a half, sorted by file name; folders
     * that do not exist are passed over.
     */
    public static List<Path> meantimeGold(Half half, Path devFolder, List<Path> goldFolders) {
        List<Path> files = new java.util.ArrayList<>();
        for (Path folder : goldFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.getFileName().toString().endsWith(".gold.json"))
                        .filter(f -> meantimeHolds(half, devFolder, f.getFileName().toString()))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(java.util.Comparator.comparing(f -> f.getFileName().toString()));
        return files;
    }

    /** The MEANTIME dev articles ({@code *.json}) of a half, sorted by file name. */
    public static List<Path> meantimeArticles(Path devFolder, Half half) throws IOException {
        try (Stream<Path> listing = Files.list(devFolder)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .filter(f -> meantimeHolds(half, devFolder, f.getFileName().toString())).toList();
        }
    }

    /** A MEANTIME article's creation date ({@code "date"}, ISO, possibly with a time), or null when it has none. */
    public static java.time.LocalDate meantimeDate(com.fasterxml.jackson.databind.JsonNode doc) {
        String date = doc.path("date").asText("");
        return date.matches("\\d{4}-\\d{2}-\\d{2}.*") ? java.time.LocalDate.parse(date.substring(0, 10)) : null;
    }

    /** The ids of the MEANTIME dev articles in rank order. */
    public static List<String> meantimeRanks(Path devFolder) {
        try (Stream<Path> files = Files.list(devFolder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(Halves::meantimeId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
