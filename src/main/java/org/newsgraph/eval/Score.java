package org.newsgraph.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts. */
public record Score(int truePositivesPredicted, int predicted, int truePositivesGold, int gold) {

    public double precision() {
        return predicted == 0 ? 1 : (double) truePositivesPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) truePositivesGold / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score other) {
        return new Score(truePositivesPredicted + other.truePositivesPredicted, predicted + other.predicted,
                truePositivesGold + other.truePositivesGold, gold + other.gold);
    }

    /** "0.950  0.930  0.940  (93/100 gold, 95/100 predicted)". */
    public String line() {
        return String.format(Locale.ROOT, "%.3f  %.3f  %.3f  (%d/%d gold, %d/%d predicted)", precision(), recall(), f1(),
                truePositivesGold, gold, truePositivesPredicted, predicted);
    }
}
