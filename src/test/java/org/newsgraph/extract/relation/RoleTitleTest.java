package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTitleTest {

    @ParameterizedTest
    @CsvSource({
        "chief executive officer, CEO",
        "ceo, CEO",
        "boss, CEO",
        "chief, chief",
        "chief financial officer, CFO",
        "finance director, CFO",
        "chief operating officer, COO",
        "chairwoman, chair",
        "co-founder, co-founder",
        "founder, founder",
        "senior vice president, senior vice president",
        "president, president",
    })
    void aTitleHasItsShortForm(String phrase, String title) {
        assertEquals(title, RoleTitle.normal(phrase));
    }
}
