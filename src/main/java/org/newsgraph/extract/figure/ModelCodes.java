package org.newsgraph.extract.figure;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * A number that is the model code of a product rather than a count ("their new 787 aircraft"): read as a count it
 * would say "787 aircraft". A count is a model name when its number is written alone (two to five digits, no scale
 * word), the noun it counts is a kind of product makers number ({@code model-nouns.txt}: aircraft, jets, engines,
 * phones...), and the article uses that number as a name elsewhere: as a word of a product's name ("Boeing 787"
 * recognised as a product), right after an organisation's name ("Boeing 787"), or alone as a noun at the end of a
 * clause ("better on range than the 787.").
 */
public final class ModelCodes {

    /** Why such a number is refused ({@code eval --verbose}). */
    public static final String REASON = "the model code of a product the article names (its new 787 aircraft): a name,"
            + " not a count";

    private static final Set<String> MODEL_NOUNS = Set.copyOf(WordList.words("model-nouns.txt"));
    private static final Pattern PLAIN_NUMBER = Pattern.compile("(?<num>\\d{2,5})\\s+(?<noun>\\p{L}+)");

    private ModelCodes() {
    }

    /**
     * The names the article uses for its products and makers: product names and aliases, and organisation names
     * and aliases (a number right after one of these is a model code, "Boeing 787").
     */
    public static Names names(Collection<Entity> entities, String articleText) {
        List<String> products = entities.stream().filter(e -> e.type() == EntityType.PRODUCT)
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())).toList();
        List<String> makers = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())).toList();
        return new Names(products, makers, articleText == null ? "" : articleText);
    }

    /** What {@link #isModelCode} looks in: the article's product and maker names, and its text. */
    public record Names(List<String> products, List<String> makers, String text) {
    }

    /** Whether {@code figure}, stated as {@code stated} in the text, is a model code the article names. */
    public static boolean isModelCode(FigureCandidate figure, String stated, Names names) {
        if (figure.kind() != FigureKind.COUNT || stated == null) {
            return false;
        }
        Matcher count = PLAIN_NUMBER.matcher(stated);
        if (!count.lookingAt() || !MODEL_NOUNS.contains(count.group("noun").toLowerCase(Locale.ROOT))) {
            return false;
        }
        String number = Pattern.quote(count.group("num"));
        Pattern word = Pattern.compile("(?<![\\w.,-])" + number + "(?![\\w.,-])");
        if (names.products().stream().anyMatch(name -> word.matcher(name).find())) {
            return true;
        }
        for (String maker : names.makers()) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(maker) + "\\s+" + number + "(?![\\w.,-])")
                    .matcher(names.text()).find()) {
                return true;
            }
        }
        return Pattern.compile("(?i)\\bthe\\s+" + number + "(?=\\s*[.;!?\"”]|$)").matcher(names.text()).find();
    }
}
