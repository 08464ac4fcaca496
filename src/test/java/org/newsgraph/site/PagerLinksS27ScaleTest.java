package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.site.Views.PageLink;
import org.newsgraph.site.Views.Pager;

/**
 * Issue 16, session 27: a pager links the first page, the last and the pages near this one (as the figures explorer's
 * script draws it), not every page of the list, and every page is still reached from the first.
 */
class PagerLinksS27ScaleTest {

    private static Pager pager(int page, int pages) {
        return PagerLinks.of(page, pages, n -> "p" + n);
    }

    @Test
    void linksTheFirstTheLastAndThePagesNearThisOneWithAGapForTheRest() {
        assertEquals("1 … 498 499 [500] 501 502 … 1000", shown(pager(500, 1000)));
        assertEquals("[1] 2 3 … 1000", shown(pager(1, 1000)));
        assertEquals("1 2 3 [4] 5 6 … 1000", shown(pager(4, 1000)));
        assertEquals("1 … 995 996 [997] 998 999 1000", shown(pager(997, 1000)));
        assertEquals("1 … 998 999 [1000]", shown(pager(1000, 1000)));
        assertEquals("1 [2] 3 4 5", shown(pager(2, 5)));
        assertEquals("[1] 2", shown(pager(1, 2)));
        assertEquals("[1]", shown(pager(1, 1)));
    }

    @Test
    void theNumbersAreTheScriptsWhateverThePageAndTheCount() {
        for (int pages = 1; pages <= 40; pages++) {
            for (int page = 1; page <= pages; page++) {
                // assets/figures.js: n === 1 || n === pages || Math.abs(n - page) <= 2, an ellipsis for a gap.
                List<String> script = new ArrayList<>();
                for (int n = 1; n <= pages; n++) {
                    if (n == 1 || n == pages || Math.abs(n - page) <= PagerLinks.NEAR) {
                        script.add(n == page ? "[" + n + "]" : Integer.toString(n));
                    } else if (n == 2 || n == pages - 1) {
                        script.add("…");
                    }
                }
                assertEquals(String.join(" ", script), shown(pager(page, pages)), page + " of " + pages);
            }
        }
    }

    @Test
    void aLongListsPageCarriesAFewLinksAndEveryPageIsReachedFromTheFirst() {
        int pages = 1000;
        Set<Integer> reached = new HashSet<>();
        Deque<Integer> next = new ArrayDeque<>(List.of(1));
        while (!next.isEmpty()) {
            int page = next.pop();
            if (!reached.add(page)) {
                continue;
            }
            Pager pager = pager(page, pages);
            assertTrue(pager.links().size() <= 2 * PagerLinks.NEAR + 3, "page " + page + ": " + pager.links().size());
            assertEquals(1, pager.links().stream().filter(PageLink::current).count());
            for (PageLink link : pager.links()) {
                assertEquals("p" + link.number(), link.href());
                next.push(link.number());
            }
            assertEquals(page > 1 ? "p" + (page - 1) : null, pager.previous());
            assertEquals(page < pages ? "p" + (page + 1) : null, pager.next());
        }
        assertEquals(pages, reached.size());
    }

    @Test
    void theLinkAfterAGapIsMarkedAndEveryLinkHasItsAddress() {
        List<PageLink> links = pager(500, 1000).links();
        assertEquals(List.of(false, true, false, false, false, false, true),
                links.stream().map(PageLink::afterGap).toList());
        links.forEach(link -> assertEquals("p" + link.number(), link.href()));
    }

    private static String shown(Pager pager) {
        List<String> words = new ArrayList<>();
        for (PageLink link : pager.links()) {
            if (link.afterGap()) {
                words.add("…");
            }
            words.add(link.current() ? "[" + link.number() + "]" : Integer.toString(link.number()));
        }
        return String.join(" ", words);
    }
}
