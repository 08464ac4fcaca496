package org.newsgraph.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stretch of text around a number that can bear on it: bounded, so that reading stays linear in the text. */
final class Text {

    /** How far the words that bear on a number reach; reading no further keeps parsing linear in the text. */
    static final int LOOK_BEHIND = 160;

    private static final int LOOK_AHEAD = 240;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+[A-Z\"“]|\\n");

    /** The words before a number that can bear on it; bounded, so that parsing stays linear in the text. */
    static int windowStart(int position) {
        return Math.max(0, position - LOOK_BEHIND);
    }

    /** The text after a position, as far as the words that can bear on a figure reach. */
    static String after(String text, int position) {
        int from = Math.min(Math.max(0, position), text.length());
        return text.substring(from, Math.min(text.length(), from + LOOK_AHEAD));
    }

    static boolean endsWithWord(String text, int end, String... words) {
        for (String word : words) {
            int from = end - word.length();
            if (from >= 0 && text.regionMatches(true, from, word, 0, word.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence a span stands in, as far as the look-behind and look-ahead windows reach. */
    static String sentenceAround(String text, int start, int end) {
        String before = text.substring(windowStart(start), start);
        Matcher stop = SENTENCE_END.matcher(before);
        int from = 0;
        while (stop.find()) {
            from = stop.start() + 1;
        }
        String following = after(text, end);
        Matcher next = SENTENCE_END.matcher(following);
        return before.substring(from) + text.substring(start, end)
                + (next.find() ? following.substring(0, next.start() + 1) : following);
    }

    static boolean sameSentence(String text, int from, int to) {
        return !SENTENCE_END.matcher(text.substring(from, to)).find();
    }

    private Text() {
    }
}
