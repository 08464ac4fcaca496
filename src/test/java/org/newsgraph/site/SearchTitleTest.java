package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.site.Views.FigureRow;
import org.newsgraph.site.Views.Link;

/** How a figure reads in search results. */
class SearchTitleTest {

    @Test
    void anAmountPerShareSaysPerShare() {
        assertEquals("Acme loss $0.67 per share 2025-Q1", SearchRenderer.figureTitle(row("share", null)));
        assertEquals("Acme loss $0.67 a month 2025-Q1", SearchRenderer.figureTitle(row(null, "a month")));
    }

    private static FigureRow row(String per, String period) {
        return new FigureRow("figure-1", "$0.67", "amount", "$0.67", 0.67, "USD", period, per, null, null, "loss",
                new Link("../entity/acme/index.html", "Acme"), null, "2025-Q1", null, "#figure-1", "", null, null,
                "USD", "loss", List.of(), false);
    }
}
