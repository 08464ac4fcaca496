/**
 * Coreference for organisations: which named organisation "it", "its", "the company" or "the automaker" stands for,
 * read from the dependency parse and the article's entities, with the step that decided it. {@link
 * org.newsgraph.extract.coref.Coreference} documents the order of the steps; figures and relations both use it.
 */
package org.newsgraph.extract.coref;
