package org.newsgraph.extract;

import java.util.regex.Pattern;

/** Recognises site furniture that is not news: "follow us on Facebook", "subscribe to our channel". */
public final class Boilerplate {

    private static final Pattern PATTERN = Pattern.compile("(?i)\\bfollow\\b.{0,60}\\bon\\s+(?:facebook|twitter|x"
            + "|instagram|linkedin|youtube|threads|tiktok)\\b|\\bsubscribe to our\\b|\\bsign up (?:for|to) our\\b"
            + "|\\bfor more (?:latest )?(?:[\\w-]+ )?news\\b|\\ball rights reserved\\b|\\bclick here\\b"
            + "|^\\s*(?:read more|related|advertisement)\\s*:?\\s*$");

    private Boilerplate() {
    }

    public static boolean isBoilerplate(String sentence) {
        return PATTERN.matcher(sentence).find();
    }
}
