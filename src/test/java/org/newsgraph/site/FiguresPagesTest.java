package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.site.Views.NewerOlder;

/**
 * Session 33: the explorer's numbered pages count from the oldest figure, so figures from an article newer than every
 * other never move a figure of an older page, and no page's links but the newest's depend on how many there are.
 */
class FiguresPagesTest {

    /** The figures of each numbered page, as numbers from the oldest, newest first. */
    private static List<List<Integer>> pages(int total, int size) {
        FiguresPages layout = new FiguresPages(total, size);
        List<List<Integer>> pages = new ArrayList<>();
        for (int page = 1; page <= layout.pages(); page++) {
            List<Integer> numbers = new ArrayList<>();
            for (int place = layout.from(page); place < layout.to(page); place++) {
                numbers.add(layout.number(place));
                assertEquals(page, layout.pageOf(place));
            }
            pages.add(numbers);
        }
        return pages;
    }

    @Test
    void pageNHoldsTheSameFiguresWhateverComesAfter() {
        assertEquals(List.of(List.of(3, 2, 1), List.of(6, 5, 4), List.of(7)), pages(7, 3));
        assertEquals(List.of(), pages(0, 3));
        for (int total = 1; total < 40; total++) {
            List<List<Integer>> before = pages(total, 3);
            List<List<Integer>> after = pages(total + 4, 3);
            for (int page = 0; page < before.size(); page++) {
                if (before.get(page).size() == 3) {
                    assertEquals(before.get(page), after.get(page), total + " figures, then 4 more: page " + (page + 1));
                }
            }
        }
    }

    @Test
    void theLinksSayNewerOlderNeverHowManyPages() {
        FiguresPages layout = new FiguresPages(1000, 100);
        assertEquals(new NewerOlder("p0", "p6", "p4", "p1"), layout.pageLinks(5, n -> "p" + n));
        assertEquals(layout.pageLinks(5, n -> "p" + n), new FiguresPages(5000, 100).pageLinks(5, n -> "p" + n));
        assertEquals(new NewerOlder("p0", null, "p9", "p1"), layout.pageLinks(10, n -> "p" + n));
        assertEquals(new NewerOlder("p0", "p2", null, null), layout.pageLinks(1, n -> "p" + n));
        // The index shows figures 1000 to 901: older is the page that holds 900.
        assertEquals(new NewerOlder(null, null, "p9", "p1"), layout.indexLinks(n -> "p" + n));
        assertEquals(new NewerOlder(null, null, "p9", "p1"), new FiguresPages(950, 100).indexLinks(n -> "p" + n));
        assertEquals(NewerOlder.NONE, new FiguresPages(100, 100).indexLinks(n -> "p" + n));
        assertNull(new FiguresPages(99, 100).indexLinks(n -> "p" + n).older());
    }

    @Test
    void lettersFoldAccentsAndPutTheRestInOneFolder() {
        assertEquals("e", EntityLetters.of("Élan Motors"));
        assertEquals("b", EntityLetters.of("bolt"));
        assertEquals(EntityLetters.OTHER, EntityLetters.of("3M"));
        assertEquals(EntityLetters.OTHER, EntityLetters.of("\"Quoted\" Ltd"));
        assertEquals(EntityLetters.OTHER, EntityLetters.of("Øresund Bridge Co"));
        assertEquals(EntityLetters.OTHER, EntityLetters.of(""));
        assertEquals(27, EntityLetters.ALL.size());
    }
}
