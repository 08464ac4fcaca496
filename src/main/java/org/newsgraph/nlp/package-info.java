/**
 * The one place that talks to Stanford CoreNLP: loads the pipeline once per JVM, lazily, and turns its
 * annotations into plain records so nothing downstream sees CoreNLP types.
 */
package org.newsgraph.nlp;
