package org.newsgraph.extract;

import java.util.Locale;

/** What sort of fact a figure states. */
public enum FigureKind {
    /** Money. */
    AMOUNT,
    /** A number of things: "24 million users". */
    COUNT,
    /** A part of a whole or a percentage level: "25% of revenue". */
    SHARE,
    /** A rise or fall: "a 29% increase", "doubled". */
    CHANGE,
    /** A factor: "7.2 times earnings". */
    MULTIPLE,
    /** A physical quantity: "300 km". */
    MEASUREMENT,
    /** A length of time: "a ten-year contract". */
    DURATION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
