package org.newsgraph.extract;

/** A number the figure parser read and refused, with why: "a year", "a phone number", "an identifier". */
public record Rejection(int start, int end, String text, String reason) {

    @Override
    public String toString() {
        return "'" + text + "': " + reason;
    }
}
