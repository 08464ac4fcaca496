package org.newsgraph.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.newsgraph.site.Views.PageLink;
import org.newsgraph.site.Views.Pager;

/**
 * The numbered links of a pager, as the figures explorer's script draws them: the first page, the last, every page
 * within {@link #NEAR} of this one, each marked when pages are left out before it (shown as an ellipsis; a theme
 * written for pagers of every page shows the links without it). A page of a long list links to at most
 * {@code 2 * NEAR + 3} pages, not to every one: at 10,000 articles the explorer's 1,000 pages each carried 1,000 links
 * (76 KB of a 167 KB page, most of the time Thymeleaf spent on it); every page is still reached by its neighbours'
 * links and by Previous and Next.
 */
final class PagerLinks {

    /** Pages either side of this one that are linked. */
    static final int NEAR = 2;

    private PagerLinks() {
    }

    /** The pager of page {@code page} of {@code pages}, each page's address from {@code href}. */
    static Pager of(int page, int pages, IntFunction<String> href) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n : shown(page, pages)) {
            links.add(new PageLink(n, href.apply(n), n == page, n > last + 1));
            last = n;
        }
        return new Pager(page, pages, page > 1 ? href.apply(page - 1) : null, page < pages ? href.apply(page + 1) : null,
                links);
    }

    /** The page numbers linked from page {@code page}, in order: 1, those near it, {@code pages}. */
    private static List<Integer> shown(int page, int pages) {
        List<Integer> numbers = new ArrayList<>();
        if (pages < 1) {
            return numbers;
        }
        numbers.add(1);
        for (int n = Math.max(2, page - NEAR); n <= Math.min(pages - 1, page + NEAR); n++) {
            numbers.add(n);
        }
        if (pages > 1) {
            numbers.add(pages);
        }
        return numbers;
    }
}
