package org.newsgraph.extract.coref;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.io.ResourceTable;

/**
 * How sure a step of organisation coreference may be, by its evidence ({@code coreference-step-evidence.tsv}, counted
 * by {@code CoreferenceStepAudit}): its right and wrong answers outside the tables it was written against, that is
 * on the MEANTIME tuning half (real news) and on the made-up tables written held out. A step never right there, or
 * wrong there more often than right, is at most {@link Coreference.Confidence#WEAK}: what rests on it is kept and
 * marked, not asserted. A step with no row answered nowhere it was counted and keeps the level its writer gave it.
 * The evidence only lowers a level.
 */
public final class StepEvidence {

    static final String BUNDLED = "/org/newsgraph/extract/coref/coreference-step-evidence.tsv";

    private record Counts(int right, int wrong) {
    }

    private static final class Holder {
        private static final StepEvidence BUNDLED_EVIDENCE = parse(ResourceTable.lines(BUNDLED));
    }

    private final Map<String, Counts> byStep;

    private StepEvidence(Map<String, Counts> byStep) {
        this.byStep = Map.copyOf(byStep);
    }

    /** The bundled table. */
    public static StepEvidence bundled() {
        return Holder.BUNDLED_EVIDENCE;
    }

    /** A table's lines: comments, a header naming {@code step} and the right/wrong columns outside own tables, rows. */
    static StepEvidence parse(List<String> lines) {
        Map<String, Counts> byStep = new HashMap<>();
        for (Map<String, String> row : ResourceTable.headed(lines)) {
            int right = Integer.parseInt(row.get("meantime_right")) + Integer.parseInt(row.get("heldout_right"));
            int wrong = Integer.parseInt(row.get("meantime_wrong")) + Integer.parseInt(row.get("heldout_wrong"));
            byStep.put(row.get("step"), new Counts(right, wrong));
        }
        return new StepEvidence(byStep);
    }

    /**
     * The most a step right and wrong this often outside its own tables may be sure of: {@code WEAK} when never right
     * or more often wrong than right; null (no limit) otherwise.
     */
    public static Coreference.Confidence allowed(int right, int wrong) {
        return right == 0 || wrong > right ? Coreference.Confidence.WEAK : null;
    }

    /** The most a resolution by this step may be sure of; null when its evidence sets no limit or it has no row. */
    public Coreference.Confidence allowedFor(String step) {
        Counts counts = byStep.get(step);
        return counts == null ? null : allowed(counts.right(), counts.wrong());
    }
}
