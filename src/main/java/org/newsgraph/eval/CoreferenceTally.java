package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Right, wrong and refused answers of coreference, per class of mention or per step, and in how many articles each
 * held: a step right in one or two articles only was fitted to them, not shown to carry over. The articles of a half
 * are also split in two folds (even and odd rank): a step is trusted when it holds in both.
 */
public final class CoreferenceTally {

    /** The answers of one class or step. */
    public record Count(int right, int wrong, int refused, TreeSet<Integer> rightIn, TreeSet<Integer> wrongIn,
            int[] foldRight, int[] foldWrong) {

        static Count empty() {
            return new Count(0, 0, 0, new TreeSet<>(), new TreeSet<>(), new int[2], new int[2]);
        }

        Count plus(CoreferenceEvaluation.Decision decision) {
            int fold = decision.article() % 2;
            if (decision.right()) {
                rightIn.add(decision.article());
                foldRight[fold]++;
            } else if (decision.answered()) {
                wrongIn.add(decision.article());
                foldWrong[fold]++;
            }
            return new Count(right + (decision.right() ? 1 : 0), wrong + (decision.answered() && !decision.right()
                    ? 1 : 0), refused + (decision.answered() ? 0 : 1), rightIn, wrongIn, foldRight, foldWrong);
        }

        public int total() {
            return right + wrong + refused;
        }

        /** "right 20, wrong 3, refused 0 of 23". */
        public String summary() {
            return "right " + right + ", wrong " + wrong + ", refused " + refused + " of " + total();
        }

        /** The summary with the number of articles and the two folds. */
        public String detail() {
            return String.format("right %d in %d articles, wrong %d in %d; folds right/wrong %d/%d and %d/%d%s", right,
                    rightIn.size(), wrong, wrongIn.size(), foldRight[0], foldWrong[0], foldRight[1], foldWrong[1],
                    refused == 0 ? "" : "; unanswered " + refused);
        }
    }

    private CoreferenceTally() {
    }

    /** Counts per class of mention ("it", "they", "definite"...). */
    public static Map<String, Count> byKind(List<CoreferenceEvaluation.Decision> decisions) {
        return tally(decisions, CoreferenceEvaluation.Decision::kind);
    }

    /** Counts per step that answered ("previous-subject"...), "refused", or "none" when no step had a candidate. */
    public static Map<String, Count> byStep(List<CoreferenceEvaluation.Decision> decisions) {
        return tally(decisions, CoreferenceEvaluation.Decision::step);
    }

    private static Map<String, Count> tally(List<CoreferenceEvaluation.Decision> decisions,
            Function<CoreferenceEvaluation.Decision, String> key) {
        Map<String, Count> counts = new TreeMap<>();
        for (CoreferenceEvaluation.Decision decision : decisions) {
            counts.put(key.apply(decision), counts.getOrDefault(key.apply(decision), Count.empty()).plus(decision));
        }
        return counts;
    }
}
