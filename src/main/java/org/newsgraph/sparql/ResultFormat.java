package org.newsgraph.sparql;

/** How {@code newsgraph query} prints results. Graph results (CONSTRUCT, DESCRIBE) are Turtle, or JSON-LD for json. */
public enum ResultFormat {
    table, csv, tsv, json, ttl
}
