package org.newsgraph.extract.figure;

import java.util.regex.Pattern;

/** The names of stock indices and the words for one: what a text about index levels says somewhere. */
public final class IndexNames {

    /** The names and words, as an alternation. */
    static final String ALTERNATION = "\\b[Ii]ndex\\b|\\bindices\\b|\\bDow\\b|Nasdaq|NASDAQ|FTSE|Nikkei|DAX|S&P"
            + "|Hang Seng|CAC|Sensex|Stoxx|TSX|KOSPI|ASX";
    private static final Pattern NAME = Pattern.compile(ALTERNATION);

    private IndexNames() {
    }

    /** Whether the words name a stock index or say "index". */
    public static boolean named(String words) {
        return NAME.matcher(words).find();
    }
}
