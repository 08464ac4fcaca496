package org.newsgraph.it;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.newsgraph.eval.CoreferenceEvaluation;
import org.newsgraph.eval.Halves;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.coref.Coreference;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.StoredAnnotator;

/**
 * Every answer the organisation coreference gives on the texts its steps are counted on, one line each, for the
 * per-step evidence table ({@code coreference-step-evidence.tsv}, read by
 * {@link org.newsgraph.extract.coref.StepEvidence}): the MEANTIME dev tuning half (real Wikinews; each article a source;
 * its organisation mentions, and its mentions of products, places and people that coreference gave an organisation,
 * which are wrong), the made-up passage tables written held out before their session's changes (each table a source),
 * and, in a column of its own, the tables the steps were written against ({@code passages.txt}, session 18's working
 * set). Session 21's held-out set B is left out. Never the reported half. Run (after {@code mvn -o test-compile},
 * through {@code /work/bin/nlp-slot} when the parses are not cached):
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) org.newsgraph.it.CoreferenceStepAudit /tmp/ann &gt; readings.tsv
 * java -cp ... org.newsgraph.it.CoreferenceStepAudit --table readings.tsv &gt; src/main/resources/org/newsgraph/extract/coref/coreference-step-evidence.tsv</pre>
 * Readings' columns: kind (meantime, heldout, own), source, step, outcome (right, wrong), word.
 */
public final class CoreferenceStepAudit {

    /** Tables written before their session's changes and run only before and after them. */
    private static final List<String> HELD_OUT = List.of("/org/newsgraph/extract/coref/heldout.txt",
            "/org/newsgraph/extract/coref/heldout-s15.txt", "/org/newsgraph/extract/coref/heldout-s16.txt",
            "/org/newsgraph/extract/coref/heldout-s16-lexicon.txt", "/org/newsgraph/extract/coref/heldout-s17-coref.txt",
            "/eval/probes-s18-coref/B.txt", "/eval/probes-s19-coref/B.txt", "/eval/probes-s20-coref/B.txt");
    /** Tables read for their errors while the steps were written. */
    private static final List<String> OWN = List.of("/org/newsgraph/extract/coref/passages.txt",
            "/eval/probes-s18-coref/A.txt");
    /** Outcomes that are no step's answer. */
    private static final Set<String> NO_STEP = Set.of("none", "refused", "no token");

    private CoreferenceStepAudit() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 1 && args[0].equals("--table")) {
            table(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8), out);
            return;
        }
        Path annotations = Path.of(args.length > 0 ? args[0] : "/tmp/ann");
        Supplier<Annotator> nlp = () -> new StoredAnnotator(NlpPipeline::shared, annotations);
        CoreferenceEvaluation.Result meantime = new CoreferenceEvaluation(nlp, new Extractor())
                .evaluate(Halves.MEANTIME_DEV, Halves.Half.TUNING);
        for (CoreferenceEvaluation.Decision d : meantime.decisions()) {
            if (d.answered()) {
                out.println(String.join("\t", "meantime", d.file(), d.step(), d.right() ? "right" : "wrong",
                        d.kind()));
            }
        }
        for (CoreferenceEvaluation.Decision d : meantime.otherTyped()) {
            if (d.answered()) {
                out.println(String.join("\t", "meantime", d.file(), d.step(), d.right() ? "right" : "wrong",
                        d.kind() + " of a " + d.goldType()));
            }
        }
        readings(out, "heldout", HELD_OUT);
        readings(out, "own", OWN);
    }

    private static void readings(PrintStream out, String kind, List<String> tables) throws IOException {
        for (String table : tables) {
            for (CoreferencePassagesIT.Outcome o : CoreferencePassagesIT.outcomes(table)) {
                if (o.answered()) {
                    out.println(String.join("\t", kind, table.substring(table.lastIndexOf('/', table.lastIndexOf('/') - 1) + 1),
                            o.step(), o.right() ? "right" : "wrong", "p" + o.marked().passage() + " "
                                    + o.marked().word().replaceAll("\\s+", " ")));
                }
            }
        }
    }

    /**
     * The per-step table from the readings: every step that answered somewhere, sorted by name, with its right and
     * wrong answers and the sources it was right in, per kind of text, and the level its evidence allows
     * ({@link org.newsgraph.extract.coref.StepEvidence#allowed}).
     */
    static void table(List<String> readings, PrintStream out) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Map<String, Map<String, Set<String>>> sources = new TreeMap<>();
        for (String line : readings) {
            String[] f = line.split("\t");
            if (f.length < 4 || NO_STEP.contains(f[2])) {
                continue;
            }
            int[] n = counts.computeIfAbsent(f[2], k -> new TreeMap<>()).computeIfAbsent(f[0], k -> new int[2]);
            n[f[3].equals("right") ? 0 : 1]++;
            if (f[3].equals("right")) {
                sources.computeIfAbsent(f[2], k -> new TreeMap<>()).computeIfAbsent(f[0], k -> new TreeSet<>())
                        .add(f[1]);
            }
        }
        out.println("# Per step of organisation coreference: right and wrong answers, and the sources it was right in,"
                + " on the MEANTIME");
        out.println("# dev tuning half (real Wikinews; a source is an article), on the made-up tables written held out"
                + " (a source is a");
        out.println("# table) and, apart, on the tables the steps were written against (own). 'allowed' is the most a"
                + " resolution by");
        out.println("# the step may be sure of (StepEvidence): weak when it was never right outside own tables, or wrong"
                + " there more often");
        out.println("# than right. Regenerate: see org.newsgraph.it.CoreferenceStepAudit (src/test/java).");
        out.println(String.join("\t", "step", "designed", "meantime_right", "meantime_wrong", "meantime_sources",
                "heldout_right", "heldout_wrong", "heldout_sources", "own_right", "own_wrong", "allowed"));
        counts.forEach((step, byKind) -> {
            int[] m = byKind.getOrDefault("meantime", new int[2]);
            int[] h = byKind.getOrDefault("heldout", new int[2]);
            int[] o = byKind.getOrDefault("own", new int[2]);
            Map<String, Set<String>> in = sources.getOrDefault(step, Map.of());
            String allowed = org.newsgraph.extract.coref.StepEvidence.allowed(m[0] + h[0], m[1] + h[1]) == null
                    ? "-" : org.newsgraph.extract.coref.StepEvidence.allowed(m[0] + h[0], m[1] + h[1]).label();
            out.println(String.join("\t", step, Coreference.Confidence.designed(step).label(),
                    String.valueOf(m[0]), String.valueOf(m[1]), String.valueOf(in.getOrDefault("meantime", Set.of()).size()),
                    String.valueOf(h[0]), String.valueOf(h[1]), String.valueOf(in.getOrDefault("heldout", Set.of()).size()),
                    String.valueOf(o[0]), String.valueOf(o[1]), allowed));
        });
    }
}
