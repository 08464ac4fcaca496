package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {

    private static final List<String> OFFERED = List.of("text/html", "text/turtle", "application/ld+json");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "                                                               | text/html",
            "*/*                                                            | text/html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            "text/turtle                                                    | text/turtle",
            "text/turtle;charset=utf-8                                      | text/turtle",
            "application/ld+json                                            | application/ld+json",
            "application/ld+json, text/html;q=0.5                           | application/ld+json",
            "text/html;q=0.4, text/turtle;q=0.9                             | text/turtle",
            "text/*;q=0.3, text/turtle                                      | text/turtle",
            "text/*                                                         | text/html",
            "text/turtle;q=0, */*                                           | text/html",
            "TEXT/TURTLE                                                    | text/turtle",
            "application/n-quads, text/turtle;q=0.5, application/rdf+xml;q=0.9 | text/turtle",
            "image/png                                                      | ",
            "text/turtle;q=0                                                | ",
            "text/turtle;q=nonsense                                         | ",
    })
    void choosesTheBestOfferedRepresentation(String accept, String expected) {
        assertEquals(Optional.ofNullable(expected), Negotiation.choose(accept, OFFERED));
    }
}
