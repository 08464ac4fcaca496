package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The counted noun of a bare number set against a count the same sentence states: "re-elected with 41,208 votes, ahead
 * of her challenger on 33,615", "sold 31,500 memberships, up from 28,900", "carried 9.6 million passengers, against 8.1
 * million". By the parse: the number hangs from a preposition of comparison ({@code case}: on, from, against, than,
 * below, above, versus), and the sentence states exactly one count before it, of a counted noun that is no unit of time
 * or measure, and of another value; that noun is what the number counts. With no count before it, or two, the number
 * stays bare; the same number again is a name ("their new 787 aircraft ... better than the 787", MEANTIME tuning).
 */
final class ParallelCounts {

    private static final Set<String> COMPARING = Set.of("on", "from", "against", "than", "below", "above", "versus",
            "vs", "vs.");

    private ParallelCounts() {
    }

    /**
     * What the bare {@code number} counts, or null.
     *
     * @param before the figures read so far in the sentence; offsets relative to the sentence like {@code numberStart}
     */
    static String counted(AnnotatedSentence sentence, Token number, int numberStart, BigDecimal value,
                          List<FigureCandidate> before) {
        boolean compared = sentence.children(number).stream().anyMatch(c -> sentence.relationToHead(c).equals("case")
                && COMPARING.contains(c.text().toLowerCase(Locale.ROOT)));
        if (!compared) {
            return null;
        }
        List<String> counts = before.stream().filter(f -> f.end() <= numberStart && f.kind() == FigureKind.COUNT
                        && f.value() != null && f.value().compareTo(value) != 0 && f.unit() != null
                        && !CountedNouns.DURATION_UNITS.containsKey(f.unit())
                        && Units.unit(f.unit()) == null && !f.unit().equals("point"))
                .map(FigureCandidate::unit).toList();
        return counts.size() == 1 ? counts.get(0) : null;
    }
}
