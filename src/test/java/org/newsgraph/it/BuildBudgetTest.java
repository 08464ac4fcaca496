package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** BuildIT's extraction budget: raised only when the system property says so, only for commands that extract. */
class BuildBudgetTest {

    @Test
    void aGivenBudgetGoesRightAfterBuildOrExtract() {
        assertArrayEquals(new String[] {"build", "--article-timeout", "300", "--site", "s"},
                BuildIT.withBudget(new String[] {"build", "--site", "s"}, "300"));
        assertArrayEquals(new String[] {"extract", "--article-timeout", "90", "--lines", "f"},
                BuildIT.withBudget(new String[] {"extract", "--lines", "f"}, " 90 "));
    }

    @Test
    void withoutThePropertyOrForAnotherCommandTheArgumentsStayAsTheyAre() {
        assertArrayEquals(new String[] {"build", "--site", "s"}, BuildIT.withBudget(new String[] {"build", "--site", "s"}, null));
        assertArrayEquals(new String[] {"build"}, BuildIT.withBudget(new String[] {"build"}, ""));
        assertArrayEquals(new String[] {"query", "--site", "s"}, BuildIT.withBudget(new String[] {"query", "--site", "s"}, "300"));
    }
}
