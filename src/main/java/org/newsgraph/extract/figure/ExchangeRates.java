package org.newsgraph.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exchange rate written as a bare number against a base currency: "the yen weakened to 151.8 to the dollar", "the
 * rand firmed to 18.42 against the dollar", "the rupee hit 83.5 per dollar". As "the dollar fell to 143.80 yen" is an
 * amount of yen, such a rate is an amount of the currency the sentence names before it ("the yen"), per one of the
 * base currency ({@code per=dollar}). With no other currency named before the number it stays no figure.
 */
final class ExchangeRates {

    /** The base after the number: "to the dollar", "against the euro", "per dollar", "to the US dollar". */
    private static final Pattern BASE_AFTER = Pattern.compile("^\\s+(?:to|against|per)\\s+(?:the\\s+|one\\s+|each\\s+)?"
            + "(?<base>(?:[A-Z][a-z]+\\s+|U\\.?S\\.?\\s+)?(?:dollar|euro|pound|yen|yuan|franc|rupee|greenback|sterling))"
            + "\\b(?![-'’])");
    /**
     * A currency named with its article before the number, in one word or two: "The yen", "the Australian dollar",
     * "the rand" (two words are tried whole, then the first alone).
     */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?<name>(?:[a-z.]+\\s+)?[a-z]+)\\b");

    /** The rate a bare number states: the quoted currency's code, the base as written, and where the base ends. */
    record Rate(String code, String base, int end) {
    }

    private ExchangeRates() {
    }

    /** The exchange rate stated by the bare number from {@code start} to {@code end}, or null. */
    static Rate rate(String text, int start, int end) {
        Matcher base = BASE_AFTER.matcher(Text.after(text, end));
        if (!base.lookingAt()) {
            return null;
        }
        String baseCode = code(base.group("base"));
        if (baseCode == null) {
            return null;
        }
        String quoted = null;
        Matcher named = NAMED_BEFORE.matcher(text.substring(Text.windowStart(start), start));
        while (named.find()) {
            String name = named.group("name");
            String code = code(name);
            if (code == null && name.contains(" ")) {
                code = code(name.substring(0, name.indexOf(' '))); // "The yen weakened": the word after "the"
            }
            if (code != null && !code.equals(baseCode)) {
                quoted = code;
            }
        }
        return quoted == null ? null : new Rate(quoted, base.group("base").replaceAll("\\s+", " "), end + base.end());
    }

    /** The code of a currency's name, singular or plural ("dollar", "pound", "Australian dollar"), or null. */
    private static String code(String name) {
        String code = Currencies.ofWord(name);
        return code != null ? code : Currencies.ofWord(name + "s");
    }
}
