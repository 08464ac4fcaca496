package org.newsgraph.extract.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        private static final StepEvidence BUNDLED_EVIDENCE = parse(lines());

        private static List<String> lines() {
            try (InputStream in = StepEvidence.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the classpath");
                }
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
        List<String> header = null;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> fields = List.of(line.split("\t"));
            if (header == null) {
                header = fields;
                continue;
            }
            int right = Integer.parseInt(fields.get(header.indexOf("meantime_right")))
                    + Integer.parseInt(fields.get(header.indexOf("heldout_right")));
            int wrong = Integer.parseInt(fields.get(header.indexOf("meantime_wrong")))
                    + Integer.parseInt(fields.get(header.indexOf("heldout_wrong")));
            byStep.put(fields.get(header.indexOf("step")), new Counts(right, wrong));
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
