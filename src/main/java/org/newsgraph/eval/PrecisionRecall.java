package org.newsgraph.eval;

/** Counts of one comparison with gold: found and right, found but wrong, missed. */
public record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives) {

    public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0, 0);

    public PrecisionRecall {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public PrecisionRecall plus(PrecisionRecall other) {
        return new PrecisionRecall(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** 1 when nothing was predicted (no claim made, none wrong). */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1 : truePositives / (double) predicted;
    }

    /** 1 when gold has nothing to find. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1 : truePositives / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** "P 0.950 R 0.900 F1 0.924 (tp 90, fp 5, fn 10)". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision(),
                recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
