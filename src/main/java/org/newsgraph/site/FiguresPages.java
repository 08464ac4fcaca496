package org.newsgraph.site;

import java.util.function.IntFunction;
import org.newsgraph.site.Views.NewerOlder;

/**
 * Which figures each page of the explorer holds. The numbered pages count from the oldest figure: page N holds
 * figures {@code size * (N - 1) + 1} to {@code size * N} (the first figure is the oldest one, in the listing's order
 * counted from its end) for good, so a figure from a newer article than every other lands on the newest page and
 * shifts none; the index ({@code figures/}) shows the newest {@code size} figures. Rows are given by their place in
 * the listing from the newest ({@code 0} is the newest figure), the order they are shown in on every page.
 */
record FiguresPages(int total, int size) {

    FiguresPages {
        if (total < 0 || size < 1) {
            throw new IllegalArgumentException(total + " figures, " + size + " to a page");
        }
    }

    /** How many numbered pages there are: none without figures. */
    int pages() {
        return (total + size - 1) / size;
    }

    /** The figure at {@code place} from the newest (0: the newest) counted from the oldest (1: the oldest). */
    int number(int place) {
        return total - place;
    }

    /** The place from the newest of the newest figure of numbered page {@code page}. */
    int from(int page) {
        return total - Math.min(total, size * page);
    }

    /** The place from the newest just after the oldest figure of numbered page {@code page}. */
    int to(int page) {
        return total - size * (page - 1);
    }

    /** The numbered page that holds the figure at {@code place} from the newest. */
    int pageOf(int place) {
        return (number(place) + size - 1) / size;
    }

    /** How many figures the index shows: the newest. */
    int onIndex() {
        return Math.min(total, size);
    }

    /**
     * The index's links, each address from {@code href} (0: the index): older, the page holding the figure just
     * older than those shown, and the oldest page, when the index does not show every figure.
     */
    NewerOlder indexLinks(IntFunction<String> href) {
        if (total <= size) {
            return NewerOlder.NONE;
        }
        return new NewerOlder(null, null, href.apply(pageOf(size)), href.apply(1));
    }

    /**
     * Numbered page {@code page}'s links: the newest figures (the index), the next newer page (none from the newest
     * page, which the index link stands for), the next older and the oldest page. They depend on the page's number
     * and on whether it is the newest page only, never on how many pages there are.
     */
    NewerOlder pageLinks(int page, IntFunction<String> href) {
        return new NewerOlder(href.apply(0), page < pages() ? href.apply(page + 1) : null,
                page > 1 ? href.apply(page - 1) : null, page > 1 ? href.apply(1) : null);
    }
}
