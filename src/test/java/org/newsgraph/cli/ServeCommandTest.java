package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The base IRI {@code serve} builds with, so that IRIs in served pages point at the server that serves them. */
class ServeCommandTest {

    @Test
    void theServersOwnAddressUnlessABaseIsGiven() {
        assertEquals("http://localhost:9000/", ServeCommand.baseFor(9000, "http://localhost:8080/", false));
        assertEquals("http://localhost:8080/", ServeCommand.baseFor(8080, "http://localhost:8080/", false));
        assertEquals("https://news.example.org/", ServeCommand.baseFor(9000, "https://news.example.org/", true));
        assertEquals("http://localhost:8080/", ServeCommand.baseFor(0, "http://localhost:8080/", false),
                "a free port is only known after the build");
    }
}
