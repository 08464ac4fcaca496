package org.newsgraph.eval;

import java.util.Locale;

/** A share of correct answers among those checked. */
public record Accuracy(int correct, int checked) {

    public static final Accuracy NONE = new Accuracy(0, 0);

    public double value() {
        return checked == 0 ? 1 : (double) correct / checked;
    }

    public Accuracy plus(Accuracy other) {
        return new Accuracy(correct + other.correct, checked + other.checked);
    }

    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), checked + 1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), correct, checked);
    }
}
