package org.newsgraph.extract.figure;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;

/**
 * A number that is the model code of a product the article names ("their new 787 aircraft" where the article names
 * the "Boeing 787", "the A350 fleet" is glued and refused earlier): read as a count it would say "787 aircraft".
 * A count is a model name, not a figure, when its number is written alone (no scale word, no other digits) and is a
 * whole word of a product's name in the same article.
 */
public final class ModelCodes {

    /** Why such a number is refused ({@code eval --verbose}). */
    public static final String REASON = "the model code of a product the article names (its new 787 aircraft): a name,"
            + " not a count";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{2,5}");

    private ModelCodes() {
    }

    /** The names and aliases of the article's products, whose numbers are model codes. */
    public static List<String> productNames(Collection<Entity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PRODUCT)
                .flatMap(e -> Stream.concat(Stream.of(e.name()), e.aliases().stream())).toList();
    }

    /**
     * Whether {@code figure}, stated as {@code stated} in the text, is the code of one of {@code productNames}.
     */
    public static boolean isModelCode(FigureCandidate figure, String stated, Collection<String> productNames) {
        if (figure.kind() != FigureKind.COUNT || stated == null) {
            return false;
        }
        Matcher number = PLAIN_NUMBER.matcher(stated);
        if (!number.lookingAt()) {
            return false;
        }
        Pattern word = Pattern.compile("(?<![\\w.,])" + Pattern.quote(number.group()) + "(?![\\w.,])");
        return productNames.stream().anyMatch(name -> word.matcher(name).find());
    }
}
