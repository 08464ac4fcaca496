package org.newsgraph.extract.figure;

import java.util.Locale;

/** Which way a change goes. */
public enum Direction {
    INCREASE,
    DECREASE;

    /** The word the extraction's JSON and graph use: "increase", "decrease". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
