package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Session 34: the listed stock indices' names and other written forms ({@code stock-indices.tsv}). */
class ListedIndicesTest {

    @Test
    void namesAndAliasesAreListedInAnyCase() {
        assertTrue(ListedIndices.listed("S&P 500"));
        assertTrue(ListedIndices.listed("DAX"));
        assertTrue(ListedIndices.listed("cac-40"));
        assertTrue(ListedIndices.listed("Hang Seng Index"));
    }

    @Test
    void companiesAndWordsAreNot() {
        assertFalse(ListedIndices.listed("Nasdaq")); // also a company: an index only as "the Nasdaq" (MarketMoves)
        assertFalse(ListedIndices.listed("Acme"));
        assertFalse(ListedIndices.listed(null));
    }
}
