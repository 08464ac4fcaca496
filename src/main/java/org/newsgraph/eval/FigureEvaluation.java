package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.figure.FigureParser;
import org.newsgraph.extract.figure.Units;

/**
 * Scores extracted figures against gold figures of the same article. A prediction and a gold figure are compared
 * when they overlap in the text; they agree on the value when values are equal (ranges: both ends; vague amounts:
 * both vague, same unit). Fields are then checked on the pairs that agree on value and unit.
 */
public final class FigureEvaluation {

    static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "in", "on", "for", "to", "from",
            "by", "and", "its", "their", "this", "that", "with", "at", "as");

    /** The scores of one or more articles; add them up with {@link #plus}. */
    public record Result(Score value, Score valueUnit, Score valueChange, Accuracy kind, Accuracy period,
                         Accuracy subject, Accuracy measure, int trapHits, List<String> misses,
                         List<String> falsePositives, List<String> fieldErrors) {

        public static final Result EMPTY = new Result(new Score(0, 0, 0, 0), new Score(0, 0, 0, 0),
                new Score(0, 0, 0, 0), Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, 0, List.of(), List.of(), List.of());

        public Result plus(Result o) {
            List<String> allMisses = new ArrayList<>(misses);
            allMisses.addAll(o.misses);
            List<String> allFalse = new ArrayList<>(falsePositives);
            allFalse.addAll(o.falsePositives);
            List<String> allFields = new ArrayList<>(fieldErrors);
            allFields.addAll(o.fieldErrors);
            return new Result(value.plus(o.value), valueUnit.plus(o.valueUnit), valueChange.plus(o.valueChange),
                    kind.plus(o.kind), period.plus(o.period), subject.plus(o.subject), measure.plus(o.measure),
                    trapHits + o.trapHits, allMisses, allFalse, allFields);
        }
    }

    /**
     * Why the parser found no figure on a gold figure's spans: the numbers it read there and refused, with the
     * reason; empty when it refused none (no number read, or a later step dropped the figure).
     */
    private static String why(String text, List<int[]> spans) {
        List<String> reasons = new ArrayList<>();
        new FigureParser().parse(text, rejection -> {
            if (spans.stream().anyMatch(span -> rejection.start() < span[1] && span[0] < rejection.end())) {
                reasons.add(rejection.toString());
            }
        });
        return reasons.isEmpty() ? "" : ": refused " + reasons.stream().distinct().collect(Collectors.joining("; "));
    }

    public Result score(String text, Extraction extraction, GoldFile gold) {
        List<GoldFile.GoldFigure> golds = gold.figures();
        List<Figure> predicted = extraction.figures();
        int goldValue = 0;
        int goldValueUnit = 0;
        int goldChange = 0;
        Accuracy kind = Accuracy.NONE;
        Accuracy period = Accuracy.NONE;
        Accuracy subject = Accuracy.NONE;
        Accuracy measure = Accuracy.NONE;
        List<String> misses = new ArrayList<>();
        List<String> fieldErrors = new ArrayList<>();
        for (GoldFile.GoldFigure g : golds) {
            List<int[]> spans = occurrences(text, g.text());
            List<Figure> overlapping = predicted.stream().filter(p -> overlaps(p, spans)).toList();
            Figure byValue = overlapping.stream().filter(p -> sameValue(p, g, golds, text)).findFirst().orElse(null);
            Figure byUnit = overlapping.stream().filter(p -> sameValue(p, g, golds, text) && sameUnit(p, g)).findFirst().orElse(null);
            if (byValue != null) {
                goldValue++;
            }
            if (byUnit != null) {
                goldValueUnit++;
                if (Objects.equals(byUnit.direction(), g.direction()) && Objects.equals(byUnit.qualifier(), g.qualifier())) {
                    goldChange++;
                }
                kind = kind.plus(byUnit.kind().label().equals(g.kind()));
                period = period.plus(Objects.equals(byUnit.period(), g.period()));
                boolean subjectRight = g.subject() == null || sameSubject(extraction.nameOf(byUnit.subject()), g.subject());
                boolean measureRight = g.measure() == null || sameMeasure(byUnit.measure(), g.measure());
                if (g.subject() != null) {
                    subject = subject.plus(subjectRight);
                }
                if (g.measure() != null) {
                    measure = measure.plus(measureRight);
                }
                if (!subjectRight || !measureRight) {
                    fieldErrors.add(gold.article() + ": '" + g.text() + "' subject " + extraction.nameOf(byUnit.subject())
                            + " (gold " + g.subject() + "), measure " + byUnit.measure() + " (gold " + g.measure() + ")");
                }
            } else {
                misses.add(gold.article() + ": " + g.text() + (overlapping.isEmpty() ? " (not found" + why(text, spans) + ")"
                        : " (read as " + overlapping.stream().map(FigureEvaluation::describe).collect(Collectors.joining("; ")) + ")"));
            }
        }
        int predValue = 0;
        int predValueUnit = 0;
        int predChange = 0;
        List<String> falsePositives = new ArrayList<>();
        for (Figure p : predicted) {
            List<GoldFile.GoldFigure> overlapping = golds.stream().filter(g -> overlaps(p, occurrences(text, g.text()))).toList();
            if (overlapping.stream().anyMatch(g -> sameValue(p, g, golds, text))) {
                predValue++;
            }
            if (overlapping.stream().anyMatch(g -> sameValue(p, g, golds, text) && sameUnit(p, g))) {
                predValueUnit++;
            } else {
                falsePositives.add(gold.article() + ": " + describe(p));
            }
            if (overlapping.stream().anyMatch(g -> sameValue(p, g, golds, text) && sameUnit(p, g)
                    && Objects.equals(p.direction(), g.direction()) && Objects.equals(p.qualifier(), g.qualifier()))) {
                predChange++;
            }
        }
        int traps = 0;
        for (String trap : gold.notFigures()) {
            List<int[]> spans = occurrences(text, trap);
            traps += (int) predicted.stream().filter(p -> overlaps(p, spans)).count();
        }
        int n = golds.size();
        int m = predicted.size();
        return new Result(new Score(predValue, m, goldValue, n), new Score(predValueUnit, m, goldValueUnit, n),
                new Score(predChange, m, goldChange, n), kind, period, subject, measure, traps, misses, falsePositives, fieldErrors);
    }

    private static String describe(Figure p) {
        return "'" + p.text() + "' " + p.kind().label() + " " + (p.value() != null ? p.value()
                : p.min() + ".." + p.max()) + " " + p.unit();
    }

    /**
     * The extracted figure that stands for a gold figure: the first that overlaps one of its occurrences in the text
     * and agrees with it on value and unit; null when none does.
     */
    static Figure matchOf(String text, Extraction extraction, GoldFile gold, GoldFile.GoldFigure g) {
        List<int[]> spans = occurrences(text, g.text());
        return extraction.figures().stream().filter(f -> overlaps(f, spans) && sameValue(f, g, gold.figures(), text)
                && sameUnit(f, g)).findFirst().orElse(null);
    }

    static List<int[]> occurrences(String text, String needle) {
        List<int[]> spans = new ArrayList<>();
        if (needle == null || needle.isEmpty()) {
            return spans;
        }
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            spans.add(new int[] {at, at + needle.length()});
        }
        return spans;
    }

    static boolean overlaps(Figure p, List<int[]> spans) {
        for (Span mention : p.mentions()) {
            for (int[] span : spans) {
                if (mention.start() < span[1] && span[0] < mention.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Values agree as {@link #sameValue(Figure, GoldFile.GoldFigure)} says, or when a gold file writes a range as two
     * figures ("US$300 to" and "350 million", "60" and "80 percent"): a range read whole agrees with each of them when
     * both its ends are gold figures it overlaps.
     */
    static boolean sameValue(Figure p, GoldFile.GoldFigure g, List<GoldFile.GoldFigure> golds, String text) {
        if (sameValue(p, g)) {
            return true;
        }
        if (p.value() != null || p.min() == null || p.max() == null || g.value() == null) {
            return false;
        }
        BigDecimal otherEnd = close(p.min(), g.value()) ? p.max() : close(p.max(), g.value()) ? p.min() : null;
        return otherEnd != null && golds.stream().anyMatch(h -> h != g && h.value() != null
                && close(otherEnd, h.value()) && overlaps(p, occurrences(text, h.text())));
    }

    static boolean sameValue(Figure p, GoldFile.GoldFigure g) {
        if (g.vague() != null || g.value() == null && g.min() == null) {
            return p.vague() != null || p.value() == null && p.min() != null && p.max() == null;
        }
        if (g.value() == null) {
            return close(p.min(), g.min()) && close(p.max(), g.max());
        }
        return close(p.value(), g.value());
    }

    private static boolean close(BigDecimal predicted, Double b) {
        if (predicted == null || b == null) {
            return predicted == null && b == null;
        }
        double a = predicted.doubleValue();
        return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.005);
    }

    /**
     * Units agree when they are the same after naming: a gold file may name a unit in words ("kilometer", "year")
     * where Newsgraph writes its QUDT code (KiloM, YR), and may count a compound noun ("investment bank") whose head
     * Newsgraph counts ("bank").
     */
    static boolean sameUnit(Figure p, GoldFile.GoldFigure g) {
        if (g.unit() == null || p.unit() == null) {
            return false;
        }
        String predicted = normalUnit(p.unit());
        String gold = normalUnit(g.unit());
        if (predicted.equals(gold)) {
            return true;
        }
        String head = gold.substring(gold.lastIndexOf(' ') + 1);
        return "count".equals(g.kind()) && p.kind() == org.newsgraph.extract.FigureKind.COUNT && !head.equals(gold)
                && predicted.equals(normalUnit(head));
    }

    private static String normalUnit(String unit) {
        String qudt = Units.ofName(unit);
        if (qudt != null) {
            return qudt.toLowerCase(Locale.ROOT);
        }
        String u = unit.toLowerCase(Locale.ROOT).strip();
        if (!unit.strip().matches("[a-z ]+")) {
            return u; // a code (TON_US, KiloM, USD): no plural to take off
        }
        if (u.equals("people")) {
            return "person";
        }
        return u.length() > 3 && u.endsWith("s") && !u.endsWith("ss") ? u.substring(0, u.length() - 1) : u;
    }

    static boolean sameSubject(String predicted, String gold) {
        if (predicted == null) {
            return false;
        }
        return Arrays.stream(gold.split(",")).map(String::strip).anyMatch(predicted::equalsIgnoreCase);
    }

    /**
     * Measures agree when most of the gold's content words appear in the prediction (crude stemming), or when the
     * prediction is the gold's head noun with some of its modifiers and nothing else: "loan" for "eligible US loan",
     * "production" for "North American production" (the article's noun, without the gold's qualifiers), but not
     * "jobs" for "job cuts" nor "contract" for "contract value".
     */
    static boolean sameMeasure(String predicted, String gold) {
        if (predicted == null) {
            return false;
        }
        Set<String> want = words(gold);
        Set<String> got = words(predicted);
        if (want.isEmpty()) {
            return true;
        }
        long shared = want.stream().filter(got::contains).count();
        if (shared * 2 >= want.size()) {
            return true;
        }
        String head = head(gold);
        return head != null && got.contains(head) && want.containsAll(got);
    }

    /** The head noun of a gold measure: its last content word before any preposition ("stake in Acme": stake). */
    private static String head(String gold) {
        String before = gold.toLowerCase(Locale.ROOT).split("\\s+(?:of|in|on|for|to|from|by|at|with|as|per)\\s+")[0];
        List<String> words = Arrays.stream(before.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w)).map(FigureEvaluation::singular).toList();
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** A crude singular: "countries" -> "country", "jobs" -> "job"; "loss" and three-letter words stay. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    private static Set<String> words(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
                .map(FigureEvaluation::singular)
                .map(w -> w.length() > 5 && w.endsWith("ing") ? w.substring(0, w.length() - 3) : w)
                .collect(Collectors.toSet());
    }
}
